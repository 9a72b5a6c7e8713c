import { loadEdition } from "@tip/data/load";
import fc from "fast-check";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { planDocuments, sharedTemplatesDir } from "../../documents/jobs.js";
import { jobDocument } from "../../generate/render-job.js";
import type { PdfDocumentDefinition } from "../../markup/pdf-content.js";
import { validMarkup } from "../../markup/__tests__/markup-arbitrary.js";
import { buildDocument } from "../../documents/document.js";
import { defaultStyle, styles } from "../../markup/stylesheet.js";
import { lineMergeStats, mergeInlines, renderPdfToBuffer, setLineMergeEnabled } from "@tip/pdf-engine";
import { pdfPageGrey, pdfPageSizes, pdfWords, type PdfWord } from "@tip/pdf-engine/pdf-text";

const shipped2017 = fileURLToPath(new URL("../../../../../packages/data/editions/2017/", import.meta.url));

async function oneByOne(definition: PdfDocumentDefinition): Promise<Buffer> {
  setLineMergeEnabled(false);
  try {
    return await renderPdfToBuffer(definition);
  } finally {
    setLineMergeEnabled(true);
  }
}

/** The largest distance, in points, between the same word's boxes; Infinity if the words differ. */
function largestShift(a: readonly PdfWord[], b: readonly PdfWord[]): number {
  if (a.length !== b.length) return Infinity;
  let largest = 0;
  for (let i = 0; i < a.length; i++) {
    const [x, y] = [a[i]!, b[i]!];
    if (x.page !== y.page || x.text !== y.text) return Infinity;
    largest = Math.max(
      largest,
      Math.abs(x.xMin - y.xMin),
      Math.abs(x.xMax - y.xMax),
      Math.abs(x.yMin - y.yMin),
      Math.abs(x.yMax - y.yMax),
    );
  }
  return largest;
}

/** Renders a definition both ways and expects the same words in the same places, and the same pixels but for rounding. */
async function expectSameDrawing(
  definition: PdfDocumentDefinition,
  pagesToRasterize = 1,
): Promise<{ inRuns: Buffer; alone: Buffer }> {
  const before = lineMergeStats().merged;
  const inRuns = await renderPdfToBuffer(definition);
  const merged = lineMergeStats().merged - before;
  const alone = await oneByOne(definition);
  expect(merged).toBeGreaterThan(0);
  const pages = await pdfPageSizes(inRuns);
  expect(pages).toEqual(await pdfPageSizes(alone));
  const [words, aloneWords] = [await pdfWords(inRuns), await pdfWords(alone)];
  expect(words.length).toBeGreaterThan(0);
  expect(words.map((w) => w.text)).toEqual(aloneWords.map((w) => w.text));
  // pdftotext reports boxes to the micro-point; pdfkit writes positions to six decimals.
  expect(largestShift(words, aloneWords)).toBeLessThanOrEqual(1e-5);
  for (let page = 1; page <= Math.min(pagesToRasterize, pages.length); page++) {
    const [a, b] = [await pdfPageGrey(inRuns, { page }), await pdfPageGrey(alone, { page })];
    expect([a.width, a.height]).toEqual([b.width, b.height]);
    // A glyph a millionth of a point away can round to the next pixel: a handful of glyphs at most.
    let different = 0;
    for (let i = 0; i < a.pixels.length; i++) if (a.pixels[i] !== b.pixels[i]) different++;
    expect(different / a.pixels.length).toBeLessThan(1e-4);
  }
  return { inRuns, alone };
}

/** A letter-size document in the report's stylesheet. */
function testDocument({ title, content }: { title: string; content: readonly unknown[] }): PdfDocumentDefinition {
  const date = new Date("2017-06-27T00:00:00Z");
  const info = { title, creationDate: date, modDate: date };
  return {
    content,
    styles,
    defaultStyle,
    pageSize: "LETTER",
    pageOrientation: "portrait",
    pageMargins: 54,
    language: "en-US",
    info,
  } as unknown as PdfDocumentDefinition;
}

const inline = (text: string, x: number, more: Record<string, unknown> = {}) => ({
  text,
  x,
  width: 10,
  font: "F",
  fontSize: 9,
  color: "black",
  opacity: 1,
  ...more,
});

describe("words drawn in runs", () => {
  it("joins touching words drawn alike, and only those", () => {
    const joined = mergeInlines([inline("Côte ", 0), inline("d'Ivoire ", 10), inline("and ", 20)]);
    expect(joined).toEqual([{ ...inline("Côte d'Ivoire and ", 0), width: 30 }]);

    for (const [why, second] of [
      ["a hyphen break: pdfkit would shape across it", inline("evident ", 10)],
      ["a gap (justified text)", inline("b ", 10.5)],
      ["another colour", inline("b ", 10, { color: "red" })],
      ["another font", inline("b ", 10, { font: "G" })],
      ["another size", inline("b ", 10, { fontSize: 10 })],
      ["a link", inline("b ", 10, { link: "https://www.state.gov/" })],
      ["an underline", inline("b ", 10, { decoration: "underline" })],
      ["a background", inline("b ", 10, { background: "yellow" })],
      ["a superscript", inline("b ", 10, { sup: true })],
      ["character spacing", inline("b ", 10, { characterSpacing: 1 })],
      ["font features", inline("b ", 10, { fontFeatures: ["smcp"] })],
    ] as const) {
      const first = why.startsWith("a hyphen") ? inline("self-", 0) : inline("a ", 0);
      expect(mergeInlines([first, second]), why).toEqual([first, second]);
    }
  });

  it("draws every word of a document where it was drawn one by one: styles, links, justified, centred and right-aligned text, tables", async () => {
    const words =
      "Trafficking in persons, forced labour and anti-trafficking self-evident ﬁsh office — Côte d'Ivoire, Curaçao, Türkiye, Ελλάδα, Россия.";
    await expectSameDrawing(
      testDocument({
        title: "runs",
        content: [
          { text: words, style: "body" },
          {
            text: [
              { text: "Plain, " },
              { text: "strong, ", style: "strong" },
              { text: "emphasis, ", style: "em" },
              { text: "a link, ", link: "https://www.state.gov/" },
              { text: "muted ", style: "muted" },
              { text: "and plain again." },
            ],
          },
          { text: `${words} ${words}`, alignment: "justify" },
          { text: words, alignment: "center" },
          { text: words, alignment: "right" },
          {
            text: [
              { text: "Underlined words here, ", decoration: "underline" },
              { text: "x" },
              { text: "2", sup: true },
              { text: " and H" },
              { text: "2", sub: true },
              { text: "O, spaced out ", characterSpacing: 1 },
              { text: "on a background.", background: "#ffee99" },
            ],
          },
          { text: "Two  spaces   and three, then a tab\tand on." },
          {
            table: {
              widths: ["*", 60, 60],
              body: [
                ["Country or territory", "Ratified", "Year"],
                [words, "yes", "2016"],
                ["Bosnia and Herzegovina", "no", "—"],
              ],
            },
          },
          { ul: [words, "a second item in the list", { text: "a third, in a run of its own", bold: true }] },
        ],
      }),
    );
  });

  it("draws the shipped 2017 appendix and a country brief exactly as one by one", async () => {
    const loaded = await loadEdition(shipped2017);
    if (!loaded.ok) throw new Error("the shipped 2017 edition does not load");
    const plan = { templateDirs: [sharedTemplatesDir], creationDate: new Date("2017-06-27T00:00:00Z") };
    const jobs = [
      ...planDocuments(loaded.edition, { ...plan, only: "appendix" }),
      ...planDocuments(loaded.edition, { ...plan, countries: ["ARG"] }),
    ];
    expect(jobs.map((job) => job.kind)).toEqual(["appendix", "brief"]);
    for (const job of jobs) {
      const built = jobDocument(job);
      if ("errors" in built) throw new Error(`${job.path}: ${built.errors.map((e) => e.message).join("; ")}`);
      const { inRuns, alone } = await expectSameDrawing(built.docDefinition, 2);
      // Fewer operators: the point of drawing in runs.
      expect(inRuns.length).toBeLessThan(alone.length);
    }
  }, 60_000);

  it("draws any markup the vocabulary accepts where one by one would", async () => {
    await fc.assert(
      fc.asyncProperty(validMarkup, async (markup) => {
        const built = buildDocument({
          markup,
          markupFile: "runs.hbs",
          charts: { c: { svg: '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"/>', alt: "A chart" } },
          title: "runs",
          language: "en-US",
          creationDate: new Date("2017-06-27T00:00:00Z"),
        });
        if ("errors" in built) return;
        const inRuns = await renderPdfToBuffer(built.docDefinition);
        const alone = await oneByOne(built.docDefinition);
        const [words, aloneWords] = [await pdfWords(inRuns), await pdfWords(alone)];
        expect(words.map((w) => w.text)).toEqual(aloneWords.map((w) => w.text));
        expect(largestShift(words, aloneWords)).toBeLessThanOrEqual(1e-5);
      }),
      { numRuns: Number(process.env["FUZZ_RUNS"] ?? 25) },
    );
  }, 120_000);
});
