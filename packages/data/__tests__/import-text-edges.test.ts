// The edges of the rules that read a table laid out as text (pdftotext -layout, or a PDF viewer's copy):
// a table selected from its first row, lines of column numbers, a running title, rows set apart in some
// gaps only, rows short of cells at the bottom. The tables are made-up layouts (fixtures) of rows of the
// 2017 appendix's table, each row with the cells the appendix prints for it.
import type { ConventionColumn, Edition } from "@tip/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { importConventionTable, loadEdition } from "../src/load/index.js";
import { where } from "./edition-copy.js";
import { edition2017Dir, publishedConventionTable } from "./source.js";

let edition: Edition;
let columns: readonly ConventionColumn[];
let published: string[];

beforeAll(async () => {
  const result = await loadEdition(edition2017Dir);
  if (!result.ok) throw new Error("the 2017 edition does not load");
  edition = result.edition;
  columns = edition.conventions.columns;
  published = publishedConventionTable();
});

/** A published row's cells, by the country's name as printed. */
const cellsOf = (name: string): string[] =>
  published
    .find((l) => l.startsWith(`${name}\t`))!
    .split("\t")
    .slice(1);
/** A row laid out as pdftotext -layout writes it: the name, then each cell at its column (24, 34, 44 …). */
const row = (name: string, cells: readonly string[], printedName = name): string =>
  cells.reduce((line, c, i) => line.padEnd(23 + 10 * i) + c, printedName);
/** The published row of `name`, laid out. */
const published8 = (name: string, printedName = name) => row(name, cellsOf(name), printedName);
/** The edition's rows of these countries (ISO codes), in this order. */
const rowsOf = (...codes: string[]) => codes.map((c) => edition.conventions.rows.find((r) => r.country === c)!);
/** Each issue as `line:column severity rule message`. */
const problems = (result: {
  issues: readonly { line: number; column: number; severity: string; rule: string; message: string }[];
}) => result.issues.map((i) => `${i.line}:${i.column} ${i.severity} ${i.rule} ${i.message}`);
const ASSUMED = "the columns are taken to be the edition's: palermo, opsc, opac, c029, p029, c105, c182, c189";

describe("a table selected from its first row, with nothing above it", () => {
  it("is read with the edition's columns, a name wrapped above its cells on line 1 joined up", () => {
    // Fixture: Argentina's cells under a name that wraps (as in the tests of wrapped names).
    const text = [
      "Saint Vincent and",
      published8("Argentina", "the Grenadines"),
      "",
      published8("Brunei"),
      "",
      published8("Cyprus"),
    ].join("\n");
    const result = importConventionTable(text, { file: "p.txt", columns });
    expect(problems(result)).toEqual([`1:1 warning import/headings-assumed the table has no headings; ${ASSUMED}`]);
    expect(result.ok && result.rows).toEqual([
      { ...rowsOf("ARG")[0], country: "VCT", name: "Saint Vincent and the Grenadines" },
      ...rowsOf("BRN", "CYP"),
    ]);
  });

  it("is read with the edition's columns when its rows are not set apart", () => {
    const text = [published8("Argentina"), published8("Brunei"), published8("Cyprus")].join("\n");
    const result = importConventionTable(text, { file: "p.txt", columns });
    expect(problems(result)).toEqual([`1:1 warning import/headings-assumed the table has no headings; ${ASSUMED}`]);
    expect(result.ok && result.rows).toEqual(rowsOf("ARG", "BRN", "CYP"));
  });

  it("is refused with no edition to take the columns from, saying the headings are missing", () => {
    const text = [published8("Argentina"), "", published8("Brunei")].join("\n");
    const result = importConventionTable(text, { file: "p.txt" });
    expect(problems(result)).toEqual(["1:1 error import/headings-unread the table has no headings above its rows"]);
    expect(result.issues[0]!.hint).toBe(
      "paste the table with its two header rows, or import it into an edition whose columns it has",
    );
  });
});

describe("a line of column numbers between the headings and the rows", () => {
  const head = [
    "Country                ILO Convention 29,       ILO Convention 105,",
    "                       Forced Labour            Abolition of Forced",
    "                                                Labour",
  ];
  const sub = "                       Ratification             Ratification";
  const numbers = "  (1)                        (2)                      (3)";
  const body = (gap: string[]) => [
    "Argentina                   1950                     1960",
    ...gap,
    "Brunei                       —                        —",
  ];
  const expected = () => [
    { instrument: "c029", heading: "ILO Convention 29, Forced Labour", subheading: "Ratification" },
    { instrument: "c105", heading: "ILO Convention 105, Abolition of Forced Labour", subheading: "Ratification" },
  ];

  it.each([
    ["under the headings", [...head, numbers, "", sub, "", ...body([""])]],
    ["under the subheadings", [...head, "", sub, numbers, "", ...body([""])]],
    ["above the subheadings", [...head, "", numbers, sub, "", ...body([""])]],
    ["in a block of its own", [...head, "", sub, "", numbers, "", ...body([""])]],
    ["right above the rows, which are set apart", [...head, "", sub, "", numbers, ...body([""])]],
    ["right above the rows, which are not set apart", [...head, "", sub, numbers, ...body([])]],
    ["of bare digits", [...head, "", sub, "   1          2                        3", "", ...body([""])]],
  ])("is not read (%s)", (_, lines) => {
    const result = importConventionTable(lines.join("\n"), { file: "p.txt" });
    expect(where(result.issues)).toEqual([]);
    expect(result.ok && result.countryHeading).toBe("Country");
    expect(result.ok && result.columns).toEqual(expected());
    expect(result.ok && result.rows.map((r) => `${r.country} ${r.name} ${JSON.stringify(r.cells)}`)).toEqual([
      'ARG Argentina {"c029":{"kind":"ratification","year":1950},"c105":{"kind":"ratification","year":1960}}',
      'BRN Brunei {"c029":null,"c105":null}',
    ]);
  });
});

describe("lines above the table that end in a year", () => {
  it("are not counted as rows: a lone row under a running title and a heading line ending in 2014", () => {
    const text = [
      "TRAFFICKING IN PERSONS REPORT 2017",
      "",
      "Country                ILO Convention 29,       ILO Protocol of 2014",
      "                       Forced Labour            to the Forced Labour",
      "                                                Convention*",
      "",
      "                       Ratification             Ratification",
      "",
      "Argentina                   1950                     2016",
      "",
      "* ILO Protocol of 2014 to the Forced Labour Convention entered into force November 9, 2016",
    ].join("\n");
    const result = importConventionTable(text, { file: "p.txt" });
    expect(where(result.issues)).toEqual([]);
    expect(result.ok && result.columns.map((c) => `${c.instrument} ${c.heading}${c.footnote ?? ""}`)).toEqual([
      "c029 ILO Convention 29, Forced Labour",
      "p029 ILO Protocol of 2014 to the Forced Labour Convention*",
    ]);
    expect(result.ok && result.rows.map((r) => `${r.country} ${JSON.stringify(r.cells)}`)).toEqual([
      'ARG {"c029":{"kind":"ratification","year":1950},"p029":{"kind":"ratification","year":2016}}',
    ]);
  });
});

describe("rows set apart by blank lines in some gaps only: set apart when in at least half", () => {
  // Fixture: Cyprus's cells under a name that wraps below them.
  const table = (blankAfter: readonly boolean[]) => {
    const rows = [
      [published8("Argentina")],
      [published8("Brunei")],
      [published8("Cyprus", "Saint Vincent and"), "the Grenadines"],
      [published8("Czechia")],
      [published8("Estonia")],
    ];
    return rows.flatMap((r, i) => [...r, ...(blankAfter[i] ? [""] : [])]).join("\n");
  };

  it("joins a name wrapped below its cells when 2 of the 4 gaps are blank", () => {
    const result = importConventionTable(table([false, true, true, false]), { file: "p.txt", columns });
    expect(problems(result)).toEqual([`1:1 warning import/headings-assumed the table has no headings; ${ASSUMED}`]);
    expect(result.ok && result.rows.map((r) => `${r.country} ${r.name}`)).toEqual([
      "ARG Argentina",
      "BRN Brunei",
      "VCT Saint Vincent and the Grenadines",
      "CZE Czechia",
      "EST Estonia",
    ]);
  });

  it("reports the wrapped line as a row without cells when 1 of the 4 gaps is blank", () => {
    const result = importConventionTable(table([false, false, true, false]), { file: "p.txt", columns });
    expect(problems(result)).toEqual([
      `1:1 warning import/headings-assumed the table has no headings; ${ASSUMED}`,
      '3:1 error import/unknown-country "Saint Vincent and" is not a known country name',
      '4:1 error import/unknown-country "the Grenadines" is not a known country name',
      "4:1 error import/field-count this row has 1 cell, the heading row has 9",
    ]);
  });
});

describe("a table whose rows have two counts of cells as often", () => {
  it("takes its columns from the larger count, and reports the short row", () => {
    const head = [
      "Country                ILO Convention 29,       ILO Convention 105,",
      "                       Forced Labour            Abolition of Forced Labour",
      "",
      "                       Ratification             Ratification",
      "",
    ];
    // Fixture: Brunei's second cell left out, as if lost in copying.
    const text = [
      ...head,
      "Argentina                   1950                     1960",
      "Brunei                       —",
    ].join("\n");
    const result = importConventionTable(text, { file: "p.txt" });
    expect(problems(result)).toEqual(["7:1 error import/field-count this row has 2 cells, the heading row has 3"]);
    // Fixture: three columns, Argentina's last cell left out; the short row first.
    const three = [
      "Country                ILO Convention 29,       ILO Convention 105,      ILO Convention 182,",
      "                       Forced Labour            Abolition of Forced      Elimination of Worst",
      "                                                Labour                   Forms of Child Labor",
      "",
      "Argentina                   1950                     1960",
      "Brunei                       —                        —                      2008",
    ];
    expect(problems(importConventionTable(three.join("\n"), { file: "p.txt" }))).toEqual([
      "5:1 error import/field-count this row has 3 cells, the heading row has 4",
    ]);
  });
});

describe("where the rows end", () => {
  it.each([
    ["not set apart", []],
    ["set apart", [""]],
  ])("leaves out a footnote wrapped over two lines right under the last row (rows %s)", (_, gap) => {
    const text = [
      published8("Argentina"),
      ...gap,
      published8("Brunei"),
      "* ILO Protocol of 2014 to the Forced Labour Convention entered into force",
      "November 9, 2016",
    ].join("\n");
    const result = importConventionTable(text, { file: "p.txt", columns });
    expect(problems(result)).toEqual([`1:1 warning import/headings-assumed the table has no headings; ${ASSUMED}`]);
    expect(result.ok && result.rows).toEqual(rowsOf("ARG", "BRN"));
  });

  it("ends a table of one column at its last row, leaving the next section out", () => {
    const text = [
      "TRAFFICKING IN PERSONS REPORT 2017",
      "",
      "Country                ILO Convention 29,",
      "                       Forced Labour",
      "",
      "                       Ratification",
      "",
      "Argentina                   1950",
      "Brunei                       —",
      "Cyprus                      1960",
      "",
      "STOPPING HUMAN TRAFFICKING, SEXUAL EXPLOITATION, AND ABUSE BY INTERNATIONAL PEACEKEEPERS",
      "",
      "As required by law, this section summarizes actions taken by the United Nations (UN)",
    ].join("\n");
    const result = importConventionTable(text, { file: "p.txt" });
    expect(where(result.issues)).toEqual([]);
    expect(result.ok && result.rows.map((r) => `${r.country} ${JSON.stringify(r.cells)}`)).toEqual([
      'ARG {"c029":{"kind":"ratification","year":1950}}',
      'BRN {"c029":null}',
      'CYP {"c029":{"kind":"ratification","year":1960}}',
    ]);
  });

  it("reads a table of one column whose names are printed in capitals, never leaving its rows out", () => {
    const text = [
      "Country                ILO Convention 29,",
      "                       Forced Labour",
      "",
      "ARGENTINA                   1950",
      "BRUNEI                       —",
    ].join("\n");
    const result = importConventionTable(text, { file: "p.txt" });
    expect(where(result.issues)).toEqual([]);
    expect(result.ok && result.rows.map((r) => `${r.country} ${r.name} ${JSON.stringify(r.cells)}`)).toEqual([
      'ARG ARGENTINA {"c029":{"kind":"ratification","year":1950}}',
      'BRN BRUNEI {"c029":null}',
    ]);
  });

  it("reports each of two rows of one cell at the bottom, one right under the other", () => {
    // Fixture: the last two rows lost all their cells but the first in copying.
    const text = [
      published8("Argentina"),
      "",
      published8("Brunei"),
      "",
      row("Cyprus", cellsOf("Cyprus").slice(0, 1)),
      row("Czechia", cellsOf("Czechia").slice(0, 1)),
    ].join("\n");
    const result = importConventionTable(text, { file: "p.txt", columns });
    expect(problems(result)).toEqual([
      `1:1 warning import/headings-assumed the table has no headings; ${ASSUMED}`,
      "5:1 error import/field-count this row has 2 cells, the heading row has 9",
      "6:1 error import/field-count this row has 2 cells, the heading row has 9",
    ]);
  });

  it("reads a table whose names are printed in capitals to its last row", () => {
    const text = [
      published8("Argentina", "ARGENTINA"),
      "",
      published8("Brunei", "BRUNEI"),
      "",
      published8("Cyprus", "CYPRUS"),
    ].join("\n");
    const result = importConventionTable(text, { file: "p.txt", columns });
    expect(problems(result)).toEqual([`1:1 warning import/headings-assumed the table has no headings; ${ASSUMED}`]);
    expect(result.ok && result.rows.map((r) => `${r.country} ${r.name}`)).toEqual([
      "ARG ARGENTINA",
      "BRN BRUNEI",
      "CYP CYPRUS",
    ]);
  });
});

/** A line of text with each piece at its 1-based column. */
const line = (...pieces: readonly (readonly [column: number, text: string])[]): string =>
  pieces.reduce((l, [column, text]) => l.padEnd(column - 1) + text, "");

describe("headings whose lines pdftotext placed unevenly", () => {
  const rows = ["", line([1, "Argentina"], [24, "1950"], [42, "1960"]), "", line([1, "Brunei"], [25, "—"], [43, "—"])];
  const cells = (result: ReturnType<typeof importConventionTable>) =>
    result.ok && result.rows.map((r) => `${r.country} ${JSON.stringify(r.cells)}`);

  it("keeps a narrow column's words, one a line and a column or two off centre, in one heading", () => {
    const text = [
      line([1, "Country"], [23, "ILO"], [39, "ILO"]),
      line([20, "Convention"], [36, "Convention"]),
      line([26, "29,"], [39, "105,"]),
      line([22, "Forced"], [36, "Abolition"]),
      line([22, "Labour"], [38, "of"]),
      line([37, "Forced"]),
      line([37, "Labour"]),
      "",
      line([19, "Ratification"], [35, "Ratification"]),
      ...rows,
    ].join("\n");
    const result = importConventionTable(text, { file: "p.txt" });
    expect(where(result.issues)).toEqual([]);
    expect(result.ok && result.columns.map((c) => `${c.instrument} ${c.heading} / ${c.subheading}`)).toEqual([
      "c029 ILO Convention 29, Forced Labour / Ratification",
      "c105 ILO Convention 105, Abolition of Forced Labour / Ratification",
    ]);
    expect(cells(result)).toEqual([
      'ARG {"c029":{"kind":"ratification","year":1950},"c105":{"kind":"ratification","year":1960}}',
      'BRN {"c029":null,"c105":null}',
    ]);
  });

  it("gives a subheading to the heading it stands under most, when a line of each is off to one side", () => {
    // Fixture layout: each heading's first line sits two columns right of the lines below; the
    // subheadings, wider than their columns, reach under the next heading.
    const text = [
      line([1, "Country"], [17, "ILO Convention 29,"], [41, "ILO Convention 105,"]),
      line([15, "Forced Labour"], [39, "Abolition of Forced"]),
      line([39, "Labour"]),
      "",
      line([13, "Ratification, Accession"], [41, "Ratification"]),
      line([16, "(a), or Acceptance (A)"]),
      ...rows,
    ].join("\n");
    const result = importConventionTable(text, { file: "p.txt" });
    expect(where(result.issues)).toEqual([]);
    expect(result.ok && result.columns.map((c) => `${c.instrument} ${c.subheading}`)).toEqual([
      "c029 Ratification, Accession (a), or Acceptance (A)",
      "c105 Ratification",
    ]);
    expect(cells(result)).toEqual([
      'ARG {"c029":{"kind":"ratification","year":1950},"c105":{"kind":"ratification","year":1960}}',
      'BRN {"c029":null,"c105":null}',
    ]);
  });

  it("gives a subheading set left of a centred heading to it, not to the heading before, which it barely reaches", () => {
    // Fixture layout: ILO C29's heading centred over two lines of unequal width, its subheading left of
    // the heading's short second line, reaching two columns under the narrow column before.
    const text = [
      line([1, "Country"], [12, "Optional Protocol"], [36, "ILO Convention 29, Forced"], [66, "ILO Convention 105,"]),
      line([12, "to the Convention"], [46, "Labour"], [66, "Abolition of Forced"]),
      line([12, "on the Rights of"], [66, "Labour"]),
      line([12, "the Child in"]),
      line([12, "Armed Conflict"]),
      "",
      line([12, "Ratification,"], [27, "Ratification"], [74, "Ratification"]),
      line([12, "Accession (a),"]),
      line([12, "or Acceptance"]),
      line([12, "(A)"]),
      "",
      line([1, "Argentina"], [16, "2002"], [46, "1950"], [70, "1960"]),
      "",
      line([1, "Brunei"], [15, "2016(a)"], [47, "—"], [71, "—"]),
    ].join("\n");
    const result = importConventionTable(text, { file: "p.txt" });
    expect(where(result.issues)).toEqual([]);
    expect(result.ok && result.columns.map((c) => `${c.instrument} ${c.subheading}`)).toEqual([
      "opac Ratification, Accession (a), or Acceptance (A)",
      "c029 Ratification",
      "c105 Ratification",
    ]);
    expect(result.ok && result.rows.map((r) => `${r.country} ${JSON.stringify(r.cells)}`)).toEqual([
      'ARG {"opac":{"kind":"ratification","year":2002},"c029":{"kind":"ratification","year":1950},"c105":{"kind":"ratification","year":1960}}',
      'BRN {"opac":{"kind":"accession","year":2016},"c029":null,"c105":null}',
    ]);
  });

  it("reads a heading line with two spaces inside a heading in reading order", () => {
    const text = [
      line([1, "Country"], [20, "ILO Convention 29,"], [40, "ILO Convention 105,"]),
      line([20, "Forced  Labour"], [40, "Abolition  of  Forced"]),
      line([40, "Labour"]),
      "",
      line([20, "Ratification"], [40, "Ratification"]),
      "",
      line([1, "Argentina"], [24, "1950"], [44, "1960"]),
      "",
      line([1, "Brunei"], [25, "—"], [45, "—"]),
    ].join("\n");
    const result = importConventionTable(text, { file: "p.txt" });
    expect(where(result.issues)).toEqual([]);
    expect(result.ok && result.columns.map((c) => c.heading)).toEqual([
      "ILO Convention 29, Forced Labour",
      "ILO Convention 105, Abolition of Forced Labour",
    ]);
  });
});

describe("how the headings of a table are told apart", () => {
  const rowsText = (gap: string) => [`Argentina${gap}1950${gap}1960`, `Brunei${gap}—${gap}—`];

  it("reads headings in the report's own words apart by two spaces, as a -layout line with narrow gaps", () => {
    const text = ["Country  ILO C29, Forced Labour  ILO C105, Abolition of Forced Labour", "", ...rowsText("  ")].join(
      "\n",
    );
    const result = importConventionTable(text, { file: "p.txt" });
    expect(where(result.issues)).toEqual([]);
    expect(result.ok && result.columns.map((c) => `${c.instrument} ${c.heading}`)).toEqual([
      "c029 ILO C29, Forced Labour",
      "c105 ILO C105, Abolition of Forced Labour",
    ]);
    expect(result.ok && result.rows.map((r) => r.country)).toEqual(["ARG", "BRN"]);
  });

  it("takes the edition's columns when a -layout heading line gives fewer columns than the rows have cells", () => {
    // Fixture layout: the three instruments' headings set with single spaces between them.
    const text = [
      line([1, "Country"], [12, "ILO Convention 29 ILO Convention 105 ILO Convention 182"]),
      "",
      line([1, "Argentina"], [14, "1950"], [30, "1960"], [46, "2001"]),
      line([1, "Brunei"], [15, "—"], [31, "—"], [46, "2008"]),
    ].join("\n");
    const three = columns.filter((c) => ["c029", "c105", "c182"].includes(c.instrument));
    const result = importConventionTable(text, { file: "p.txt", columns: three });
    expect(problems(result)).toEqual([
      "1:1 warning import/headings-assumed the headings could not be told apart; the columns are taken to be the edition's: c029, c105, c182",
    ]);
    expect(result.ok && result.rows).toEqual(
      rowsOf("ARG", "BRN").map((r) => ({
        ...r,
        cells: { c029: r.cells.c029, c105: r.cells.c105, c182: r.cells.c182 },
      })),
    );
  });
});
