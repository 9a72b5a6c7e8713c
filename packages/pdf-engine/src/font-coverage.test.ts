import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { robotoFaces } from "./assets.js";
import { drawableCodePoints, fontCodePoints } from "./font-coverage.js";

// fontkit as pdfkit resolves it: the library that draws the PDF, asked the same question.
const pdfkit = createRequire(createRequire(import.meta.url).resolve("pdfmake")).resolve("pdfkit");
const fontkit = createRequire(pdfkit)("fontkit") as {
  create(buffer: Buffer): { characterSet: number[]; glyphForCodePoint(c: number): { id: number } };
};

describe("font coverage from the cmap table", () => {
  it("finds, in every face, exactly the code points fontkit maps to a real glyph", () => {
    for (const path of Object.values(robotoFaces)) {
      const bytes = readFileSync(path);
      const font = fontkit.create(bytes);
      const withGlyph = font.characterSet.filter((c) => font.glyphForCodePoint(c).id !== 0);
      expect([...fontCodePoints(bytes)].sort((a, b) => a - b)).toEqual([...new Set(withGlyph)].sort((a, b) => a - b));
    }
  });

  it("draws Latin, Greek and Cyrillic letters and the report's punctuation, not Arabic, Hebrew, CJK, emoji or U+202E", () => {
    const drawable = drawableCodePoints();
    const has = (text: string) => [...text].filter((c) => !drawable.has(c.codePointAt(0)!));
    expect(has("Côte d'Ivoire Curaçao Türkiye Ελλάδα Россия — “quoted” ‘x’ … § ¶ © ½ € ")).toEqual([]);
    expect(has("ا א 中 😀 \u202e")).toEqual(["ا", "א", "中", "😀", "\u202e"]);
  });
});
