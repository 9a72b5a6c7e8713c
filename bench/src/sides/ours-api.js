// Side 1 beyond ISO 3166-1: an edition larger than the 249 real codes cannot be valid (known-country),
// so the CLI refuses it. This process loads and validates the fixture, grows it in memory with
// made-up codes (expandEdition) and hands it to report-gen's generateEdition: everything `generate`
// does after validation (plan, fingerprints, staging, worker pool, manifest), in a cold process.
// Usage: node ours-api.js FIXTURE_DIR N OUT_DIR [THREADS] [--untagged]
// --untagged: PDFs without tagging, to measure what tagging costs (like with like).
// A process entry, like report-gen's bin script: it sets report-gen's V8 flags itself, and bounds the
// heap tighter for thousands of briefs (40 % growth held 2,000 briefs near 205 MB instead of 221 MB).
import { setFlagsFromString } from "node:v8";
import { loadEdition } from "@tip/data/load";
import { expandEdition } from "../fixture.js";

const untagged = process.argv.includes("--untagged");
const [dir, n, out, threads] = process.argv.slice(2).filter((arg) => arg !== "--untagged");
setFlagsFromString("--interrupt-budget=600000");
setFlagsFromString(`--heap-growing-percent=${Number(n) >= 1000 ? 40 : 70}`);
const { generateEdition } = await import(
  new URL("../../../apps/report-gen/dist/generate/generate.js", import.meta.url).href
);
const loaded = await loadEdition(dir);
if (!loaded.ok) throw new Error(`${dir} does not validate`);
const result = await generateEdition(expandEdition(loaded.edition, Number(n)), {
  editionDir: dir,
  outDir: out,
  only: "brief",
  force: true,
  threads: threads === undefined ? undefined : Number(threads),
  ...(untagged ? { tagged: false } : {}),
});
process.stdout.write(`${JSON.stringify({ side: "ours-api", briefs: result.rendered.length })}\n`);
