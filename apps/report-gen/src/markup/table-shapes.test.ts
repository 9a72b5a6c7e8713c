// Tables in the forms table.test.ts and markup-messages.test.ts do not write: a table without a head or
// without a body, data cells in the head, row spans in the structure tree, a cell that leaves a gap under
// a span, widths written with spaces or as percentages, and a span past the last row seen from a later row.
import { describe, expect, it } from "vitest";
import { describeStructure } from "@tip/pdf-engine";
import { untagged } from "./__tests__/untagged.js";
import { markupToContent } from "./index.js";

const converted = (markup: string) => {
  const result = markupToContent(markup, { file: "t.hbs" });
  if ("errors" in result)
    throw new Error(result.errors.map((e) => `${e.line}:${e.column} ${e.rule} ${e.message}`).join("\n"));
  return result;
};
const structure = (markup: string) => describeStructure(converted(markup).structure).split("\n").slice(1);
const table = (markup: string) =>
  (untagged(converted(markup).content) as { table: { body: unknown[][]; widths: unknown[] } }[])[0]?.table;
const problems = (markup: string): string[] => {
  const result = markupToContent(markup, { file: "t.hbs" });
  return "errors" in result
    ? result.errors.map((e) => `${e.line}:${e.column} ${e.rule}: ${e.message} (${e.hint})`)
    : [];
};

describe("a table's structure tree", () => {
  it("has a body and no head when the table has no <thead>, a head and no body when it has only that", () => {
    expect(structure("<table><tr><td>a</td></tr></table>")).toEqual(["  Table", "    TBody", "      TR", "        TD"]);
    expect(structure("<table><thead><tr><th>h</th></tr></thead></table>")).toEqual([
      "  Table",
      "    THead",
      "      TR",
      '        TH scope="Column"',
    ]);
  });

  it("makes a <td> in the head a column header, and says how many rows a cell spans", () => {
    expect(
      structure(
        '<table><thead><tr><td>Country</td><td>Year</td></tr></thead><tr><td rowspan="2">Chad</td><td>2017</td></tr><tr><td>2018</td></tr></table>',
      ),
    ).toEqual([
      "  Table",
      "    THead",
      "      TR",
      '        TH scope="Column"',
      '        TH scope="Column"',
      "    TBody",
      "      TR",
      "        TD rowSpan=2",
      "        TD",
      "      TR",
      "        TD",
    ]);
    const head = table("<table><thead><tr><td>Country</td></tr></thead><tr><td>Chad</td></tr></table>")?.body[0];
    expect(head).toEqual([{ text: [{ text: "Country" }], style: ["tableHeader"] }]);
  });
});

describe("a table's shape and widths", () => {
  it('takes colspan="1" as one column', () => {
    expect(table('<table><tr><td colspan="1">a</td><td>b</td></tr></table>')?.body).toEqual([
      [
        { text: [{ text: "a" }], style: ["tableCell"] },
        { text: [{ text: "b" }], style: ["tableCell"] },
      ],
    ]);
  });

  it("refuses a row that leaves a gap before a cell spanning down into it, rather than print the gap empty", () => {
    expect(problems('<table><tr><td>a</td><td>b</td><td rowspan="2">c</td></tr><tr><td>d</td></tr></table>')).toEqual([
      "1:59 markup/table-shape: row 2 fills 2 of the table's 3 columns (every row needs the same number of cells, counting colspan and rowspan)",
    ]);
  });

  it("says how far a rowspan on a later row may go", () => {
    expect(problems('<table><tr><td>a</td></tr><tr><td rowspan="4">b</td></tr><tr><td>c</td></tr></table>')).toContain(
      '1:31 markup/table-shape: rowspan="4" runs past the last row (this cell can span at most 2 rows)',
    );
  });

  it("reads widths with spaces around them, and percentages", () => {
    expect(
      table('<table widths=" auto , 20% ,60, * "><tr><td>a</td><td>b</td><td>c</td><td>d</td></tr></table>')?.widths,
    ).toEqual(["auto", "20%", 60, "*"]);
  });
});
