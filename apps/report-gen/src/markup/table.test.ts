import { describe, expect, it } from "vitest";
import { markupToContent } from "./index.js";
import { tableLayouts } from "./stylesheet.js";
import { untagged } from "./__tests__/untagged.js";

const content = (markup: string) => {
  const result = markupToContent(markup, { file: "t.hbs" });
  if ("errors" in result)
    throw new Error(result.errors.map((e) => `${e.line}:${e.column} ${e.rule} ${e.message}`).join("\n"));
  return untagged(result.content) as typeof result.content;
};
const errors = (markup: string) => {
  const result = markupToContent(markup, { file: "t.hbs" });
  return "errors" in result ? result.errors.map((e) => `${e.line}:${e.column} ${e.rule}`) : [];
};

describe("convertTable", () => {
  it("builds tables whose head repeats and whose rows never split", () => {
    const [table] = content(
      '<table widths="auto,*,60" class="zebra small"><thead><tr><th>Country</th><th colspan="2">Instruments</th></tr></thead>' +
        '<tbody><tr><td rowspan="2">Chad</td><td>Palermo</td><td class="numeric">2009</td></tr><tr><td>C182</td><td>2000</td></tr></tbody></table>',
    );
    expect(table).toEqual({
      table: {
        headerRows: 1,
        dontBreakRows: true,
        keepWithHeaderRows: 1,
        widths: ["auto", "*", 60],
        body: [
          [
            { text: [{ text: "Country" }], style: ["tableHeader"] },
            { text: [{ text: "Instruments" }], style: ["tableHeader"], colSpan: 2 },
            "",
          ],
          [
            { text: [{ text: "Chad" }], style: ["tableCell"], rowSpan: 2 },
            { text: [{ text: "Palermo" }], style: ["tableCell"] },
            { text: [{ text: "2009" }], style: ["tableCell", "numeric"] },
          ],
          ["", { text: [{ text: "C182" }], style: ["tableCell"] }, { text: [{ text: "2000" }], style: ["tableCell"] }],
        ],
      },
      layout: tableLayouts.zebra,
      style: ["table", "small"],
    });
  });

  it("reports tables whose rows do not line up", () => {
    expect(
      errors(
        '<table widths="*,*"><tr><td>a</td></tr><tr><td>b</td><td>c</td></tr><tr><td rowspan="3">d</td><td colspan="x">e</td></tr></table>',
      ),
    ).toEqual(["1:21 markup/table-shape", "1:73 markup/table-shape", "1:99 markup/invalid-attribute"]);
    expect(errors('<table widths="*"><tr><td>a</td><td>b</td></tr></table>')).toEqual(["1:8 markup/table-widths"]);
    expect(errors("<table></table>")).toEqual(["1:1 markup/empty-table"]);
  });

  it("gives every column an equal share without widths, and keeps a table without head", () => {
    expect(content("<table><tr><td>a</td><td>b</td></tr></table>")).toMatchObject([
      {
        table: { widths: ["*", "*"], headerRows: 0, keepWithHeaderRows: 0 },
        layout: tableLayouts.rules,
        style: ["table"],
      },
    ]);
  });

  it("reports a row's unknown class once, not once per cell", () => {
    expect(errors('<table><tr class="bogus"><td>a</td><td>b</td></tr></table>')).toEqual(["1:12 markup/unknown-class"]);
  });

  it("wants the head first and once", () => {
    expect(errors("<table><tr><td>a</td></tr><thead><tr><th>h</th></tr></thead></table>")).toEqual([
      "1:27 markup/table-structure",
    ]);
  });
});
