import { loadEdition } from "@tip/data/load";
import fc from "fast-check";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { planDocuments, sharedTemplatesDir } from "../../documents/jobs.js";
import { jobDocument } from "../../generate/render-job.js";
import type { PdfDocumentDefinition } from "../../markup/pdf-content.js";
import { validMarkup } from "../../markup/__tests__/markup-arbitrary.js";
import { buildDocument } from "../../documents/document.js";
import { readPdfFacts } from "../../check-pdf/facts.js";
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

  it("joins the words of one link, underlined alike, and keeps links, underlines and their colours apart", () => {
    const link = { link: "https://www.state.gov/tipreport", decoration: "underline", decorationColor: "#1a4f9c" };
    const joined = mergeInlines([inline("the ", 0, link), inline("TIP ", 10, link), inline("Report ", 20, link)]);
    expect(joined).toEqual([{ ...inline("the TIP Report ", 0, link), width: 30 }]);
    // pdfmake writes `link: null` on words without one: they join as before.
    expect(mergeInlines([inline("a ", 0, { link: null }), inline("b ", 10, { link: null })])).toHaveLength(1);
    for (const [why, more] of [
      ["another link", { ...link, link: "https://www.state.gov/" }],
      ["no link", { ...link, link: null }],
      ["no underline", { ...link, decoration: undefined }],
      ["an underline of another colour", { ...link, decorationColor: "red" }],
      ["another underline style", { ...link, decorationStyle: "dashed" }],
      ["another underline thickness", { ...link, decorationThickness: 2 }],
      ["a link to a page", { ...link, link: undefined, linkToPage: 2 }],
    ] as const) {
      const pair = [inline("a ", 0, link), inline("b ", 10, more)];
      expect(mergeInlines(pair), why).toEqual(pair);
    }
  });

  it("writes one link annotation over a line's words of a link, covering what the words' annotations covered", async () => {
    const url = "https://www.state.gov/reports/2017-trafficking-in-persons-report/";
    const link = { link: url, decoration: "underline", decorationColor: "#1a4f9c", color: "#1a4f9c" };
    const long = "the 2017 Trafficking in Persons Report of the U.S. Department of State, with its appendix of tables";
    const definition = testDocument({
      title: "links",
      content: [
        { text: ["Read ", { text: long, ...link }, " and the rest of this sentence after it."] },
        { text: ["Justified: ", { text: `${long} ${long}`, ...link }, " then plain words."], alignment: "justify" },
        { text: [{ text: "Two ", link: url }, { text: "targets ", link: "https://www.state.gov/" }, "apart."] },
      ],
    });
    const { inRuns, alone } = await expectSameDrawing(definition);
    const annotations = async (pdf: Buffer) => {
      const dir = mkdtempSync(join(tmpdir(), "line-merge-"));
      try {
        writeFileSync(join(dir, "links.pdf"), pdf);
        return (await readPdfFacts(join(dir, "links.pdf"))).pages.flatMap((page) => page.annots);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };
    /** Each link's covered stretches per line: touching rectangles joined, to a thousandth of a point. */
    const covered = (annots: Awaited<ReturnType<typeof annotations>>) => {
      const lines = new Map<string, [number, number][]>();
      for (const { rect, uri } of annots) {
        const [x1, y1, x2, y2] = rect!;
        const key = `${uri} ${y1!.toFixed(3)} ${y2!.toFixed(3)}`;
        lines.set(key, [...(lines.get(key) ?? []), [x1!, x2!]]);
      }
      return [...lines.entries()]
        .map(([key, spans]) => {
          const joined: [number, number][] = [];
          for (const [a, b] of spans.sort((p, q) => p[0] - q[0])) {
            const last = joined.at(-1);
            if (last && Math.abs(a - last[1]) < 1e-3) last[1] = b;
            else joined.push([a, b]);
          }
          return `${key}: ${joined.map(([a, b]) => `${a.toFixed(3)}–${b.toFixed(3)}`).join(", ")}`;
        })
        .sort();
    };
    const [runs, words] = [await annotations(inRuns), await annotations(alone)];
    expect(covered(runs)).toEqual(covered(words));
    expect(new Set(runs.map((a) => a.uri))).toEqual(new Set([url, "https://www.state.gov/"]));
    // One per line of the unjustified link, not one per word (justified words do not touch: one each).
    expect(runs.length).toBeLessThan(words.length - 10);
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
