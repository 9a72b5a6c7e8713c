import { existsSync } from "node:fs";
import { rename, rm, stat, writeFile } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import {
  hasErrors,
  sortIssues,
  validateEdition,
  type ConventionTable,
  type Edition,
  type Issue,
  type SourceLocation,
} from "@tip/domain";
import { formatConventionsCsv } from "../conventions/format.js";
import { readConventionsCsv } from "../conventions/read.js";
import { parseClosingNote } from "../parse/markdown.js";
import { issueAt, SourceMap } from "../parse/source-map.js";
import { parseStaff } from "../parse/staff.js";
import { parseYaml } from "../parse/yaml.js";
import { EDITION_FILES, OPTIONAL_EDITION_FILES, SEPARATE_PARTS, type EditionPart } from "./files.js";
import { PUBLISHED_MISSING_RULE, publishedMissing } from "../review/published.js";
import { unreviewedWording } from "../review/previous-wording.js";
import { readTextFile } from "./read-text.js";

export {
  countConventionRows,
  EDITION_FILES,
  editionFile,
  isEditionFolder,
  OPTIONAL_EDITION_FILES,
  SEPARATE_PARTS,
  type EditionPart,
} from "./files.js";
export {
  decodeText,
  MAX_FILE_BYTES,
  readFileChecked,
  readTextFile,
  type ReadTextOptions,
  type TextRead,
} from "./read-text.js";
export { formatConventionsCsv, formatPublishedTable } from "../conventions/format.js";
export { importConventionTable, type ImportOptions, type ImportResult } from "../conventions/import.js";
export { readConventionsCsv, type ConventionsCsvResult, type RawConventionRow } from "../conventions/read.js";
export {
  formatCsvField,
  formatCsvRecord,
  parseCsv,
  type CsvField,
  type CsvOptions,
  type CsvRecord,
  type CsvResult,
} from "../parse/csv.js";
export { parseClosingNote, type ClosingNoteResult } from "../parse/markdown.js";
export { SourceMap } from "../parse/source-map.js";
export { parseStaff, type StaffResult } from "../parse/staff.js";
export { parseYaml, type YamlResult } from "../parse/yaml.js";
export { editionJsonSchema } from "@tip/domain";
export {
  PREVIOUS_WORDING_RULE,
  previousWording,
  previousEditionDir,
  unreviewedWording,
  type WordingCheck,
} from "../review/previous-wording.js";
export { PUBLISHED_MISSING_RULE } from "../review/published.js";

export type LoadResult =
  | { readonly ok: true; readonly edition: Edition; readonly issues: Issue[] }
  | { readonly ok: false; readonly issues: Issue[] };

export interface LoadOptions {
  /**
   * How files are named in issues. By default a path relative to `relativeTo` (itself
   * defaulting to the working directory), or the absolute path when the file lies outside it:
   * either way `file:line:col` opens in editors and terminals.
   */
  readonly relativeTo?: string;
  readonly label?: (absolutePath: string) => string;
  /**
   * Whether to look for the previous edition's wording not yet reviewed (warnings under
   * "review/previous-wording"), against the latest earlier edition beside the folder. Default true.
   */
  readonly review?: boolean;
}

/** The result of loading, with the map from edition paths to source locations. */
export interface LoadDetails {
  readonly result: LoadResult;
  /** The assembled data before validation. */
  readonly raw: Record<string, unknown>;
  readonly locations: SourceMap;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const keyOf = (at: SourceLocation) => `${at.file}\u0000${at.line}\u0000${at.column}`;

function labeller(options: LoadOptions): (absolutePath: string) => string {
  if (options.label) return options.label;
  const base = resolve(options.relativeTo ?? process.cwd());
  return (p) => {
    const rel = relative(base, p);
    // Forward slashes on Windows too; on POSIX a backslash is a character of a folder's name, kept.
    return rel === "" || rel.startsWith("..") || isAbsolute(rel) ? p : rel.split(sep).join("/");
  };
}

type ReadOutcome = { ok: true; text: string } | { ok: false; issue: Issue };

function readPart(path: string, file: string, root: string): Promise<ReadOutcome> {
  return readTextFile(path, {
    file,
    root,
    missingHint: `an edition folder holds ${Object.values(EDITION_FILES).join(", ")}`,
  });
}

/**
 * Reads, parses and validates an edition folder from anywhere, with every problem at once.
 * Parse problems come with the file, line and column; domain rule offenses point at the CSV
 * cell or YAML node they concern. Never throws for a user mistake.
 */
export async function loadEdition(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  return (await loadEditionDetails(dir, options)).result;
}

export async function loadEditionDetails(dir: string, options: LoadOptions = {}): Promise<LoadDetails> {
  const label = labeller(options);
  const root = resolve(dir);
  const locations = new SourceMap();
  const folder = await stat(root).catch(() => undefined);
  if (!folder?.isDirectory()) {
    const issue = issueAt(
      { file: label(root), line: 1, column: 1 },
      "file/missing",
      `${label(root)} is not an edition folder`,
      "give the folder that holds edition.yaml, conventions.csv and the other edition files",
    );
    return { result: { ok: false, issues: [issue] }, raw: {}, locations };
  }

  const parts = Object.keys(EDITION_FILES) as EditionPart[];
  const names = Object.fromEntries(parts.map((p) => [p, label(join(root, EDITION_FILES[p]))])) as Record<
    EditionPart,
    string
  >;
  const texts = await Promise.all(parts.map((p) => readPart(join(root, EDITION_FILES[p]), names[p], root)));
  const issues: Issue[] = [];
  /** Files that could not be read or parsed: checks of their content would only repeat that. */
  const failed = new Set<string>();
  const muted = new Set<string>();
  const values: Partial<Record<EditionPart, unknown>> = {};
  const prefixes: Record<EditionPart, (string | number)[]> = {
    edition: [],
    conventions: ["conventions", "rows"],
    peacekeeping: ["peacekeeping"],
    organizations: ["organizations"],
    glossary: ["glossary"],
    photoCredits: ["photoCredits"],
    closingNote: ["closingNote"],
    staff: ["staff"],
  };
  let csvInstruments: { ids: string[]; header: ReadonlyMap<string, SourceLocation> } | undefined;
  let malformed: (issue: Issue) => boolean = () => false;
  /** edition.yaml's own locations, before other files are mounted over the same paths. */
  let editionLocations = new SourceMap();

  parts.forEach((part, i) => {
    const read = texts[i]!;
    const file = names[part];
    if (!read.ok) {
      issues.push(read.issue);
      failed.add(file);
      locations.set(prefixes[part], { file, line: 1, column: 1 });
      return;
    }
    const parsed =
      part === "conventions"
        ? readConventionsCsv(read.text, { file })
        : part === "closingNote"
          ? parseClosingNote(read.text, { file })
          : part === "staff"
            ? parseStaff(read.text, { file })
            : parseYaml(read.text, { file });
    issues.push(...parsed.issues);
    locations.mount(prefixes[part], parsed.locations);
    if (part === "edition") editionLocations = parsed.locations;
    if ("rows" in parsed) {
      values[part] = parsed.rows;
      csvInstruments = { ids: parsed.instruments, header: parsed.headerCells };
      for (const at of parsed.badCells) muted.add(keyOf(at));
      const { badLines } = parsed;
      malformed = (issue) => issue.file === file && badLines.some((r) => issue.line >= r.from && issue.line <= r.to);
    } else {
      values[part] = parsed.value;
    }
    if (part !== "conventions" && hasErrors(parsed.issues)) failed.add(file);
  });

  // edition.yaml holds the edition's own fields; each other part has its own file.
  const base = isRecord(values.edition) ? values.edition : {};
  for (const part of SEPARATE_PARTS) {
    if (part in base) {
      issues.push(
        issueAt(
          editionLocations.get([part]) ?? { file: names.edition, line: 1, column: 1 },
          "edition/misplaced-field",
          `"${part}" belongs in ${EDITION_FILES[part]}, not in edition.yaml`,
          `move it to ${EDITION_FILES[part]}`,
        ),
      );
    }
  }
  if (isRecord(base.conventions) && "rows" in base.conventions) {
    issues.push(
      issueAt(
        editionLocations.get(["conventions", "rows"]) ?? { file: names.edition, line: 1, column: 1 },
        "edition/misplaced-field",
        '"conventions.rows" belongs in conventions.csv, not in edition.yaml',
        "move the rows to conventions.csv",
      ),
    );
  }
  locations.set(["conventions", "rows"], { file: names.conventions, line: 1, column: 1 });

  // The CSV's instrument columns and the edition's columns must be the same set.
  const columns =
    isRecord(base.conventions) && Array.isArray(base.conventions.columns) ? base.conventions.columns : undefined;
  if (columns && csvInstruments && !failed.has(names.edition)) {
    // Each listed instrument by its index in the list, so that an entry that is no column (reported by
    // the schema) does not move the place reported for the ones after it.
    const entries = columns.flatMap((c, index) =>
      isRecord(c) && typeof c.instrument === "string" ? [{ id: c.instrument, index }] : [],
    );
    const listed = entries.map((e) => e.id);
    entries.forEach(({ id, index }) => {
      if (!csvInstruments!.ids.includes(id)) {
        issues.push(
          issueAt(
            locations.get(["conventions", "columns", index, "instrument"]) ?? {
              file: names.edition,
              line: 1,
              column: 1,
            },
            "conventions/missing-column",
            `conventions.csv has no column "${id}", which edition.yaml lists`,
            `add a "${id}" column to conventions.csv, or remove the column from edition.yaml`,
          ),
        );
      }
    });
    for (const id of csvInstruments.ids) {
      if (!listed.includes(id)) {
        issues.push(
          issueAt(
            csvInstruments.header.get(id) ?? { file: names.conventions, line: 1, column: 1 },
            "conventions/unlisted-column",
            `the column "${id}" is not among the columns in edition.yaml`,
            `list "${id}" under conventions.columns in edition.yaml, or remove the column`,
          ),
        );
      }
    }
  }

  // Memberships come from a source outside the report, in a file of their own that an edition may lack.
  const membershipsFile = label(join(root, OPTIONAL_EDITION_FILES.memberships));
  const membershipsPath = join(root, OPTIONAL_EDITION_FILES.memberships);
  const membershipsRead = existsSync(membershipsPath)
    ? await readTextFile(membershipsPath, { file: membershipsFile, root })
    : undefined;
  let memberships: unknown;
  if (membershipsRead !== undefined && !membershipsRead.ok) {
    issues.push(membershipsRead.issue);
    failed.add(membershipsFile);
  } else if (membershipsRead !== undefined) {
    const parsed = parseYaml(membershipsRead.text, { file: membershipsFile });
    issues.push(...parsed.issues);
    locations.mount(["memberships"], parsed.locations);
    if (hasErrors(parsed.issues)) failed.add(membershipsFile);
    memberships = parsed.value;
  }
  if ("memberships" in base) {
    issues.push(
      issueAt(
        editionLocations.get(["memberships"]) ?? { file: names.edition, line: 1, column: 1 },
        "edition/misplaced-field",
        `"memberships" belongs in ${OPTIONAL_EDITION_FILES.memberships}, not in edition.yaml`,
        `move it to ${OPTIONAL_EDITION_FILES.memberships}`,
      ),
    );
  }

  const raw: Record<string, unknown> = {
    ...base,
    conventions:
      base.conventions === undefined || isRecord(base.conventions)
        ? { ...(base.conventions ?? {}), rows: values.conventions }
        : base.conventions,
    peacekeeping: values.peacekeeping,
    organizations: values.organizations,
    glossary: values.glossary,
    photoCredits: values.photoCredits,
    closingNote: values.closingNote,
    staff: values.staff,
    ...(memberships === undefined ? {} : { memberships }),
  };

  // An empty release date is the scaffold's, left for the editor: say so, not that "" is no date.
  const emptyPublished = publishedMissing(
    base,
    editionLocations.get(["published"]) ?? { file: names.edition, line: 1, column: 1 },
  );
  if (emptyPublished) issues.push(emptyPublished);
  const validation = validateEdition(raw, {
    locate: locations.locate,
    fallback: { file: names.edition, line: 1, column: 1 },
  });
  const checked = validation.issues.filter(
    (i) =>
      !failed.has(i.file) &&
      !muted.has(keyOf(i)) &&
      !malformed(i) &&
      !(
        emptyPublished &&
        i.file === emptyPublished.file &&
        i.line === emptyPublished.line &&
        i.rule !== PUBLISHED_MISSING_RULE
      ),
  );
  const year = typeof base.year === "number" && Number.isInteger(base.year) ? base.year : undefined;
  const reviewed = Array.isArray(base.reviewed) ? base.reviewed.filter((r): r is string => typeof r === "string") : [];
  const review =
    options.review !== false && year !== undefined ? await unreviewedWording(root, { year, reviewed, label }) : [];
  const all = sortIssues([...issues, ...checked, ...review]);
  const result: LoadResult =
    validation.ok && !hasErrors(all)
      ? { ok: true, edition: validation.edition, issues: all }
      : { ok: false, issues: all };
  return { result, raw, locations };
}

/**
 * Writes a convention table into an edition folder as conventions.csv (columns in the
 * table's order), atomically: the file is complete or untouched. Returns the file's path.
 */
export async function writeConventionTable(
  dir: string,
  table: Pick<ConventionTable, "columns" | "rows">,
): Promise<string> {
  const file = join(resolve(dir), EDITION_FILES.conventions);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, formatConventionsCsv(table), "utf8");
    await rename(temporary, file);
  } catch (error) {
    // A full or read-only disk leaves no partial file behind, and the error names the file.
    await rm(temporary, { force: true });
    const e = error as NodeJS.ErrnoException;
    if (typeof e.code === "string") Object.assign(e, { syscall: "write", path: file });
    throw error;
  }
  return file;
}
