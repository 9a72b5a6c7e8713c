import { createMarkdownRenderer } from "vitepress";
import { describe, expect, it } from "vitest";
import { tableHeaders } from "../.vitepress/table-headers.js";
import { table } from "../scripts/pages/markdown.mjs";
import { DOCS_ROOT } from "./support/site.js";

const md = await createMarkdownRenderer(DOCS_ROOT, {}, "/");
md.use(tableHeaders);
const render = (source: string) => md.render(source).replace(/\n/g, "");

describe("table headers a screen reader announces", () => {
  it("scopes every column header, in every Markdown table", () => {
    expect(render("| Package | Folder |\n| --- | --- |\n| `@tip/domain` | `packages/domain` |")).toBe(
      '<table tabindex="0"><thead><tr><th scope="col">Package</th><th scope="col">Folder</th></tr></thead>' +
        "<tbody><tr><td><code>@tip/domain</code></td><td><code>packages/domain</code></td></tr></tbody></table>",
    );
  });

  it("makes the first cell of each row its header in a table written with rowHeaders, and only there", () => {
    const marked = table(
      ["Country", "Palermo"],
      [
        ["Argentina", "2002"],
        ["Brunei", "—"],
      ],
      { rowHeaders: true },
    );
    const plain = table(["Term", "Meaning"], [["ILO", "International Labour Organization"]]);
    expect(render(`${marked}\n\nBetween.\n\n${plain}`)).toBe(
      '<table tabindex="0"><thead><tr><th scope="col">Country</th><th scope="col">Palermo</th></tr></thead><tbody>' +
        '<tr><th scope="row">Argentina</th><td>2002</td></tr><tr><th scope="row">Brunei</th><td>—</td></tr></tbody></table>' +
        "<p>Between.</p>" +
        '<table tabindex="0"><thead><tr><th scope="col">Term</th><th scope="col">Meaning</th></tr></thead><tbody>' +
        "<tr><td>ILO</td><td>International Labour Organization</td></tr></tbody></table>",
    );
  });
});
