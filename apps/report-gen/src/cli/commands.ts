import type { Output } from "./output.js";

/** A command's module: parses its own options, calls pure functions, returns an exit code. */
export interface CommandModule {
  run(args: string[], out: Output): Promise<number>;
}

export interface CommandEntry {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  /** Imported lazily so that `--help` stays instant. */
  readonly load: () => Promise<CommandModule>;
}

/** The command table: one line per command. */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: "validate",
    summary: "check an edition: every problem with file, line, column, rule and hint",
    usage: "report-gen validate [--edition YEAR | --data DIR]",
    load: () => import("./commands/validate.js"),
  },
  {
    name: "import-table",
    summary: "read a convention table into an edition: TSV, CSV, or text from the PDF",
    usage: "report-gen import-table FILE --edition YEAR [--data DIR] [--dry-run]",
    load: () => import("./commands/import-table.js"),
  },
  {
    name: "generate",
    summary: "write the appendix PDF and one briefing PDF per country (--country: each from the newest edition that lists it)",
    usage:
      "report-gen generate [--edition YEAR | --data DIR] [--out DIR] [--country ISO ...] [--only briefs|appendix] [--force] [--allow-unreviewed] [--threads N] [--quiet]",
    load: () => import("./commands/generate.js"),
  },
  {
    name: "edition",
    summary: "prepare the next edition: report-gen edition new YEAR --from PREVIOUS",
    usage: "report-gen edition new YEAR --from PREVIOUS [--data DIR]",
    load: () => import("./commands/edition.js"),
  },
  {
    name: "check-pdf",
    summary: "check PDFs for tagging (PDF/UA-1) and archival form (PDF/A): one line per failed condition",
    usage: "report-gen check-pdf FILE...",
    load: () => import("./commands/check-pdf.js"),
  },
  {
    name: "diff",
    summary: "what changed between two editions (text, json, markdown or pdf)",
    usage: "report-gen diff OLD NEW [--data DIR] [--format text|json|markdown|pdf] [--out FILE] [--changeset]",
    load: () => import("./commands/diff.js"),
  },
];

export function findCommand(name: string): CommandEntry | undefined {
  return COMMANDS.find((c) => c.name === name);
}

/** A command's usage line, from the table: one place to change it. */
export function usageOf(name: string): string {
  const command = findCommand(name);
  if (!command) throw new Error(`no command "${name}" in the table`);
  return command.usage;
}
