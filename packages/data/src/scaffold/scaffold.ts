import { randomBytes } from "node:crypto";
import { lstat, mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import { IssuesError, type Issue } from "@tip/domain";
import { parseDocument } from "yaml";
import { EDITION_FILES } from "../load/files.js";
import {
  editionYearOf,
  editionYearsOf,
  previousWording,
  reviewedLinesOf,
  reviewedListLines,
} from "../review/previous-wording.js";
import { readFileChecked } from "../load/read-text.js";
import { retitle, shiftMonth } from "./move-on.js";
import { editYamlScalars, type AppliedEdit, type ScalarEdit } from "./yaml-edit.js";

export interface ScaffoldOptions {
  /** The previous edition's folder. */
  readonly fromDir: string;
  /** The new edition's folder; it must not exist yet. */
  readonly toDir: string;
  /** The new edition's year. */
  readonly year: number;
}

/** A value the scaffold moved on, where it now stands. */
export interface ScaffoldEdit {
  /** The file, relative to the new folder ("edition.yaml"). */
  readonly file: string;
  readonly line: number;
  /** The field's path in that file ("reportingPeriod.start"). */
  readonly field: string;
  readonly before: unknown;
  readonly after: string | number;
}

export interface ScaffoldResult {
  /** The new folder, absolute. */
  readonly dir: string;
  /** The previous edition's year, as its edition.yaml gives it. */
  readonly from: number;
  readonly year: number;
  /** Every file written, relative to the new folder, sorted. */
  readonly files: readonly string[];
  /** The values moved on: year, title, reporting period; and the release date, emptied. */
  readonly edits: readonly ScaffoldEdit[];
  /**
   * Warnings for the editor: lines of the YAML and Markdown files that are still the previous
   * edition's wording ("review/previous-wording", as `validate` keeps reporting them until each
   * is changed or listed under `reviewed`), and templates of the previous edition that were not
   * carried over.
   */
  readonly review: readonly Issue[];
}

/** The subfolder of an edition that holds its own templates. */
export const TEMPLATES_DIR = "templates";

/** The README of a new edition's empty templates folder. */
export function templatesReadme(year: number): string {
  return `# Templates of the ${year} edition

Templates placed in this folder override the shared templates of the report generator
by name: a file here with the same name and subfolder as a shared template (for example
\`appendix.hbs\` or \`partials/link.hbs\`) is used instead of it, for this edition only.
Every template not found here comes from the shared templates.

Leave the folder empty (this README aside) to use the shared templates throughout.
`;
}

const error = (file: string, rule: string, message: string, hint: string): Issue => ({
  file,
  line: 1,
  column: 1,
  rule,
  message,
  hint,
  severity: "error",
});

/**
 * A problem with the folders or the year asked for, not with a file's content: it has no
 * file:line:col to point at, so it is not an Issue. `rule` names it as issues are named.
 */
export class ScaffoldError extends Error {
  override readonly name = "ScaffoldError";
  constructor(
    readonly rule: string,
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

const NEVER_OVERWRITTEN = "choose a new folder, or move the existing one away first; it is never overwritten";
const appeared = (toDir: string) =>
  new ScaffoldError(
    "scaffold/target-exists",
    `${toDir} appeared while the edition was being written`,
    NEVER_OVERWRITTEN,
  );

/** Where edition.yaml's `year:` value stands (1-based), or its first line. */
function yearLocation(text: string): { line: number; column: number } {
  const node = parseDocument(text).get("year", true) as { range?: [number, number, number] } | undefined;
  const offset = node?.range?.[0];
  if (offset === undefined) return { line: 1, column: 1 };
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

const exists = (path: string) =>
  lstat(path).then(
    () => true,
    () => false,
  );

/** Every regular file under `root`, relative and sorted, skipping the top-level templates folder. */
async function listFiles(root: string, under = ""): Promise<string[]> {
  const entries = await readdir(join(root, under), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const rel = under ? `${under}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (rel !== TEMPLATES_DIR) files.push(...(await listFiles(root, rel)));
    } else {
      // Links, FIFOs and the like too: reading them refuses each with its reason.
      files.push(rel);
    }
  }
  return files.sort();
}

/** The comment the scaffold writes above the emptied release date. */
export const PUBLISHED_COMMENT =
  "# The release date: fill it in when the report is released (YYYY-MM-DD), with a comment naming where the date comes from.";

/**
 * The comment lines directly above `published:` (the previous release's citation) replaced by
 * PUBLISHED_COMMENT, and a citation written after the date on its own line dropped.
 */
function recommentPublished(text: string): string {
  const lines = text.split("\n");
  const at = lines.findIndex((l) => /^published\s*:/.test(l));
  if (at < 0) return text;
  lines[at] = lines[at]!.replace(/^(published\s*:[ \t]*(?:"[^"]*"|'[^']*'|[^\s#"']*))[ \t]+#[^\r]*/, "$1");
  let from = at;
  while (from > 0 && /^\s*#/.test(lines[from - 1]!)) from--;
  lines.splice(from, at - from, PUBLISHED_COMMENT);
  return lines.join("\n");
}

/**
 * Prepares the next edition's folder from the previous one: every file copied, the year set,
 * the title's year replaced, the reporting period moved on by the years between the two editions
 * (the peacekeeping figures and their year are kept together as they were), the release date left empty for the editor (it is not known before
 * the report is out, and is never guessed), the convention table's rows kept for the editor to
 * update, and an empty `templates/` folder with a README. YAML is edited in place, so comments
 * and layout survive.
 *
 * The folder appears whole or not at all: it is written beside the target under a temporary
 * name and renamed into place. An existing target is never touched.
 *
 * @throws ScaffoldError when the target exists ("scaffold/target-exists"), the source is not an
 * edition folder ("scaffold/source-missing") or the year is not an edition year ("scaffold/year");
 * IssuesError, at the line, when the previous edition's files cannot be read
 * ("scaffold/source-unreadable", "scaffold/source-year") or the year does not come after its
 * year ("scaffold/year").
 */
export async function scaffoldEdition(options: ScaffoldOptions): Promise<ScaffoldResult> {
  const { fromDir, toDir, year } = options;
  const from = resolve(fromDir);
  const to = resolve(toDir);
  const editionFile = join(fromDir, EDITION_FILES.edition);

  if (!Number.isInteger(year) || year < 2001 || year > 2100) {
    throw new ScaffoldError(
      "scaffold/year",
      `${year} is not an edition year`,
      "give a year between 2001 and 2100, e.g. 2018",
    );
  }
  if (await exists(to)) throw new ScaffoldError("scaffold/target-exists", `${toDir} already exists`, NEVER_OVERWRITTEN);
  const editionText = await readFile(join(from, EDITION_FILES.edition), "utf8").catch(() => undefined);
  if (editionText === undefined) {
    throw new ScaffoldError(
      "scaffold/source-missing",
      `${fromDir} is not an edition folder: ${EDITION_FILES.edition} cannot be read`,
      "give the previous edition's folder, the one that holds edition.yaml and conventions.csv",
    );
  }
  const previous = editionYearOf(editionText);
  if (previous === undefined) {
    throw new IssuesError([
      {
        ...error(
          editionFile,
          "scaffold/source-year",
          `${EDITION_FILES.edition} gives no year`,
          "the previous edition's edition.yaml needs a line such as 'year: 2017'",
        ),
        ...yearLocation(editionText),
      },
    ]);
  }
  if (year <= previous) {
    // The previous edition's year is where the mistake shows: point at it, in a file that exists.
    throw new IssuesError([
      {
        ...error(
          editionFile,
          "scaffold/year",
          `${year} does not come after the previous edition, ${previous}`,
          `give a later year, e.g. ${previous + 1}`,
        ),
        ...yearLocation(editionText),
      },
    ]);
  }
  const years = year - previous;
  const oldYears = editionYearsOf(editionText);
  // edition.yaml is copied whole, its `reviewed` list with it: lines kept last year stay kept.
  const reviewed = new Set(reviewedLinesOf(editionText));

  const rewrites: Record<string, readonly ScalarEdit[]> = {
    [EDITION_FILES.edition]: [
      { path: ["year"], update: () => year },
      { path: ["title"], update: (t) => (typeof t === "string" ? retitle(t, previous, year) : undefined) },
      { path: ["published"], update: (d) => (typeof d === "string" ? "" : undefined) },
      { path: ["reportingPeriod", "start"], update: (m) => (typeof m === "string" ? shiftMonth(m, years) : undefined) },
      { path: ["reportingPeriod", "end"], update: (m) => (typeof m === "string" ? shiftMonth(m, years) : undefined) },
    ],
    // The peacekeeping figures' year is not moved on: it belongs with the figures beside it, which stay
    // last year's until the editor enters the new report's (a moved year over old figures is a guessed fact).
  };

  const files = await listFiles(from);
  const contents = new Map<string, Buffer | string>();
  const edits: ScaffoldEdit[] = [];
  const review: Issue[] = [];
  // Only regular files inside the previous edition's folder are carried over: a link to a file
  // elsewhere (/etc/passwd, say) or a FIFO is refused, with every such file named at once.
  const read = await Promise.all(
    files.map((file) => readFileChecked(join(from, file), { file: join(fromDir, file), root: from })),
  );
  const unreadable = read.flatMap((r) => (r.ok ? [] : [r.issue]));
  if (unreadable.length) throw new IssuesError(unreadable);
  for (const [index, file] of files.entries()) {
    const { bytes: raw } = read[index] as { bytes: Uint8Array };
    const bytes = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    const edit = rewrites[file];
    const isText = [".yaml", ".yml", ".md"].includes(extname(file).toLowerCase());
    if (!edit && !isText) {
      contents.set(file, bytes);
      continue;
    }
    let text = file === EDITION_FILES.edition ? recommentPublished(bytes.toString("utf8")) : bytes.toString("utf8");
    let applied: readonly AppliedEdit[] = [];
    if (edit) {
      const result = editYamlScalars(text, edit);
      if (!result.ok) {
        throw new IssuesError([
          {
            file: join(fromDir, file),
            line: result.line,
            column: result.column,
            rule: "scaffold/source-unreadable",
            message: `${file} cannot be read as YAML: ${result.message}`,
            hint: "fix the previous edition first (report-gen validate --data DIR shows every problem)",
            severity: "error",
          },
        ]);
      }
      text = result.text;
      applied = result.applied;
      for (const a of applied)
        edits.push({ file, line: a.line, field: a.path.join("."), before: a.before, after: a.after });
    }
    contents.set(file, text);
    if (isText) {
      const previousText = bytes.toString("utf8");
      review.push(
        ...previousWording({
          file: join(toDir, file),
          text,
          previous: previousText,
          years: oldYears,
          year,
          reviewed,
          ...(file === EDITION_FILES.edition ? { skip: reviewedListLines(text) } : {}),
        }),
      );
    }
  }

  const oldTemplates = await listFiles(join(from, TEMPLATES_DIR)).catch(() => [] as string[]);
  for (const t of oldTemplates.filter((t) => t !== "README.md")) {
    review.push({
      file: join(fromDir, TEMPLATES_DIR, t),
      line: 1,
      column: 1,
      rule: "scaffold/template-not-copied",
      message: `the ${previous} edition's own template ${t} was not carried over`,
      hint: `copy it into ${join(toDir, TEMPLATES_DIR)} if the ${year} edition should keep it; otherwise the shared template is used`,
      severity: "warning",
    });
  }
  const readme = `${TEMPLATES_DIR}/README.md`;
  contents.set(readme, templatesReadme(year));

  await mkdir(dirname(to), { recursive: true });
  const staging = join(dirname(to), `.${basename(to)}.scaffold-${process.pid}-${randomBytes(4).toString("hex")}`);
  try {
    await mkdir(staging);
    for (const [file, body] of contents) {
      await mkdir(dirname(join(staging, file)), { recursive: true });
      await writeFile(join(staging, file), body);
    }
    // rename(2) would replace an empty folder that appeared meanwhile: look once more, as late as possible.
    if (await exists(to)) throw appeared(toDir);
    try {
      await rename(staging, to);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EEXIST" || code === "ENOTEMPTY" || code === "EISDIR" || code === "ENOTDIR") throw appeared(toDir);
      throw e;
    }
  } catch (error) {
    // Name the folder being made, not the hidden one it is written in (a failed write may name none).
    const e = error as NodeJS.ErrnoException;
    if (typeof e.code === "string") Object.assign(e, { syscall: "write", path: to });
    throw error;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }

  return { dir: to, from: previous, year, files: [...contents.keys()].sort(), edits, review };
}
