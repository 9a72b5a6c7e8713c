// What the long-word breaking and the layout check (issue 13) cost on ordinary documents: the 2017
// appendix and three briefs rendered with both on and both off, interleaved so that both sides
// share the machine's load. Needs the compiled app: `pnpm --filter @tip/report-gen... build`,
// then `node bench/hostile-input-overhead.js [rounds, default 5]`.
import { performance } from "node:perf_hooks";
import { loadEdition } from "@tip/data/load";
import { renderPdfToBuffer, setLayoutCheckEnabled, setLongWordsEnabled } from "@tip/pdf-engine";
import { planDocuments, sharedTemplatesDir } from "../dist/documents/jobs.js";
import { jobDocument } from "../dist/generate/render-job.js";
import { shippedEditionsDir } from "../dist/cli/editions.js";

const rounds = Number(process.argv[2] ?? 5);
const loaded = await loadEdition(`${shippedEditionsDir()}/2017`);
if (!loaded.ok) throw new Error("the 2017 edition does not load");
const jobs = planDocuments(loaded.edition, { templateDirs: [sharedTemplatesDir], creationDate: new Date(0) }).slice(
  0,
  4,
);
const definitions = jobs.map((job) => {
  const built = jobDocument(job);
  if ("errors" in built) throw new Error(JSON.stringify(built.errors));
  return built.docDefinition;
});
const times = { on: [], off: [] };
const bytesEqual = [];
for (const definition of definitions) await renderPdfToBuffer(definition); // warm: fonts, shaping
for (let round = 0; round < rounds; round++) {
  for (const side of round % 2 === 0 ? ["on", "off"] : ["off", "on"]) {
    setLongWordsEnabled(side === "on");
    setLayoutCheckEnabled(side === "on");
    const start = performance.now();
    const pdfs = [];
    for (const definition of definitions) pdfs.push(await renderPdfToBuffer(definition));
    times[side].push(performance.now() - start);
    if (round === 0) bytesEqual.push(pdfs.map((pdf) => pdf.toString("base64")));
  }
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(
  `4 documents (appendix + 3 briefs), ${rounds} rounds: on ${median(times.on).toFixed(0)} ms, off ${median(times.off).toFixed(0)} ms (medians)`,
);
console.log(`same bytes on and off: ${bytesEqual[0].every((pdf, i) => pdf === bytesEqual[1][i])}`);
