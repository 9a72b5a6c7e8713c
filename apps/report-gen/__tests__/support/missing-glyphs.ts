import { inflateSync } from "node:zlib";

/**
 * How many glyphs a PDF draws with its font's .notdef glyph (the missing-glyph box): a character
 * the embedded font cannot draw. Our PDFs embed subset fonts shown through Identity-H, where each
 * glyph is two bytes and glyph 0 is always .notdef, so every `<…0000…>` glyph in a text string of
 * a page's content is one box.
 */
export function missingGlyphs(pdf: Buffer): number {
  const text = pdf.toString("latin1");
  let count = 0;
  for (const m of text.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const end = text.indexOf("endstream", start);
    let body: string;
    try {
      body = inflateSync(pdf.subarray(start, end)).toString("latin1");
    } catch {
      continue; // not a Flate stream (an image, say)
    }
    if (!/\bBT\b/.test(body)) continue;
    for (const s of body.matchAll(/<([0-9a-fA-F]+)>/g)) {
      for (let i = 0; i + 4 <= s[1]!.length; i += 4) if (s[1]!.slice(i, i + 4) === "0000") count++;
    }
  }
  return count;
}
