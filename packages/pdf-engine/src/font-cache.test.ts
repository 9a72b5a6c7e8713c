import { describe, expect, it } from "vitest";
import type { PdfDocumentDefinition } from "./definition.js";
import { drawWordsOneByOne, renderWithPlainPdfmake } from "./__tests__/plain-pdfmake.js";
import { fontCacheStats, setFontCacheEnabled } from "./font-cache.js";
import { testDocument } from "./__tests__/test-document.js";
import { renderPdfToBuffer } from "./write-pdf.js";

const documentUsing = (words: string): PdfDocumentDefinition =>
  testDocument({
    content: [
      { text: `Regular ${words} Côte d'Ivoire, Curaçao, Türkiye, Ελλάδα, Россия` },
      {
        text: [
          { text: "Medium ", style: "strong" },
          { text: "Italic ", style: "em" },
          { text: "Medium italic", style: ["em", "strong"] },
        ],
      },
    ],
    title: words,
  });

describe("font cache", () => {
  drawWordsOneByOne();

  it("gives the same bytes as plain pdfmake in a fresh process, while parsing each font once", async () => {
    const targets = [documentUsing("first fish"), documentUsing("Отчёт ἑλληνικά office")];
    const expected = await renderWithPlainPdfmake(targets);

    // Earlier documents reach shared glyphs by other characters: ligatures, lookalike letters, no-break space.
    for (const words of ["ﬁ ﬂ ﬀ ﬃ", "АВЕКМНОРСТХ аеорсух ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ οι", "a\u00A0b ÆØÅ ſ"]) {
      await renderPdfToBuffer(documentUsing(words));
    }
    const parsedBefore = fontCacheStats().misses;
    const cached = await Promise.all(targets.map((target) => renderPdfToBuffer(target)));

    expect(cached.map((pdf, i) => pdf.equals(expected[i] ?? Buffer.alloc(0)))).toEqual([true, true]);
    expect(fontCacheStats().misses).toBe(parsedBefore);
    expect(fontCacheStats().fonts).toBe(4);
  });

  it("can be switched off, parsing afresh with the same result", async () => {
    const cached = await renderPdfToBuffer(documentUsing("switch"));
    setFontCacheEnabled(false);
    try {
      const { hits } = fontCacheStats();
      const uncached = await renderPdfToBuffer(documentUsing("switch"));
      expect(fontCacheStats().hits).toBe(hits);
      expect(uncached.equals(cached)).toBe(true);
    } finally {
      setFontCacheEnabled(true);
    }
  });
});
