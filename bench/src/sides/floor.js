// Side 3, the floor: raw pdfkit writing each brief's text at fixed positions, with no layout, no
// templates, no tables or chart shapes, fonts parsed once per process. One thread.
// With --with-caches it also shapes each word once per process and writes font subsets directly,
// as report-gen does (@tip/pdf-engine's layout-cache.ts and font-subset.ts): the floor of report-gen's pdfkit.
// Usage: node floor.js BLOCKS_JSONL OUT_DIR [--with-caches]
import { createReadStream, createWriteStream, readFileSync } from "node:fs";
import { rename } from "node:fs/promises";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { createInterface } from "node:readline";
import { pipeline } from "node:stream/promises";
import PDFDocument from "pdfkit";
import { fontFiles } from "../page-style.js";

const [blocksFile, outDir, withCaches] = process.argv.slice(2);
const t0 = performance.now();

// The font cache report-gen uses: pdfkit would otherwise parse every font again for every document.
const render = new URL("../../../packages/pdf-engine/dist/", import.meta.url);
const { installFontCache, fontCacheStats } = await import(new URL("font-cache.js", render).href);
const { memoiseLayout, setLayoutCacheEnabled } = await import(new URL("layout-cache.js", render).href);
const { fastSubsets, setFontSubsetCacheEnabled } = await import(new URL("font-subset.js", render).href);
installFontCache(fontFiles.regular, [memoiseLayout, fastSubsets]);
// Raw pdfkit: fonts parsed once, nothing else of report-gen's.
setLayoutCacheEnabled(withCaches === "--with-caches");
setFontSubsetCacheEnabled(withCaches === "--with-caches");
const fonts = Object.entries(fontFiles).map(([name, file]) => [name, readFileSync(file)]);

const [left, top, right, bottom] = [54, 66, 54, 62];
const LETTER = { width: 612, height: 792 };
const creationDate = new Date("2017-06-27T00:00:00Z");

/** Lines of at most as many characters as fit the measure at an average glyph width: no measuring. */
function lines(text, size) {
  const max = Math.floor((LETTER.width - left - right) / (size * 0.5));
  const out = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > max) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

async function writeBrief({ code, title, blocks }) {
  // No default font (pdfkit would load Helvetica's metrics for every document), as pdfmake does.
  const doc = new PDFDocument({
    size: "LETTER",
    margin: 0,
    font: null,
    info: { Title: title, CreationDate: creationDate, ModDate: creationDate },
  });
  for (const [name, data] of fonts) doc.registerFont(name, data);
  const temporary = join(outDir, `.${code}.pdf.tmp`);
  const written = pipeline(doc, createWriteStream(temporary));
  let y = top;
  for (const { text, face, size } of blocks) {
    doc.font(face).fontSize(size);
    for (const line of lines(text, size)) {
      if (y + size > LETTER.height - bottom) {
        doc.addPage();
        y = top;
      }
      doc.text(line, left, y, { lineBreak: false });
      y += size * 1.25;
    }
  }
  doc.end();
  await written;
  await rename(temporary, join(outDir, `${code}.pdf`));
}

let briefs = 0;
const r0 = performance.now();
for await (const line of createInterface({ input: createReadStream(blocksFile) })) {
  if (!line) continue;
  await writeBrief(JSON.parse(line));
  briefs++;
}
const renderMs = performance.now() - r0;
const stats = fontCacheStats();
process.stdout.write(
  `${JSON.stringify({ side: withCaches ? "floor with caches" : "floor", briefs, startupMs: r0 - t0, renderMs, fontsParsed: stats.misses })}\n`,
);
