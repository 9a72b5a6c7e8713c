// Where one column of a -layout table ends and the next begins, and a table broken over two pages:
// text placed as pdftotext places it, each line at the column where it starts on the page.
import type { ConventionColumn } from "@tip/domain";
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

/** Each issue as `line:column rule message`. */
const problems = (result: ReturnType<typeof importConventionTable>) =>
  result.issues.map((i) => `${i.line}:${i.column} ${i.rule} ${i.message}`);

const two: ConventionColumn[] = [
  { instrument: "c105", heading: "ILO Convention 105, Abolition of Forced Labour", subheading: "Ratification" },
  {
    instrument: "c182",
    heading: "ILO Convention 182, Elimination of Worst Forms of Child Labor",
    subheading: "Ratification",
  },
];
const twoHead = `Country ${two[0]!.heading} ${two[1]!.heading}`;

describe("headings run together (single spaces), beyond the published table", () => {
  it("reads headings wrapped over two lines, the second indented", () => {
    const text = [
      "Country ILO Convention 105, Abolition of Forced Labour ILO Convention 182,",
      "   Elimination of Worst Forms of Child Labor",
      "Argentina 1960 2001",
    ].join("\n");
    const result = importConventionTable(text, { file: "p.txt", columns: two });
    expect(where(result.issues)).toEqual([]);
    expect(result.ok && result.columns.map((c) => c.instrument)).toEqual(["c105", "c182"]);
  });

  it("matches an edition heading whose words are apart by more than one space", () => {
    const own = two.map((c) => ({ ...c, heading: c.heading.replaceAll(" ", "  ") }));
    const result = importConventionTable([twoHead, "Argentina 1960 2001"].join("\n"), { file: "p.txt", columns: own });
    expect(where(result.issues)).toEqual([]);
  });

  it("takes the edition's columns, with a warning, when words it does not know stand between, after or before headings", () => {
    for (const head of [
      `Country ${two[0]!.heading} (see note) ${two[1]!.heading}`,
      `Country ${two[0]!.heading} ${two[1]!.heading} Notes`,
      `${two[0]!.heading} (see note) ${two[1]!.heading}`,
    ]) {
      const result = importConventionTable(["Relevant conventions", "", head, "Argentina 1960 2001"].join("\n"), {
        file: "p.txt",
        columns: two,
      });
      expect(problems(result)).toEqual([
        "3:1 import/headings-assumed the headings could not be told apart; the columns are taken to be the edition's: c105, c182",
      ]);
    }
  });

  it("reports a second column for one instrument at its heading", () => {
    const text = [`Country c105 ${two[0]!.heading}`, "Argentina 1960 1960"].join("\n");
    const result = importConventionTable(text, { file: "p.txt", columns: two });
    expect(problems(result)).toEqual(["1:14 import/duplicate-column a second column for c105"]);
  });

  it("refuses a table copied without its heading row, saying so", () => {
    const result = importConventionTable(["Ratification Ratification", "Argentina 1960 2001"].join("\n"), {
      file: "p.txt",
    });
    expect(problems(result)).toEqual(["1:1 import/headings-unread the table has no headings above its rows"]);
  });
});

describe("where a table's rows end", () => {
  it("stops at its one row, leaving the page's footer below out", () => {
    const text = [twoHead, "", "Argentina 1960 2001", "", "TRAFFICKING IN PERSONS REPORT 2017"].join("\n");
    const result = importConventionTable(text, { file: "p.txt", columns: two });
    expect(where(result.issues)).toEqual([]);
    expect(result.ok && result.rows.map((r) => r.country)).toEqual(["ARG"]);
  });

  it("stops after a two-column table's last row, leaving the page's footer out", () => {
    const text = [twoHead, "Argentina 1960 2001", "Brunei — 2008", "", "TRAFFICKING IN PERSONS REPORT 2017"].join("\n");
    const result = importConventionTable(text, { file: "p.txt", columns: two });
    expect(where(result.issues)).toEqual([]);
    expect(result.ok && result.rows.map((r) => r.country)).toEqual(["ARG", "BRN"]);
  });

  it("reports a last row short of cells, in rows set apart by blank lines, rather than leave it out", () => {
    const text = [
      twoHead,
      "",
      "Argentina 1960 2001",
      "",
      "Brunei — 2008",
      "",
      "Cyprus 1960",
      "",
      "TRAFFICKING IN PERSONS REPORT 2017",
    ].join("\n");
    const result = importConventionTable(text, { file: "p.txt", columns: two });
    expect(problems(result)).toEqual(["7:1 import/field-count this row has 2 cells, the heading row has 3"]);
  });

  it("reports a row with a cell too many, and reads the headings by the count most rows have", () => {
    const text = [twoHead, "Argentina 1960 2001", "Brunei — 2008 2010", "Cyprus 1960 2000"].join("\n");
    const result = importConventionTable(text, { file: "p.txt", columns: two });
    expect(problems(result)).toEqual(["3:1 import/field-count this row has 4 cells, the heading row has 3"]);
  });

  it("reports a cell on a line of its own below a row, in rows set apart by blank lines, rather than drop it", () => {
    const text = [
      twoHead,
      "",
      "Argentina 1960 2001",
      "                  2010",
      "",
      "Brunei — 2008",
      "",
      "Cyprus 1960 2000",
    ].join("\n");
    const result = importConventionTable(text, { file: "p.txt", columns: two });
    expect(problems(result)).toEqual([
      '4:19 import/unknown-country "" is not a known country name',
      "4:19 import/field-count this row has 2 cells, the heading row has 3",
    ]);
  });

  it("reports a country name that carries a footnote mark, and skips an indented footnote", () => {
    const text = [twoHead, "Argentina 1960 2001", "Brunei* — 2008", "   * Brunei acceded in 2017"].join("\n");
    const result = importConventionTable(text, { file: "p.txt", columns: two });
    expect(problems(result)).toEqual(['3:1 import/unknown-country "Brunei*" is not a known country name']);
  });

  it("reports an indented line between rows where it stands", () => {
    const text = [twoHead, "", "Argentina 1960 2001", "", "                12", "", "Brunei — 2008"].join("\n");
    const result = importConventionTable(text, { file: "p.txt", columns: two });
    expect(problems(result)).toEqual([
      '5:17 import/unknown-country "12" is not a known country name',
      "5:17 import/field-count this row has 1 cell, the heading row has 3",
    ]);
  });
});

describe("a -layout heading with two spaces between columns", () => {
  it("is read by column positions", () => {
    const text = placed([
      [1, 1, "Country"],
      [1, 10, "ILO Convention 105,"],
      [2, 10, "Abolition of"],
      [3, 10, "Forced Labour"],
      [1, 31, "ILO Convention 182,"],
      [2, 31, "Elimination of Worst"],
      [3, 31, "Forms of Child Labor"],
      [5, 1, "Argentina"],
      [5, 12, "1960"],
      [5, 33, "2001"],
    ]);
    expect(text.split("\n")[0]).toContain(",  ILO");
    const result = importConventionTable(text, { file: "p.txt" });
    expect(where(result.issues)).toEqual([]);
    expect(result.ok && result.columns.map((c) => `${c.instrument} ${c.heading}`)).toEqual([
      "c105 ILO Convention 105, Abolition of Forced Labour",
      "c182 ILO Convention 182, Elimination of Worst Forms of Child Labor",
    ]);
  });
});
