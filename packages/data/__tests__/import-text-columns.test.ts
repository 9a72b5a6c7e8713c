// Where one column of a -layout table ends and the next begins, and a table broken over two pages:
// text placed as pdftotext places it, each line at the column where it starts on the page.
import { describe, expect, it } from "vitest";
import { importConventionTable } from "../src/load/index.js";
import { where } from "./edition-copy.js";

/** Text with each piece at its line and 1-based column. */
function placed(pieces: readonly (readonly [line: number, column: number, text: string])[]): string {
  const lines: string[] = [];
  for (const [line, column, text] of pieces) {
    const current = (lines[line - 1] ?? "").padEnd(column - 1);
    lines[line - 1] = current.slice(0, column - 1) + text + current.slice(column - 1 + text.length);
  }
  return Array.from(lines, (l) => l ?? "").join("\n");
}

describe("column boundaries in a -layout heading", () => {
  // ILO C29's heading spans columns 11 to 28 on its first line; C105's heading starts at column 31 on
  // the first line and, wider below, at column 29 on the second: right where C29's heading ends.
  const headings = [
    [1, 1, "Country"],
    [1, 11, "ILO Convention 29,"],
    [2, 13, "Forced Labour"],
    [1, 31, "ILO Convention"],
    [2, 29, "105, Abolition of"],
    [3, 31, "Forced Labour"],
    [5, 13, "Ratification"],
    [5, 32, "Ratification"],
  ] as const;

  it("a heading that starts where the one before ends belongs to the next column", () => {
    const text = placed([
      ...headings,
      [7, 1, "Argentina"],
      [7, 15, "1950"],
      [7, 35, "1960"],
      [8, 1, "Brunei"],
      [8, 15, "—"],
      [8, 35, "—"],
    ]);
    const result = importConventionTable(text, { file: "p.txt" });
    expect(where(result.issues)).toEqual([]);
    expect(result.ok && result.columns).toEqual([
      { instrument: "c029", heading: "ILO Convention 29, Forced Labour", subheading: "Ratification" },
      { instrument: "c105", heading: "ILO Convention 105, Abolition of Forced Labour", subheading: "Ratification" },
    ]);
    expect(result.ok && result.rows.map((r) => `${r.country} ${JSON.stringify(r.cells)}`)).toEqual([
      'ARG {"c029":{"kind":"ratification","year":1950},"c105":{"kind":"ratification","year":1960}}',
      'BRN {"c029":null,"c105":null}',
    ]);
  });

  it("a subheading is given to the heading it stands under, and one past the last heading to none", () => {
    const text = placed([
      ...headings.filter(([line]) => line < 5),
      [5, 11, "Ratification,"],
      [6, 11, "Accession (a)"],
      [5, 33, "Ratification"],
      [5, 52, "Ratification"],
      [8, 1, "Argentina"],
      [8, 15, "1950"],
      [8, 35, "1960"],
    ]);
    const result = importConventionTable(text, { file: "p.txt" });
    expect(where(result.issues)).toEqual([]);
    expect(result.ok && result.columns.map((c) => c.subheading)).toEqual([
      "Ratification, Accession (a)",
      "Ratification",
    ]);
  });
});

describe("a table broken over two pages", () => {
  const page = ["", "TRAFFICKING IN PERSONS REPORT 2017", "", "12", ""];
  const rows = ["Argentina 2002 1950", "Brunei — —", "Cyprus 2003 1960", "Czechia 2014 1993"];
  const head = [
    "Country UN Protocol to Prevent, Suppress and Punish Trafficking in Persons ILO Convention 29, Forced Labour",
  ];
  const columns = [
    {
      instrument: "palermo" as const,
      heading: "UN Protocol to Prevent, Suppress and Punish Trafficking in Persons",
      subheading: "Ratification",
    },
    { instrument: "c029" as const, heading: "ILO Convention 29, Forced Labour", subheading: "Ratification" },
  ];

  it("reports the page's running title and number between the rows, each where it stands, and reads every row", () => {
    const text = [...head, ...rows.slice(0, 2), ...page, ...rows.slice(2)].join("\n");
    const result = importConventionTable(text, { file: "p.txt", columns });
    expect(result.issues.map((i) => `${i.line}:${i.column} ${i.rule} ${i.message}`)).toEqual([
      '5:1 import/unknown-country "TRAFFICKING IN PERSONS REPORT" is not a known country name',
      "5:1 import/field-count this row has 2 cells, the heading row has 3",
      '7:1 import/unknown-country "12" is not a known country name',
      "7:1 import/field-count this row has 1 cell, the heading row has 3",
    ]);
  });
});
