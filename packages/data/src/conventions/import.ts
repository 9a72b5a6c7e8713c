import {
  countryByName,
  INSTRUMENTS,
  instrumentIds,
  parseNotation,
  type Cell,
  type ConventionColumn,
  type ConventionRow,
  type InstrumentId,
  type Issue,
} from "@tip/domain";
import { parseCsv, type CsvField, type CsvRecord } from "../parse/csv.js";
import { issueAt } from "../parse/source-map.js";
import { isTextTable, readTextTable } from "./text-table.js";

export interface ImportOptions {
  /** The name issues carry, e.g. the pasted file's path. */
  readonly file: string;
  /** The edition's columns, whose headings are matched first. */
  readonly columns?: readonly ConventionColumn[];
}

export type ImportResult =
  | {
      readonly ok: true;
      readonly countryHeading: string;
      readonly columns: ConventionColumn[];
      readonly rows: ConventionRow[];
      readonly issues: Issue[];
    }
  | { readonly ok: false; readonly issues: Issue[] };

const FOOTNOTE_MARK = /\s*([*†‡§]+)$/;

/** "1 cell", "8 cells". */
const cellCount = (n: number): string => (n === 1 ? "1 cell" : `${n} cells`);

/** Headings compare without case, spacing, quote or dash style. */
const fold = (s: string): string =>
  s.normalize("NFKC").replace(/[’‘`]/g, "'").replace(/[–—]/g, "-").replace(/\s+/g, " ").trim().toLowerCase();

function headingIndex(columns: readonly ConventionColumn[]): Map<string, InstrumentId> {
  const index = new Map<string, InstrumentId>();
  const add = (name: string, id: InstrumentId) => {
    if (!index.has(fold(name))) index.set(fold(name), id);
  };
  for (const c of columns) add(c.heading, c.instrument);
  for (const id of instrumentIds) {
    add(id, id);
    add(INSTRUMENTS[id].shortTitle, id);
    add(INSTRUMENTS[id].fullTitle, id);
  }
  return index;
}

const words = (s: string) =>
  new Set(
    fold(s)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1),
  );

/** ILO conventions by number, read from their titles ("Forced Labour Convention, 1930 (No. 29)"). */
const iloByNumber = new Map(
  instrumentIds.flatMap((id) => {
    const n = /\(No\. (\d+)\)/.exec(INSTRUMENTS[id].fullTitle);
    return n ? [[Number(n[1]), id] as const] : [];
  }),
);

/**
 * The instrument a printed heading names: an exact heading or title, else an ILO convention
 * by its number ("ILO Convention 29, Forced Labour"), else the title sharing most of the
 * heading's words (at least three quarters, and more than any other title).
 */
function matchHeading(heading: string, index: ReadonlyMap<string, InstrumentId>): InstrumentId | undefined {
  const exact = index.get(fold(heading));
  if (exact) return exact;
  const number = /\bConvention\s+(?:No\.\s*)?(\d+)\b|\bC0*(\d+)\b/i.exec(heading);
  if (number) return iloByNumber.get(Number(number[1] ?? number[2]));
  const mine = words(heading);
  if (mine.size === 0) return undefined;
  const scores = instrumentIds
    .map((id) => {
      const theirs = new Set([...words(INSTRUMENTS[id].shortTitle), ...words(INSTRUMENTS[id].fullTitle)]);
      return { id, score: [...mine].filter((w) => theirs.has(w)).length / mine.size };
    })
    .sort((a, b) => b.score - a.score);
  const [best, second] = scores;
  return best && best.score >= 0.75 && best.score > (second?.score ?? 0) ? best.id : undefined;
}

/**
 * Reads a convention table pasted from the published report: tab- or comma-separated, or read
 * back as text from a PDF (cells apart by spaces, as a PDF viewer copies them or `pdftotext`
 * writes them, with `-layout` or without); the heading row, the row of subheadings ("Ratification,
 * Accession (a), or Acceptance (A)"), then one row per country in the published notation (`—` for
 * none). Headings map to instruments by the edition's column headings or the instruments' titles;
 * country names map to ISO codes. Never throws: every problem is an issue with its line and column.
 */
export function importConventionTable(text: string, options: ImportOptions): ImportResult {
  const { file } = options;
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const index = headingIndex(options.columns ?? []);
  const issues: Issue[] = [];
  let records: CsvRecord[];
  if (isTextTable(body)) {
    const table = readTextTable(body, [...index.keys(), ...(options.columns ?? []).map((c) => c.heading)]);
    if (table.headings && table.subheadings) records = [table.headings, table.subheadings, ...table.rows];
    else if (options.columns?.length) {
      // Headings run together in words we do not know: the edition's own columns, in its order.
      const line = table.headingLine;
      const field = (value: string): CsvField => ({ value, line, column: 1, quoted: false });
      const columns = options.columns;
      records = [
        {
          line,
          endLine: line,
          complete: true,
          fields: [field("Country"), ...columns.map((c) => field(`${c.heading}${c.footnote ?? ""}`))],
        },
        { line, endLine: line, complete: true, fields: [field(""), ...columns.map((c) => field(c.subheading))] },
        ...table.rows,
      ];
      issues.push(
        issueAt(
          { file, line, column: 1 },
          "import/headings-assumed",
          `${table.headless ? "the table has no headings" : "the headings could not be told apart"}; the columns are taken to be the edition's: ${columns.map((c) => c.instrument).join(", ")}`,
          "check the columns' order against the report, or paste the table with tabs between cells (or as pdftotext -layout writes it)",
          "warning",
        ),
      );
    } else {
      issues.push(
        issueAt(
          { file, line: table.headingLine, column: 1 },
          "import/headings-unread",
          table.headless
            ? "the table has no headings above its rows"
            : "the headings could not be told apart in text with single spaces between them",
          table.headless
            ? "paste the table with its two header rows, or import it into an edition whose columns it has"
            : "paste the table with tabs between cells, or as pdftotext -layout writes it",
        ),
      );
      return { ok: false, issues };
    }
  } else {
    const firstLine = body.split(/\r\n|\r|\n/).find((l) => l.trim() !== "") ?? "";
    const delimiter = firstLine.includes("\t") ? "\t" : ",";
    const parsed = parseCsv(text, { file, delimiter });
    // A line of spaces (above the table, or between rows) is a blank line, which the CSV reader skips.
    records = parsed.records.filter(
      (r) => !(r.fields.length === 1 && !r.fields[0]!.quoted && r.fields[0]!.value.trim() === ""),
    );
    issues.push(...parsed.issues);
  }
  const [header, subheader, ...data] = records;
  if (!header) {
    issues.push(
      issueAt(
        { file, line: 1, column: 1 },
        "import/empty",
        "the pasted table is empty",
        "paste the table with its two header rows",
      ),
    );
    return { ok: false, issues };
  }
  const at = (f: CsvField) => ({ file, line: f.line, column: f.column });

  const countryHeading = header.fields[0]!.value.trim();
  const columns: (ConventionColumn | undefined)[] = [];
  const seen = new Set<InstrumentId>();
  header.fields.slice(1).forEach((field, i) => {
    const printed = field.value.replace(/\s+/g, " ").trim();
    const mark = FOOTNOTE_MARK.exec(printed);
    const heading = mark ? printed.slice(0, mark.index) : printed;
    const id = matchHeading(heading, index);
    if (id === undefined) {
      issues.push(
        issueAt(
          at(field),
          "import/unknown-heading",
          `the heading "${printed}" names no known instrument`,
          `use the report's heading or an instrument id (${instrumentIds.join(", ")})`,
        ),
      );
    } else if (seen.has(id)) {
      issues.push(
        issueAt(at(field), "import/duplicate-column", `a second column for ${id}`, "keep one column per instrument"),
      );
    } else {
      seen.add(id);
      const sub = subheader?.fields[i + 1]?.value.replace(/\s+/g, " ").trim() ?? "";
      const previous = options.columns?.find((c) => c.instrument === id)?.subheading;
      columns[i] = {
        instrument: id,
        heading,
        subheading: sub || previous || "Ratification",
        ...(mark ? { footnote: mark[1]! } : {}),
      };
      return;
    }
    columns[i] = undefined;
  });

  if (!subheader || subheader.fields[0]!.value.trim() !== "") {
    const where = subheader ? at(subheader.fields[0]!) : { file, line: header.line + 1, column: 1 };
    issues.push(
      issueAt(
        where,
        "import/subheadings",
        "the second header row (the subheadings, with an empty first cell) is missing",
        'paste both header rows: the headings, then "Ratification, Accession (a), or Acceptance (A)" …',
      ),
    );
    if (subheader) data.unshift(subheader);
  }

  const rows: ConventionRow[] = [];
  for (const record of data) {
    // A footnote under the table ("* ILO Protocol of 2014 … entered into force …"), selected with it.
    // No country's name starts with a footnote mark.
    if (/^[*†‡§]/.test(record.fields[0]!.value.trim())) continue;
    const [nameField, ...cellFields] = record.fields;
    const name = nameField!.value.trim();
    const country = countryByName(name);
    if (!country) {
      issues.push(
        issueAt(
          at(nameField!),
          "import/unknown-country",
          `"${name}" is not a known country name`,
          "spell the country as the report does (Brunei, Czechia) or use a known alias",
        ),
      );
    }
    if (record.fields.length !== header.fields.length) {
      issues.push(
        issueAt(
          at(nameField!),
          "import/field-count",
          `this row has ${cellCount(record.fields.length)}, the heading row has ${header.fields.length}`,
          "give one cell per column; write — for none",
        ),
      );
    }
    const cells: Partial<Record<InstrumentId, Cell>> = {};
    cellFields.forEach((field, i) => {
      const column = columns[i];
      if (!column) return;
      const cell = parseNotation(field.value);
      if (cell.ok) cells[column.instrument] = cell.value;
      else
        issues.push(
          issueAt(
            at(field),
            "import/notation",
            field.value.trim() === "" ? "the cell is empty" : cell.message,
            cell.hint,
          ),
        );
    });
    if (country) rows.push({ country: country.code, name, cells: cells as Record<InstrumentId, Cell> });
  }

  if (issues.some((i) => i.severity === "error")) return { ok: false, issues };
  return {
    ok: true,
    countryHeading,
    columns: columns.filter((c): c is ConventionColumn => c !== undefined),
    rows,
    issues,
  };
}
