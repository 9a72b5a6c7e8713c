import {
  isInstrumentId,
  instrumentIds,
  parseNotation,
  type Cell,
  type InstrumentId,
  type Issue,
  type SourceLocation,
} from "@tip/domain";
import { parseCsv } from "../parse/csv.js";
import { issueAt, SourceMap } from "../parse/source-map.js";

/** A row as read from conventions.csv, before validation. */
export interface RawConventionRow {
  country: string;
  name: string;
  cells: Partial<Record<InstrumentId, Cell>>;
}

export interface ConventionsCsvResult {
  readonly rows: RawConventionRow[];
  /** The instrument columns in the file's header, in its order. */
  readonly instruments: InstrumentId[];
  /** Where each instrument's header cell stands. */
  readonly headerCells: ReadonlyMap<InstrumentId, SourceLocation>;
  /** Locations by path inside `conventions.rows` ([3, "cells", "p029"]). */
  readonly locations: SourceMap;
  /** Cells that did not parse: their locations, so later checks do not report them twice. */
  readonly badCells: readonly SourceLocation[];
  /** Lines of malformed rows (wrong field count, a quote never closed): later checks there would only repeat it. */
  readonly badLines: readonly { readonly from: number; readonly to: number }[];
  readonly issues: Issue[];
}

export const CONVENTIONS_CSV_KEYS = ["country", "name"] as const;

/** "1 field", "10 fields". */
const fieldCount = (n: number): string => (n === 1 ? "1 field" : `${n} fields`);

/**
 * Reads `conventions.csv`: a `country,name,<instrument ids…>` header, then one row per
 * country with each cell in the published notation (`2002`, `2006(a)`, `—`).
 */
export function readConventionsCsv(text: string, options: { readonly file: string }): ConventionsCsvResult {
  const { file } = options;
  const { records, issues } = parseCsv(text, { file });
  const locations = new SourceMap();
  locations.set([], { file, line: 1, column: 1 });
  const rows: RawConventionRow[] = [];
  const instruments: InstrumentId[] = [];
  const headerCells = new Map<InstrumentId, SourceLocation>();
  const badCells: SourceLocation[] = [];
  const badLines: { from: number; to: number }[] = [];
  const [header, ...body] = records;
  if (!header) {
    issues.push(
      issueAt(
        { file, line: 1, column: 1 },
        "conventions/empty",
        "conventions.csv has no header row",
        `start with the header ${[...CONVENTIONS_CSV_KEYS, ...instrumentIds].join(",")}`,
      ),
    );
    return { rows, instruments, headerCells, locations, badCells, badLines, issues };
  }
  // Column index → instrument id, or the key name for the first two columns.
  const columnIds: (string | undefined)[] = header.fields.map((field, index) => {
    const name = field.value.trim();
    const at = { file, line: field.line, column: field.column };
    if (index < CONVENTIONS_CSV_KEYS.length) {
      const expected = CONVENTIONS_CSV_KEYS[index]!;
      if (name.toLowerCase() !== expected) {
        issues.push(
          issueAt(
            at,
            "conventions/header",
            `column ${index + 1} must be "${expected}", found "${name}"`,
            `the header starts with ${CONVENTIONS_CSV_KEYS.join(",")}`,
          ),
        );
      }
      return expected;
    }
    if (!isInstrumentId(name)) {
      issues.push(
        issueAt(
          at,
          "conventions/unknown-instrument",
          `"${name}" is not an instrument id`,
          `use one of: ${instrumentIds.join(", ")}`,
        ),
      );
      return undefined;
    }
    if (headerCells.has(name)) {
      issues.push(
        issueAt(
          at,
          "conventions/duplicate-column",
          `the column "${name}" appears twice`,
          "keep one column per instrument",
        ),
      );
      return undefined;
    }
    headerCells.set(name, at);
    instruments.push(name);
    return name;
  });

  body.forEach((record, r) => {
    const row: RawConventionRow = { country: "", name: "", cells: {} };
    locations.set([r], { file, line: record.line, column: 1 });
    if (!record.complete) {
      badLines.push({ from: record.line, to: Number.POSITIVE_INFINITY });
    } else if (record.fields.length !== header.fields.length) {
      badLines.push({ from: record.line, to: record.endLine });
      const extra = record.fields[header.fields.length];
      const last = record.fields[record.fields.length - 1]!;
      issues.push(
        issueAt(
          extra
            ? { file, line: extra.line, column: extra.column }
            : { file, line: last.line, column: last.column + last.value.length },
          "csv/field-count",
          `this row has ${fieldCount(record.fields.length)}, the header has ${header.fields.length}`,
          "give one value per column; quote a value that contains a comma",
        ),
      );
    }
    record.fields.forEach((field, index) => {
      const id = columnIds[index];
      // A field whose quote never closes holds the rest of the file, not a value.
      if (id === undefined || (!record.complete && index === record.fields.length - 1)) return;
      const at = { file, line: field.line, column: field.column };
      const value = field.value.trim();
      if (id === "country" || id === "name") {
        row[id] = value;
        locations.set([r, id], at);
        return;
      }
      const instrument = id as InstrumentId;
      locations.set([r, "cells", instrument], at);
      const cell = parseNotation(value);
      if (cell.ok) {
        row.cells[instrument] = cell.value;
      } else {
        issues.push(issueAt(at, "conventions/notation", value === "" ? "the cell is empty" : cell.message, cell.hint));
        badCells.push(at);
        row.cells[instrument] = null;
      }
    });
    rows.push(row);
  });
  return { rows, instruments, headerCells, locations, badCells, badLines, issues };
}
