import { maxThreads } from "../generate/threads.js";
import { defineCommand, usageLine, type CommandDefinition, type ParsedArgs } from "./definition.js";

// The command table: each command's one definition. It imports no command module (main.ts loads
// those lazily), so `--help` loads nothing but this and the modules can read their usage from it.

const edition = {
  type: "string",
  value: "YEAR",
  description: "The edition, by year: one shipped in @tip/data, or one in the folder --data names.",
  defaultText: "the newest edition there",
} as const;

const data = {
  type: "string",
  value: "DIR",
  description:
    "An edition folder anywhere on disk (the folder that holds edition.yaml, or edition.yaml itself), or a folder of edition folders from which --edition picks one.",
  defaultText: "the editions shipped in @tip/data",
} as const;

const validate = defineCommand({
  name: "validate",
  summary: "check an edition: every problem with file, line, column, rule and hint",
  positionals: [],
  options: { edition, data },
});

const importTable = defineCommand({
  name: "import-table",
  summary: "read a convention table into an edition: TSV, CSV, or text from the PDF",
  positionals: [
    {
      name: "FILE",
      description: "The table pasted from the published report (.tsv, .csv), or read back from its PDF as text (.txt).",
      required: "which file? give the pasted table's path",
    },
  ],
  options: {
    edition: {
      type: "string",
      value: "YEAR",
      description: "The edition to write the table into, by year; required unless --data names one edition.",
    },
    data,
    "dry-run": {
      type: "boolean",
      description:
        "Check the table and print what would change in the edition's table (countries added and dropped, each changed cell, one a line, as diff words them); write nothing.",
    },
  },
});

const generate = defineCommand({
  name: "generate",
  summary:
    "write the appendix PDF and one briefing PDF per country (--country: each from the newest edition that lists it)",
  positionals: [
    {
      name: "ISO",
      variadic: true,
      description: "More country codes after --country: --country ARG BRN is --country ARG --country BRN.",
    },
  ],
  hiddenPositionals: true,
  options: {
    edition,
    data,
    out: {
      type: "string",
      value: "DIR",
      default: "out",
      description: "The output folder; the documents go to DIR/YEAR/, with a manifest.json listing them.",
    },
    country: {
      type: "string",
      value: "ISO",
      multiple: true,
      description:
        "Only these countries' briefs: ISO 3166-1 alpha-3 codes (ARG, or ARG,BRN) or names (\"Czech Republic\"); may be repeated. Without --edition, each brief comes from the newest edition whose table lists the country, written to that edition's folder.",
      defaultText: "every country of the edition's table",
    },
    only: {
      type: "choice",
      choices: ["briefs", "appendix"],
      description: "Only the country briefs, or only the appendix.",
      defaultText: "both",
    },
    force: {
      type: "boolean",
      description: "Render every document again, even those whose inputs have not changed since the last run.",
    },
    "allow-unreviewed": {
      type: "boolean",
      description:
        "Write the documents of an edition that still holds the previous edition's wording not yet reviewed (a draft); without it, generate refuses, one line per place, exit 1.",
    },
    threads: {
      type: "integer",
      value: "N",
      min: 1,
      max: maxThreads,
      description:
        "Render on N threads: this one and N - 1 worker threads (1: this one only); never more threads than documents, and more than 4 per core is taken as 4 per core, with a note.",
      defaultText: "one per core for a long run, else one",
    },
    quiet: { type: "boolean", short: "q", description: "Print nothing but errors: no progress, no summary line." },
  },
});

const editionNew = defineCommand({
  name: "edition",
  summary: "prepare the next edition's folder from the previous one",
  positionals: [
    {
      name: "ACTION",
      choices: ["new"],
      description: "new: scaffold an edition's folder from the previous one.",
      required: "missing action: report-gen edition new YEAR --from PREVIOUS",
    },
    { name: "YEAR", description: "The new edition's year.", required: "which year? give the new edition's year" },
  ],
  options: {
    from: {
      type: "string",
      value: "PREVIOUS",
      required: "which edition to start from? give --from PREVIOUS",
      description: "The year of the edition to start from.",
    },
    data: { ...data, description: "A folder of edition folders: DIR/PREVIOUS is copied to DIR/YEAR." },
  },
});

const diff = defineCommand({
  name: "diff",
  summary: "what changed between two editions (text, json, markdown or pdf)",
  positionals: [
    {
      name: "OLD",
      description: "The earlier edition: a year, or the path of an edition folder.",
      required: "give two editions: OLD NEW (years or edition folders)",
    },
    {
      name: "NEW",
      description: "The later edition: a year, or the path of an edition folder.",
      required: "give two editions: OLD NEW (years or edition folders)",
    },
  ],
  options: {
    data: { ...data, description: "A folder of edition folders in which OLD and NEW, given as years, are found." },
    format: {
      type: "choice",
      choices: ["text", "json", "markdown", "pdf"],
      default: "text",
      description:
        'text to read, json for other tools, markdown for a changelog, pdf for a "changes since the last edition" document.',
    },
    out: {
      type: "string",
      value: "FILE",
      description:
        "Write to FILE instead of the terminal: whole or not at all, never a folder, nor inside either edition or the templates (a link is followed to where it leads).",
      defaultText: "the terminal; for pdf, out/changes-OLD-NEW.pdf",
    },
    changeset: {
      type: "boolean",
      description:
        "Write .changeset/data-edition-NEW.md: a minor release of @tip/data whose changelog entry summarises the diff.",
    },
  },
});

/** Every command, in the order `--help` lists them. */
const checkPdf = defineCommand({
  name: "check-pdf",
  summary: "check PDFs for tagging (PDF/UA-1) and archival form (PDF/A): one line per failed condition",
  positionals: [
    {
      name: "FILE",
      variadic: true,
      description: "The PDF files to check: ours or anyone's.",
      required: "name at least one PDF file",
    },
  ],
  options: {},
});

export const COMMANDS = [
  validate,
  importTable,
  generate,
  editionNew,
  checkPdf,
  diff,
] as const satisfies readonly CommandDefinition[];

export type CommandName = (typeof COMMANDS)[number]["name"];
type DefinitionOf<N extends CommandName> = Extract<(typeof COMMANDS)[number], { readonly name: N }>;

/** A command's arguments, parsed against its definition. */
export type ArgsOf<N extends CommandName> = ParsedArgs<DefinitionOf<N>>;

export function findCommand(name: string): (typeof COMMANDS)[number] | undefined {
  return COMMANDS.find((c) => c.name === name);
}

/** A command's usage line, from its definition. */
export function usageOf(name: CommandName): string {
  return usageLine(findCommand(name)!);
}
