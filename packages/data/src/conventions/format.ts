import { CONVENTIONS_CSV_KEYS } from "./read.js";
import { formatNotation, type ConventionTable, type Edition } from "@tip/domain";
import { formatCsvRecord } from "../parse/csv.js";

type Table = Pick<ConventionTable, "columns" | "rows">;
type PublishedTable = Pick<ConventionTable, "countryHeading" | "columns" | "rows" | "footnotes">;

// An edition holds its table under "conventions"; a table itself has no such key.
const tableOf = <T extends object>(from: { conventions: T } | T): T =>
  "conventions" in from ? (from as { conventions: T }).conventions : (from as T);

/** The table as conventions.csv holds it: `country,name,<instrument ids in column order>`, LF line ends. */
export function formatConventionsCsv(from: Pick<Edition, "conventions"> | Table): string {
  const table = tableOf<Table>(from);
  const ids = table.columns.map((c) => c.instrument);
  const lines = [
    formatCsvRecord([...CONVENTIONS_CSV_KEYS, ...ids]),
    ...table.rows.map((row) =>
      formatCsvRecord([row.country, row.name, ...ids.map((id) => formatNotation(row.cells[id] ?? null))]),
    ),
  ];
  return `${lines.join("\n")}\n`;
}

/**
 * The table in the report's own tab-separated notation: the heading row (footnote marks
 * included), the row of subheadings, one line per country; with `footnotes`, a blank line and
 * one line per footnote (`* text`). Lines are joined with "\n", no final line end.
 */
export function formatPublishedTable(
  from: Pick<Edition, "conventions"> | PublishedTable,
  options: { readonly footnotes?: boolean } = {},
): string {
  const table = tableOf<PublishedTable>(from);
  const lines = [
    [table.countryHeading, ...table.columns.map((c) => `${c.heading}${c.footnote ?? ""}`)].join("\t"),
    ["", ...table.columns.map((c) => c.subheading)].join("\t"),
    ...table.rows.map((row) =>
      [row.name, ...table.columns.map((c) => formatNotation(row.cells[c.instrument] ?? null))].join("\t"),
    ),
  ];
  if (options.footnotes && table.footnotes.length > 0) {
    lines.push("", ...table.footnotes.map((f) => `${f.mark} ${f.text}`));
  }
  return lines.join("\n");
}
