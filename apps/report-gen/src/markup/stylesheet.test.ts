import { describe, expect, it } from "vitest";
import { untagged } from "./__tests__/untagged.js";
import { markupToContent } from "./index.js";
import type { PdfTableNode } from "./pdf-content.js";
import { classStyles, elementStyles, palette, styles, tableLayouts } from "./stylesheet.js";

const everyElement = `
<toc/>
<section title="S" orientation="landscape"><h1 class="muted">a</h1><h2>b</h2><h3>c</h3>
<p class="lead">x <em>e</em> <strong>s</strong> <a href="https://example.org">l</a> <span class="small">s</span><br/>y<footnote>1</footnote></p>
<div class="note"><ul><li>u</li></ul><ol><li>o</li></ol></div>
<table class="zebra"><thead><tr><th>h</th></tr></thead><tbody><tr><td class="numeric">1</td></tr></tbody></table>
<chart ref="c"/><footnote>f</footnote><page-break/></section>`;

function styleNames(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => styleNames(item, into));
  else if (value !== null && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      if (key === "style" || key === "tocStyle" || key === "textStyle" || key === "numberStyle") {
        for (const name of [inner].flat()) into.add(String(name));
      } else if (key !== "layout") styleNames(inner, into);
    }
  }
  return into;
}

const tableNode = (rows: number, headerRows: number): PdfTableNode => ({
  table: { body: Array.from({ length: rows }, () => [""]), headerRows, widths: ["*"] },
});

describe("stylesheet", () => {
  it("defines every style the converter uses", () => {
    const result = markupToContent(everyElement, { file: "all.hbs", charts: { c: { svg: "<svg/>", alt: "A chart" } } });
    if ("errors" in result) throw new Error(JSON.stringify(result.errors));
    const missing = [...styleNames(untagged(result.content))].filter((name) => !(name in styles));
    expect(missing).toEqual([]);
  });

  it("keeps class names apart from element style names, which share pdfmake's namespace", () => {
    const clashes = Object.keys(classStyles).filter((name) => name in elementStyles || name in tableLayouts);
    expect(clashes).toEqual([]);
  });

  it("fills header rows grey and, with zebra, every other body row", () => {
    const node = tableNode(5, 1);
    expect([0, 1, 2, 3, 4].map((row) => tableLayouts.zebra.fillColor(row, node))).toEqual([
      palette.headerFill,
      null,
      palette.zebraFill,
      null,
      palette.zebraFill,
    ]);
    expect([0, 1, 2].map((row) => tableLayouts.rules.fillColor(row, node))).toEqual([palette.headerFill, null, null]);
  });
});
