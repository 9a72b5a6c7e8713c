// Issue 13, case 6: the cost of laying out one long word, with pdfmake's word breaking and with ours
// (@tip/pdf-engine's long-words.ts). One paragraph of N letters without a space, in a fresh process per
// measurement (peak memory is the process's): milliseconds and MB of peak resident memory.
// Needs the compiled app: `pnpm --filter @tip/report-gen build`, then
// `node bench/long-word.js [lengths, default 1250,2500,5000,10000,20000] [--pdfmake]`.
import { execFileSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const [, , arg, _flag] = process.argv;
if (process.env.LONG_WORD_CHILD) {
  const { renderPdfToBuffer, setLongWordsEnabled } = await import("@tip/pdf-engine");
  const { buildDocument } = await import("../dist/documents/document.js");
  setLongWordsEnabled(process.env.LONG_WORD_CHILD === "ours");
  const length = Number(arg);
  const word = Array.from({ length }, (_, i) => "abcdefghijklmnopqrstuvwxyz"[i % 26]).join("");
  const built = buildDocument({
    markup: `<h1>Closing note</h1><p>${word}</p>`,
    markupFile: "bench.hbs",
    title: "bench",
    language: "en-US",
    creationDate: new Date(0),
  });
  if ("errors" in built) throw new Error(JSON.stringify(built.errors));
  // Fonts are parsed by the first document: a short one first, so only the word is timed.
  const warm = buildDocument({
    markup: "<p>warm</p>",
    markupFile: "bench.hbs",
    title: "warm",
    language: "en-US",
    creationDate: new Date(0),
  });
  if ("docDefinition" in warm) await renderPdfToBuffer(warm.docDefinition);
  const start = performance.now();
  const pdf = await renderPdfToBuffer(built.docDefinition);
  const ms = performance.now() - start;
  process.stdout.write(JSON.stringify({ ms, rssMB: process.resourceUsage().maxRSS / 1024, bytes: pdf.length }));
} else {
  const lengths = (arg && !arg.startsWith("--") ? arg : "1250,2500,5000,10000,20000").split(",").map(Number);
  const sides = process.argv.includes("--pdfmake") ? ["pdfmake", "ours"] : ["ours"];
  const self = fileURLToPath(import.meta.url);
  console.log(["letters", ...sides.flatMap((s) => [`${s} ms`, `${s} peak MB`])].join("\t"));
  for (const length of lengths) {
    const row = [String(length)];
    for (const side of sides) {
      const out = execFileSync(process.execPath, [self, String(length)], {
        env: { ...process.env, LONG_WORD_CHILD: side },
        encoding: "utf8",
        timeout: 600_000,
      });
      const { ms, rssMB } = JSON.parse(out);
      row.push(ms.toFixed(0), rssMB.toFixed(0));
    }
    console.log(row.join("\t"));
  }
}
