import { describe, expect, it } from "vitest";
import type { PdfDocumentDefinition } from "./definition.js";
import { drawWordsOneByOne, renderWithPlainPdfmake } from "./__tests__/plain-pdfmake.js";
import { fontSubsetStats, setFontSubsetCacheEnabled } from "./font-subset.js";
import { testDocument } from "./__tests__/test-document.js";
import { renderPdfToBuffer } from "./write-pdf.js";

// Accented and Greek or Cyrillic letters: Roboto draws many as composite glyphs, whose components join the subset.
const documentWith = (text: string): PdfDocumentDefinition =>
  testDocument({
    content: [{ text }, { text, style: "strong" }, { text, style: "em" }, { text, style: ["em", "strong"] }],
    title: text.slice(0, 20),
  });

describe("font subsets", () => {
  drawWordsOneByOne();

  it("are written with the bytes fontkit writes, composite glyphs included", async () => {
    const texts = [
      "Côte d'Ivoire, Curaçao, Türkiye, São Tomé and Príncipe",
      "Ελλάδα Россия Åland ǅ ŉ ﬁ — “quoted” 1950–2016",
    ];
    const documents = texts.map(documentWith);
    const expected = await renderWithPlainPdfmake(documents);
    const { written } = fontSubsetStats();
    const ours: Buffer[] = [];
    for (const document of documents) ours.push(await renderPdfToBuffer(document));

    expect(ours.map((pdf, i) => pdf.equals(expected[i] ?? Buffer.alloc(0)))).toEqual([true, true]);
    // Four faces in each document, every one written directly.
    expect(fontSubsetStats().written - written).toBe(8);
  });

  it("can be left to fontkit, with the same result", async () => {
    const document = documentWith("Curaçao Россия");
    const direct = await renderPdfToBuffer(document);
    setFontSubsetCacheEnabled(false);
    try {
      const { written } = fontSubsetStats();
      const byFontkit = await renderPdfToBuffer(document);
      expect(fontSubsetStats().written).toBe(written);
      expect(byFontkit.equals(direct)).toBe(true);
    } finally {
      setFontSubsetCacheEnabled(true);
    }
  });
});
