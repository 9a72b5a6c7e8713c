import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import type { PdfDocumentDefinition } from "../markup/pdf-content.js";
import { defaultStyle, styles } from "../markup/stylesheet.js";
import { robotoFaces } from "./assets.js";
import { fontCacheStats, setFontCacheEnabled } from "./font-cache.js";
import { renderPdfToBuffer } from "./write-pdf.js";

const appPackage = fileURLToPath(new URL("../../package.json", import.meta.url));

/** Plain JSON, so a separate Node process can render exactly the same definition. */
const documentUsing = (words: string): PdfDocumentDefinition => ({
  content: [
    { text: `Regular ${words} Côte d'Ivoire, Curaçao, Türkiye, Ελλάδα, Россия` },
    { text: [{ text: "Medium ", style: "strong" }, { text: "Italic ", style: "em" }, { text: "Medium italic", style: ["em", "strong"] }] },
  ],
  styles,
  defaultStyle,
  pageSize: "LETTER",
  pageOrientation: "portrait",
  pageMargins: 54,
  language: "en-US",
  info: { title: words, creationDate: new Date("2017-06-27T00:00:00Z"), modDate: new Date("2017-06-27T00:00:00Z") },
});

/** Renders with plain pdfmake in a fresh Node process: no font cache, nothing parsed before. */
async function renderInFreshProcess(definitions: readonly PdfDocumentDefinition[]): Promise<Buffer[]> {
  const script = `
    import { createRequire } from "node:module";
    import { readFileSync } from "node:fs";
    const pdfmake = createRequire(process.argv[1])("pdfmake");
    const { fonts, docs } = JSON.parse(readFileSync(0, "utf8"));
    pdfmake.addFonts({ Roboto: fonts });
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy(() => true);
    const out = [];
    for (const doc of docs) {
      doc.info.creationDate = new Date(doc.info.creationDate);
      doc.info.modDate = new Date(doc.info.modDate);
      out.push((await pdfmake.createPdf(doc).getBuffer()).toString("base64"));
    }
    process.stdout.write(out.join(" "));`;
  const child = promisify(execFile)(process.execPath, ["--input-type=module", "-e", script, appPackage], { maxBuffer: 64 << 20 });
  child.child.stdin?.end(JSON.stringify({ fonts: robotoFaces, docs: definitions }));
  return (await child).stdout.split(" ").map((pdf) => Buffer.from(pdf, "base64"));
}

describe("font cache", () => {
  it("gives the same bytes as plain pdfmake in a fresh process, while parsing each font once", async () => {
    const targets = [documentUsing("first fish"), documentUsing("Отчёт ἑλληνικά office")];
    const expected = await renderInFreshProcess(targets);

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
