import { describe, expect, it } from "vitest";
import type { PdfDocumentDefinition } from "./definition.js";
import { drawWordsOneByOne, renderWithPlainPdfmake } from "./__tests__/plain-pdfmake.js";
import { layoutCacheStats, setLayoutCacheEnabled } from "./layout-cache.js";
import { testDocument } from "./__tests__/test-document.js";
import { renderPdfToBuffer } from "./write-pdf.js";

const documentSaying = (title: string, ...lines: string[]): PdfDocumentDefinition =>
  testDocument({
    content: lines.map((text) => ({
      text: [{ text }, { text: ` ${text}`, style: "strong" }, { text: ` ${text}`, style: "em" }],
    })),
    title,
  });

describe("layout cache", () => {
  drawWordsOneByOne();

  it("gives the bytes of plain pdfmake, whatever the documents before met the same glyphs through", async () => {
    // The targets share words with documents rendered before them, in which a glyph of those words
    // was first reached through another character: U+FB01 is the glyph of the "fi" ligature, so
    // there "fish" was shaped to a glyph that remembers U+FB01, not "f" and "i". A text met in two
    // documents is handed to later ones as a finished run: "fish " first in two documents whose
    // ligature glyph remembers U+FB01, so that the run's glyph does; target 1 must not take it.
    const before = [
      documentSaying("ligature glyph first", "ﬁ fish"),
      documentSaying("ligature glyph first, again", "ﬁ fish"),
      documentSaying("ligature later", "fish final office", "ﬁsh ﬁnal"),
      documentSaying("no-break", "a\u00A0b Côte\u00A0d'Ivoire", "a b Côte d'Ivoire"),
      documentSaying("ligature first", "ﬁsh ﬁnal", "fish final office"),
    ];
    const targets = [
      documentSaying("target 1", "fish final office", "Côte d'Ivoire, Curaçao, Türkiye"),
      documentSaying("target 2", "ﬁsh ﬁnal", "fish final office", "a b Côte d'Ivoire"),
      documentSaying("target 3", "a\u00A0b Côte\u00A0d'Ivoire", "Ελλάδα Россия fish"),
    ];
    const expected = await renderWithPlainPdfmake(targets);

    for (const document of before) await renderPdfToBuffer(document);
    const { hits, shared } = layoutCacheStats();
    const cached: Buffer[] = [];
    for (const target of targets) cached.push(await renderPdfToBuffer(target));

    expect(cached.map((pdf, i) => pdf.equals(expected[i] ?? Buffer.alloc(0)))).toEqual(targets.map(() => true));
    expect(layoutCacheStats().hits).toBeGreaterThan(hits);
    expect(layoutCacheStats().shared).toBeGreaterThan(shared);
  });

  it("can be switched off, shaping afresh with the same result", async () => {
    const document = documentSaying("switch", "fish final office, Côte d'Ivoire");
    const cached = await renderPdfToBuffer(document);
    setLayoutCacheEnabled(false);
    try {
      const before = layoutCacheStats();
      const uncached = await renderPdfToBuffer(document);
      expect(layoutCacheStats()).toEqual(before);
      expect(uncached.equals(cached)).toBe(true);
    } finally {
      setLayoutCacheEnabled(true);
    }
  });
});
