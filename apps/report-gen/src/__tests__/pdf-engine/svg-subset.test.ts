import { describe, expect, it } from "vitest";
import { ratificationTimeline } from "../../charts/ratification-timeline.js";
import { buildDocument } from "../../documents/document.js";
import { parseSvgSubset, renderPdfToBuffer, setSvgSubsetEnabled, svgSubsetStats } from "@tip/pdf-engine";
import { pdfPageGrey, pdfPages } from "@tip/pdf-engine/pdf-text";

const timeline = ratificationTimeline({
  rows: [
    { label: "Palermo", adopted: 2000, actionYear: 2016, notation: "2016(a)", inReportingPeriod: true },
    { label: "C29", adopted: 1930, actionYear: 1959, notation: "1959" },
    { label: "OPSC & OPAC", adopted: 2000, actionYear: 2002, notation: "2002" },
    { label: "P029", adopted: 2014 },
  ],
  until: 2017,
  period: { from: 2016, to: 2017 },
});

async function pdfWithChart(svg: string, width?: number): Promise<Buffer> {
  const built = buildDocument({
    markup: `<h1>Chart</h1><chart ref="c"${width ? ` width="${width}"` : ""}/><p>After the chart.</p>`,
    markupFile: "t.hbs",
    title: "Chart",
    language: "en-US",
    creationDate: new Date("2017-06-27T00:00:00Z"),
    charts: { c: { svg, alt: "A chart" } },
  });
  if ("errors" in built) throw new Error("markup errors");
  return renderPdfToBuffer(built.docDefinition);
}

async function withGenericRenderer<T>(run: () => Promise<T>): Promise<T> {
  setSvgSubsetEnabled(false);
  try {
    return await run();
  } finally {
    setSvgSubsetEnabled(true);
  }
}

describe("SVG subset", () => {
  it("parses the timeline chart: every element, the escaped label decoded", () => {
    const drawing = parseSvgSubset(timeline);
    expect(drawing).toBeDefined();
    const kinds = drawing!.shapes.map((s) => s.kind);
    expect(kinds.filter((k) => k === "circle")).toHaveLength(3);
    expect(kinds[0]).toBe("rect");
    expect(drawing!.shapes).toContainEqual(
      expect.objectContaining({ kind: "text", text: "OPSC & OPAC", families: ["Roboto"], size: 8 }),
    );
    expect(drawing!.shapes).toContainEqual(expect.objectContaining({ kind: "text", text: "1930", anchor: "middle" }));
  });

  it.each([
    ["a group", '<svg width="10" height="10"><g><rect width="1" height="1"/></g></svg>'],
    ["a transform", '<svg width="10" height="10"><rect width="1" height="1" transform="rotate(4)"/></svg>'],
    ["CSS", '<svg width="10" height="10"><rect width="1" height="1" style="fill:red"/></svg>'],
    ["a path", '<svg width="10" height="10"><path d="M0 0L1 1"/></svg>'],
    ["a unit", '<svg width="10" height="10"><rect width="1px" height="1"/></svg>'],
    ["a named colour", '<svg width="10" height="10"><rect width="1" height="1" fill="red"/></svg>'],
    ["single quotes", "<svg width='10' height='10'></svg>"],
    ["a comment", '<svg width="10" height="10"><!-- c --></svg>'],
    ["an XML declaration", '<?xml version="1.0"?><svg width="10" height="10"></svg>'],
    ["a tspan", '<svg width="10" height="10"><text x="0" y="5">a<tspan>b</tspan></text></svg>'],
    ["a bare ampersand", '<svg width="10" height="10"><text x="0" y="5">a & b</text></svg>'],
    ["an unclosed root", '<svg width="10" height="10"><rect width="1" height="1"/>'],
    ["trailing content", '<svg width="10" height="10"></svg><rect width="1" height="1"/>'],
  ])("leaves an SVG with %s to the generic renderer", (_, svg) => {
    expect(parseSvgSubset(svg)).toBeUndefined();
  });

  it("draws the timeline as svg-to-pdfkit does: the same text, the same pixels to within antialiasing", async () => {
    const before = svgSubsetStats();
    const fast = await pdfWithChart(timeline);
    expect(svgSubsetStats().drawn).toBe(before.drawn + 1);
    const generic = await withGenericRenderer(() => pdfWithChart(timeline));
    expect(svgSubsetStats().passedOn).toBe(before.passedOn + 1);

    const [fastText, genericText] = [await pdfPages(fast), await pdfPages(generic)];
    const words = (pages: string[]) => pages.join(" ").split(/\s+/).filter(Boolean).sort();
    expect(words(fastText)).toEqual(words(genericText));
    expect(fastText.join(" ")).toContain("OPSC & OPAC");

    const [a, b] = [await pdfPageGrey(fast), await pdfPageGrey(generic)];
    expect([a.width, a.height]).toEqual([b.width, b.height]);
    let inked = 0;
    let different = 0;
    for (let i = 0; i < a.pixels.length; i++) {
      if (a.pixels[i]! < 200 || b.pixels[i]! < 200) inked++;
      if (Math.abs(a.pixels[i]! - b.pixels[i]!) > 64) different++;
    }
    expect(inked).toBeGreaterThan(2000); // the chart was drawn at all
    expect(different / inked).toBeLessThan(0.01);
  });

  it("scales the drawing into a narrower box as the generic renderer does", async () => {
    const fast = await pdfPageGrey(await pdfWithChart(timeline, 250));
    const generic = await pdfPageGrey(await withGenericRenderer(() => pdfWithChart(timeline, 250)));
    let different = 0;
    for (let i = 0; i < fast.pixels.length; i++) if (Math.abs(fast.pixels[i]! - generic.pixels[i]!) > 64) different++;
    expect(different).toBeLessThan(400);
  });

  it("still draws an SVG outside the subset, through svg-to-pdfkit", async () => {
    const before = svgSubsetStats();
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><g><text x="4" y="20" font-size="12">Grouped label</text></g></svg>';
    expect(await pdfPages(await pdfWithChart(svg))).toEqual([expect.stringContaining("Grouped label")]);
    expect(svgSubsetStats()).toEqual({ drawn: before.drawn, passedOn: before.passedOn + 1 });
  });
});
