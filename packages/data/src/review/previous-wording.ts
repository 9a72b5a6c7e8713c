import { readdir } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import type { Issue } from "@tip/domain";
import { parseDocument } from "yaml";
import { EDITION_FILES } from "../load/files.js";
import { readTextFile } from "../load/read-text.js";

/**
 * A file's text as the loader would read it (a regular UTF-8 file inside `root`, not too large), or
 * undefined: a FIFO, a link out of the folder or a binary file is the loader's to report, never read here.
 */
async function readWording(path: string, root: string): Promise<string | undefined> {
  const read = await readTextFile(path, { file: path, root });
  return read.ok ? read.text : undefined;
}

/** The rule a line of the previous edition's wording, not yet reviewed, is reported under. */
export const PREVIOUS_WORDING_RULE = "review/previous-wording";

/** The files whose wording is reviewed: the edition's YAML and Markdown (tables in CSV hold facts, not wording). */
const isWording = (file: string) => [".yaml", ".yml", ".md"].includes(extname(file).toLowerCase());

/** The year an edition.yaml gives, or undefined. */
export function editionYearOf(editionYaml: string): number | undefined {
  const year: unknown = parseDocument(editionYaml).get("year");
  return typeof year === "number" && Number.isInteger(year) ? year : undefined;
}

/** The edition's year and the years its reporting period touches ("2016-04" → 2016), as its edition.yaml gives them. */
export function editionYearsOf(editionYaml: string): number[] {
  const doc = parseDocument(editionYaml);
  const years = ["start", "end"].flatMap((end) => {
    const m = /^(\d{4})-/.exec(String(doc.getIn(["reportingPeriod", end]) ?? ""));
    return m ? [Number(m[1])] : [];
  });
  const year = editionYearOf(editionYaml);
  return [...new Set([...(year === undefined ? [] : [year]), ...years])].sort((a, b) => a - b);
}

/** The lines an edition.yaml lists under `reviewed`, as `reviewKey` gives them. */
export function reviewedLinesOf(editionYaml: string): string[] {
  const list: unknown = parseDocument(editionYaml).toJS()?.reviewed;
  return Array.isArray(list) ? list.filter((r): r is string => typeof r === "string").map((r) => r.trim()) : [];
}

/** What a flagged line is matched on: the line without its indentation. */
export const reviewKey = (line: string) => line.trim();

/**
 * The longest a `reviewed` entry the hint prints may be, in characters inside its quotes. A longer
 * line is given by its beginning and "…", which lists it as well: terminals and the CLI shorten
 * longer quoted values, and the editor copies the entry as printed.
 */
export const REVIEW_ENTRY_LIMIT = 72;

/** The `reviewed` entry that keeps a line: the line itself, or when long, its beginning followed by "…". */
export function reviewEntry(key: string): string {
  const quoted = (s: string) => JSON.stringify(s).length - 2;
  if (quoted(key) <= REVIEW_ENTRY_LIMIT) return key;
  let prefix = "";
  for (const c of key) {
    if (quoted(`${prefix}${c}…`) > REVIEW_ENTRY_LIMIT) break;
    prefix += c;
  }
  return `${prefix.trimEnd()}…`;
}

/** Whether a line (as `reviewKey` gives it) is listed: word for word, or by a beginning ending in "…". */
export function isReviewed(key: string, reviewed: ReadonlySet<string>): boolean {
  if (reviewed.has(key)) return true;
  for (const entry of reviewed) {
    if (entry.length > 1 && entry.endsWith("…") && key.startsWith(entry.slice(0, -1).trimEnd())) return true;
  }
  return false;
}

/**
 * The lines (1-based) of edition.yaml's own `reviewed` list: the record of the review, carried from
 * year to year, never itself wording to review.
 */
export function reviewedListLines(editionYaml: string): Set<number> {
  const node = parseDocument(editionYaml).get("reviewed", true) as { range?: [number, number, number] } | undefined;
  const lines = new Set<number>();
  if (!node?.range) return lines;
  const lineAt = (offset: number) => editionYaml.slice(0, offset).split("\n").length;
  for (let l = lineAt(node.range[0]); l <= lineAt(Math.max(node.range[0], node.range[1] - 1)); l++) lines.add(l);
  return lines;
}

export interface WordingCheck {
  /** The file as issues name it. */
  readonly file: string;
  /** The file's text in this edition. */
  readonly text: string;
  /** The same file's text in the previous edition; undefined when it had none. */
  readonly previous: string | undefined;
  /** The previous edition's years (its own and its reporting period's). */
  readonly years: readonly number[];
  /** The next year to speak of, for the hint. */
  readonly year: number;
  /** Lines kept on purpose (edition.yaml's `reviewed`), as `reviewKey` gives them; an entry ending in "…" keeps every line it begins. */
  readonly reviewed: ReadonlySet<string>;
  /** Lines not to flag (1-based), e.g. the ones the scaffold itself rewrote. */
  readonly skip?: ReadonlySet<number>;
}

/**
 * The lines of a file that are still the previous edition's wording: a line that mentions one of
 * the previous edition's years as a whole number and is word for word a line of the previous
 * edition's same file. Changing the line clears it; so does listing it under `reviewed`.
 */
export function previousWording(check: WordingCheck): Issue[] {
  if (check.previous === undefined || check.years.length === 0) return [];
  const before = new Set(check.previous.split(/\r?\n/).map(reviewKey));
  const pattern = new RegExp(`(?<!\\d)(${check.years.join("|")})(?!\\d)`);
  const issues: Issue[] = [];
  check.text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .forEach((line, i) => {
      const key = reviewKey(line);
      if (check.skip?.has(i + 1) || !before.has(key) || isReviewed(key, check.reviewed)) return;
      const m = pattern.exec(line);
      if (!m) return;
      const excerpt = key.length > 70 ? `${key.slice(0, 69)}…` : key;
      issues.push({
        file: check.file,
        line: i + 1,
        column: m.index + 1,
        rule: PREVIOUS_WORDING_RULE,
        message: `still the ${check.years.at(-1)} edition's wording, mentioning ${m[1]}: ${excerpt}`,
        hint: `change it if it should now speak of ${check.year}; if it stays as it is (a ratification year, a dated title), add the line to "reviewed" in edition.yaml: - ${JSON.stringify(reviewEntry(key))}`,
        severity: "warning",
      });
    });
  return issues;
}

/** The YAML and Markdown files of an edition folder, relative, sorted; its own templates are left out. */
async function wordingFiles(root: string, under = ""): Promise<string[]> {
  const entries = await readdir(join(root, under), { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    const rel = under ? `${under}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (rel !== "templates") files.push(...(await wordingFiles(root, rel)));
    } else if (isWording(rel)) files.push(rel);
  }
  return files.sort();
}

/** The folder of the latest edition before `year` beside `dir` (a sibling named after its year), if any. */
export async function previousEditionDir(dir: string, year: number): Promise<string | undefined> {
  const parent = dirname(dir);
  const names = await readdir(parent).catch(() => [] as string[]);
  const years = names
    .filter((n) => /^\d{4}$/.test(n) && Number(n) < year && n !== basename(dir))
    .map(Number)
    .sort((a, b) => b - a);
  for (const y of years) {
    const text = await readWording(join(parent, String(y), "edition.yaml"), join(parent, String(y)));
    if (text !== undefined) return join(parent, String(y));
  }
  return undefined;
}

/**
 * Every line of an edition folder that is still the previous edition's wording (warnings under
 * `review/previous-wording`), found against the latest earlier edition beside it. An edition
 * with no earlier one beside it has nothing to review.
 */
export async function unreviewedWording(
  dir: string,
  options: {
    readonly year: number;
    readonly reviewed: readonly string[];
    readonly label: (absolutePath: string) => string;
  },
): Promise<Issue[]> {
  const previousDir = await previousEditionDir(dir, options.year);
  if (previousDir === undefined) return [];
  const previousEdition = await readWording(join(previousDir, "edition.yaml"), previousDir);
  if (previousEdition === undefined) return [];
  const years = editionYearsOf(previousEdition);
  const reviewed = new Set(options.reviewed.map(reviewKey));
  const issues: Issue[] = [];
  for (const file of await wordingFiles(dir)) {
    const text = await readWording(join(dir, file), dir);
    if (text === undefined) continue;
    const previous = await readWording(join(previousDir, file), previousDir);
    const skip = file === EDITION_FILES.edition ? reviewedListLines(text) : undefined;
    issues.push(
      ...previousWording({
        file: options.label(join(dir, file)),
        text,
        previous,
        years,
        year: options.year,
        reviewed,
        ...(skip ? { skip } : {}),
      }),
    );
  }
  return issues;
}
