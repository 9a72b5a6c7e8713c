import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markupString, validMarkup } from "../markup/__tests__/markup-arbitrary.js";
import { renderPdfToBuffer } from "@tip/pdf-engine";
import { pdfInfo, pdfPages } from "@tip/pdf-engine/pdf-text";
import { buildDocument } from "../documents/document.js";
import { buildTemplateDocument, type TemplateDocumentOptions } from "../documents/template-document.js";
import { templateDirs } from "../templates/__tests__/template-dirs.js";

const document = {
  title: 'Côte d\'Ivoire — "brief" & more',
  language: "en-US",
  creationDate: new Date("2017-06-27T00:00:00Z"),
} as const;

async function pdfFrom(options: TemplateDocumentOptions): Promise<Buffer> {
  const built = buildTemplateDocument(options);
  if ("errors" in built)
    throw new Error(built.errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.rule} ${e.message}`).join("\n"));
  return renderPdfToBuffer(built.docDefinition);
}

const names = [
  "Côte d'Ivoire",
  "Curaçao",
  "Türkiye",
  'He said "x" & \\ back',
  "Ελληνική Δημοκρατία",
  "Российская Федерация",
  "a < b > c",
  "Bosnia & Herzegovina",
];

describe("template → markup → PDF", () => {
  it("puts data into the PDF exactly as it is, never as entities", async () => {
    const { shared } = templateDirs({
      shared: {
        "brief.hbs":
          "<h1>{{title}}</h1>\n{{#each names}}\n  <p>{{this}}</p>\n{{/each}}\n<p>{{first}}<br/>{{second}}</p>\n",
      },
    });
    const pdf = await pdfFrom({
      ...document,
      template: "brief",
      viewModel: { title: "Names", names, first: "first line", second: "second line" },
      dirs: [shared],
    });
    const [text = ""] = await pdfPages(pdf, { mode: "raw" });
    const lines = text.split("\n");
    for (const name of names) expect(lines).toContain(name);
    expect(text).toContain("first line\nsecond line");
    expect(text).not.toMatch(/&#|&amp;|&quot;|&lt;|&gt;|&apos;/);
    expect((await pdfInfo(pdf))["Title"]).toBe(document.title);
  });

  it("renders every markup it accepts", async () => {
    const charts = { c: '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"/>' };
    await fc.assert(
      fc.asyncProperty(fc.oneof(validMarkup, markupString), async (markup) => {
        const built = buildDocument({ ...document, markup, markupFile: "fuzz.hbs", charts });
        if ("errors" in built) return;
        const pdf = await renderPdfToBuffer(built.docDefinition);
        expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      }),
      { numRuns: Number(process.env["FUZZ_RUNS"] ?? 60) },
    );
  });

  it("accepts all markup written by the vocabulary's rules", () => {
    fc.assert(
      fc.property(validMarkup, (markup) => {
        const built = buildDocument({
          ...document,
          markup,
          markupFile: "valid.hbs",
          charts: { c: { svg: "<svg/>", alt: "A chart" } },
        });
        expect("errors" in built ? built.errors : []).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
