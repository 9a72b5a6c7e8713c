// `pnpm bench`: report-gen against warm headless Chromium and raw pdfkit, each side in its own
// processes, several runs each (median and range), on benchmark editions of N countries generated
// into a temporary folder. Writes bench/results/latest.json. Asserts nothing about time.
//
// Options: --sizes 20,200,2000   --runs R (default 5, 3 above 249 countries)   --keep (keep the temp folder)
// --ablate: each patch of @tip/pdf-engine switched off in turn, at N = 200 and on the 2017 edition (src/ablate.js)
// --versus ROOT: this checkout against another built one, the same way (an interleaved A/B)
// --ablate --patches a,b: only those patches left out in turn
// --tagging: tagged against untagged PDFs at N = 200 (through generateEdition), the same way
// with any of them: --cpu (user + system CPU time instead of wall time: steadier on a busy machine),
//   --instructions (instructions counted by valgrind instead: the same whatever else runs; ~50× slower), --threads N
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { briefContents } from "./briefs.js";
import { expandEdition, isoCountries, writeFixture } from "./fixture.js";
import { measure, summarize } from "./measure.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const here = fileURLToPath(new URL("./", import.meta.url));
const cli = join(root, "apps/report-gen/bin/report-gen.js");
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "20,200,2000" },
    runs: { type: "string" },
    keep: { type: "boolean", default: false },
    out: { type: "string" },
    ablate: { type: "boolean", default: false },
    versus: { type: "string" },
    tagging: { type: "boolean", default: false },
    patches: { type: "string" },
    cpu: { type: "boolean", default: false },
    instructions: { type: "boolean", default: false },
    threads: { type: "string" },
  },
});
const sizes = values.sizes.split(",").map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 1))
  throw new Error(`--sizes takes whole numbers, got "${values.sizes}"`);
const runsFor = (n) => Number(values.runs ?? (n > isoCountries().length ? 3 : 5));

if (!existsSync(join(root, "apps/report-gen/dist/cli/main.js"))) {
  throw new Error("apps/report-gen is not built: run `pnpm --filter @tip/report-gen build` (pnpm bench does)");
}
if (values.ablate || values.versus !== undefined || values.tagging) {
  const { ablate } = await import("./ablate.js");
  const n = process.argv.includes("--sizes") ? sizes[0] : 200;
  const name = values.tagging ? "tagging" : values.versus === undefined ? "ablation" : "versus";
  const out = values.out ?? join(root, `bench/results/${name}.json`);
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  const runs = Number(values.runs ?? 5);
  const patches = values.patches?.split(",").map((name) => name.trim());
  if (values.instructions && spawnSync("valgrind", ["--version"]).status !== 0)
    throw new Error("--instructions counts with valgrind, which is not installed: apt-get install -y valgrind");
  await ablate({
    n,
    runs,
    versus: values.versus,
    tagging: values.tagging,
    patches,
    out,
    cpu: values.cpu,
    instructions: values.instructions,
    threads,
  });
  process.exit(0);
}
values.out ??= join(root, "bench/results/latest.json");
// report-gen's own rule for its default number of render threads.
const { defaultThreads } = await import(new URL("../../apps/report-gen/dist/generate/pool.js", import.meta.url).href);
const hasChromium = existsSync(chromiumPath);
if (!hasChromium)
  console.warn(`bench: no Chromium at ${chromiumPath} (set CHROMIUM_PATH): the Chromium side is skipped`);

const work = await mkdtemp(join(tmpdir(), "tip-bench-"));
const node = process.execPath;
const MB = 1024 * 1024;
const threads = availableParallelism();
const log = (line) => process.stderr.write(`${line}\n`);

/** Runs one command `runs` times; fails loudly when it fails (a crash is the one thing CI checks). */
async function repeat(label, runs, make) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const { command, args, before, after } = await make(i);
    if (before) await before();
    const r = await measure(command, args);
    if (r.code !== 0) throw new Error(`${label} failed (exit ${r.code}):\n${r.stderr || r.stdout}`);
    results.push(r);
    if (after) await after(r);
  }
  return results;
}

function stats(results, briefs, internal) {
  const ms = results.map((r) => (internal ? JSON.parse(r.stdout.trim().split("\n").pop())[internal] : r.ms));
  return {
    wallMs: summarize(results.map((r) => r.ms)),
    ...(internal ? { [internal]: summarize(ms) } : {}),
    msPerBrief: briefs ? summarize(ms.map((m) => m / briefs)) : undefined,
    peakRssMB: summarize(results.map((r) => r.peakTreeRss / MB)),
    rootPeakRssMB: summarize(results.map((r) => r.rootHwm / MB)),
    processes: Math.max(...results.map((r) => r.processes)),
  };
}

/** The fixture for N countries, and the briefs' HTML and text for the other two sides. */
async function prepare(n) {
  const dir = join(work, `n${n}`);
  const real = isoCountries().length;
  const { edition } = await writeFixture(join(dir, "edition"), Math.min(n, real));
  const full = expandEdition(edition, n);
  const briefsDir = join(dir, "briefs");
  await mkdir(briefsDir, { recursive: true });
  const index = [];
  const blocks = [];
  for (const brief of briefContents(full)) {
    await writeFile(join(briefsDir, `${brief.code}.html`), brief.html);
    blocks.push(JSON.stringify({ code: brief.code, title: brief.title, blocks: brief.blocks }));
    index.push({ code: brief.code, footer: brief.footer });
  }
  await writeFile(join(briefsDir, "index.json"), JSON.stringify(index));
  await writeFile(join(dir, "blocks.jsonl"), `${blocks.join("\n")}\n`);
  return { dir, editionDir: join(dir, "edition"), briefsDir, blocksFile: join(dir, "blocks.jsonl"), viaApi: n > real };
}

/** A fresh output folder per run, removed after it: every run writes every file. */
function freshOut(dir, name) {
  const out = join(dir, name);
  return {
    out,
    before: () => mkdir(out, { recursive: true }),
    after: () => rm(out, { recursive: true, force: true }),
  };
}

async function benchSize(n) {
  const runs = runsFor(n);
  log(`\nN = ${n}: preparing the fixture and the briefs for the other sides`);
  const p = await prepare(n);
  const sides = {
    ours: [],
    oursOneThread: [],
    oursApi: [],
    tagged: [],
    untagged: [],
    chromium1: [],
    chromium2: [],
    floor: [],
    floorCached: [],
  };
  const withApi = p.viaApi || sizes.some((s) => s > isoCountries().length);
  const load = { before: await loadNow() };
  /** One cold run of report-gen: the CLI while the edition can be valid, else generateEdition (sides/ours-api.js). */
  const ours = (label, threads, viaApi, untagged = false) => {
    const o = freshOut(p.dir, "out-ours");
    const args = viaApi
      ? [
          join(here, "sides/ours-api.js"),
          p.editionDir,
          String(n),
          o.out,
          ...(threads ? [String(threads)] : []),
          ...(untagged ? ["--untagged"] : []),
        ]
      : [
          cli,
          "generate",
          "--data",
          p.editionDir,
          "--only",
          "briefs",
          "--force",
          "--quiet",
          "--out",
          o.out,
          ...(threads ? ["--threads", String(threads)] : []),
        ];
    return repeat(label, 1, () => ({ command: node, args, ...o }));
  };
  // Rounds interleave the sides, so that a slow moment of the machine does not fall on one side only.
  for (let round = 0; round < runs; round++) {
    log(`N = ${n}: round ${round + 1} of ${runs}`);
    sides.ours.push(...(await ours("report-gen generate", undefined, p.viaApi)));
    sides.oursOneThread.push(...(await ours("report-gen generate --threads 1", 1, p.viaApi)));
    if (withApi && !p.viaApi) sides.oursApi.push(...(await ours("report-gen generateEdition", undefined, true)));
    // What tagging costs: the same run through generateEdition, tagged and untagged, one after the other.
    sides.tagged.push(...(await ours("report-gen generateEdition, tagged", undefined, true)));
    sides.untagged.push(...(await ours("report-gen generateEdition, untagged", undefined, true, true)));
    if (hasChromium) {
      for (const pages of [1, 2]) {
        const o = freshOut(p.dir, `out-chromium-${pages}`);
        sides[`chromium${pages}`].push(
          ...(await repeat(`Chromium, ${pages} page(s)`, 1, () => ({
            command: node,
            args: [join(here, "sides/chromium.js"), p.briefsDir, o.out, String(pages)],
            ...o,
          }))),
        );
      }
    }
    const o = freshOut(p.dir, "out-floor");
    sides.floor.push(
      ...(await repeat("raw pdfkit", 1, () => ({
        command: node,
        args: [join(here, "sides/floor.js"), p.blocksFile, o.out],
        ...o,
      }))),
    );
    sides.floorCached.push(
      ...(await repeat("pdfkit with report-gen's caches", 1, () => ({
        command: node,
        args: [join(here, "sides/floor.js"), p.blocksFile, o.out, "--with-caches"],
        ...o,
      }))),
    );
  }
  load.after = await loadNow();
  if (!values.keep) await rm(p.dir, { recursive: true, force: true });

  const how = p.viaApi
    ? "generateEdition on the fixture grown past the real ISO codes with made-up ones (sides/ours-api.js), cold process"
    : "report-gen generate --only briefs --force, cold process";
  const result = {
    n,
    runs,
    load,
    ours: { how, threads: renderThreads(n), ...stats(sides.ours, n) },
    oursOneThread: { how: `${how}, --threads 1 (the main thread only)`, threads: 1, ...stats(sides.oursOneThread, n) },
    oursApi: sides.oursApi.length
      ? {
          how: "generateEdition on the valid fixture, cold process (compares with N above the ISO codes)",
          threads: renderThreads(n),
          ...stats(sides.oursApi, n),
        }
      : null,
    chromium1: sides.chromium1.length
      ? { how: "warm Chromium, one page at a time", ...stats(sides.chromium1, n, "renderMs") }
      : null,
    chromium2: sides.chromium2.length
      ? { how: "warm Chromium, two pages in parallel", ...stats(sides.chromium2, n, "renderMs") }
      : null,
    floor: {
      how: "raw pdfkit, text at fixed positions, fonts parsed once, cold process, one thread",
      threads: 1,
      ...stats(sides.floor, n),
    },
    floorCached: {
      how: "the floor with report-gen's layout cache and font subset writer",
      threads: 1,
      ...stats(sides.floorCached, n),
    },
    tagged: {
      how: "generateEdition, tagged PDF/UA-1 and PDF/A-3a (as published), cold process",
      threads: renderThreads(n),
      ...stats(sides.tagged, n),
    },
    untagged: {
      how: "generateEdition, untagged (the comparison only), cold process, run right after the tagged one",
      threads: renderThreads(n),
      ...stats(sides.untagged, n),
    },
  };
  const us = result.ours;
  const perCore = (side) => (side.msPerBrief.median * side.threads) / result.floor.msPerBrief.median;
  result.ratios = {
    chromium2OverUs: result.chromium2 ? result.chromium2.msPerBrief.median / us.msPerBrief.median : null,
    chromium1OverUs: result.chromium1 ? result.chromium1.msPerBrief.median / us.msPerBrief.median : null,
    usOverFloor: us.msPerBrief.median / result.floor.msPerBrief.median,
    usPerRenderThreadOverFloor: perCore(us),
    usPerCoreOverFloor: (us.msPerBrief.median * threads) / result.floor.msPerBrief.median,
    usOneThreadOverFloor: perCore(result.oursOneThread),
    usOverCachedFloor: us.msPerBrief.median / result.floorCached.msPerBrief.median,
    taggedOverUntagged: result.tagged.msPerBrief.median / result.untagged.msPerBrief.median,
  };
  return result;
}

/** The shipped 2017 edition end to end, --help, and a no-op regeneration. */
async function benchEdition() {
  const runs = Number(values.runs ?? 5);
  const dir = join(work, "edition-2017");
  log("\nThe shipped 2017 edition, --help, and a no-op regeneration");
  const o = freshOut(dir, "out");
  const full = await repeat("2017 edition", runs, () => ({
    command: node,
    args: [cli, "generate", "--force", "--quiet", "--out", o.out],
    ...o,
  }));
  const help = await repeat("--help", Math.max(runs, 10), () => ({ command: node, args: [cli, "--help"] }));
  await mkdir(o.out, { recursive: true });
  await repeat("2017 edition, first run", 1, () => ({
    command: node,
    args: [cli, "generate", "--quiet", "--out", o.out],
  }));
  const noop = await repeat("no-op regeneration", runs, () => ({
    command: node,
    args: [cli, "generate", "--quiet", "--out", o.out],
  }));
  await rm(dir, { recursive: true, force: true });
  return { edition2017: stats(full), help: stats(help), noopRegeneration: stats(noop) };
}

/** report-gen's render threads for N briefs by default, by report-gen's own rule. */
function renderThreads(n) {
  return Math.min(defaultThreads(n), n);
}

/** The machine's load (1-minute average and CPU pressure): other work on it skews every side. */
async function loadNow() {
  const avg = Number((await readFile("/proc/loadavg", "utf8")).split(" ")[0]);
  const pressure = await readFile("/proc/pressure/cpu", "utf8").catch(() => "");
  return { loadavg1: avg, cpuPressureAvg10: Number(/avg10=([\d.]+)/.exec(pressure)?.[1] ?? NaN) };
}

const f = (x, d = 1) => (x === null || x === undefined ? "—" : x.toFixed(d));
const range = (s, d = 1) => (s ? `${f(s.median, d)} (${f(s.min, d)}–${f(s.max, d)})` : "—");

try {
  const started = new Date();
  const results = [];
  for (const n of sizes) results.push(await benchSize(n));
  const edition = await benchEdition();
  const machine = {
    cpu: cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
    availableParallelism: threads,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    memoryGB: Math.round(
      Number((await readFile("/proc/meminfo", "utf8")).match(/MemTotal:\s+(\d+)/)?.[1] ?? 0) / 1024 / 1024,
    ),
    chromium: hasChromium ? chromiumPath : null,
  };
  const notes = [
    "ms per brief: report-gen and the floor are timed as whole cold processes (start-up included); Chromium is timed warm, after launch and three warm-up pages per tab.",
    `Fixture: the shipped 2017 edition with a made-up convention table of N real ISO 3166-1 alpha-3 codes (at most ${isoCountries().length}); beyond that, rows with made-up codes are added in memory and report-gen runs through generateEdition, since such an edition cannot be valid.`,
    "Peak RSS: the largest sum of resident memory over each side's process tree, sampled every 20 ms (Chromium's processes share pages, so its sum overstates).",
    "usOneThreadOverFloor compares report-gen on one thread (--threads 1) with the floor's one thread: the cost per core; usPerCoreOverFloor multiplies report-gen's default time per brief by all cores; usOverFloor compares wall times.",
  ];
  const report = {
    started: started.toISOString(),
    seconds: (Date.now() - started.getTime()) / 1000,
    machine,
    notes,
    sizes: results,
    ...edition,
  };
  await mkdir(join(values.out, ".."), { recursive: true });
  await writeFile(values.out, `${JSON.stringify(report, null, 2)}\n`);

  console.log(`\nMachine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}. Median (min–max) of the runs.`);
  console.log(
    "ms per brief (report-gen: whole cold process; Chromium: warm, launch excluded; floor: whole cold process):",
  );
  console.log(
    "     N  runs  report-gen (default)   report-gen --threads 1  Chromium 1 page      Chromium 2 pages     floor (pdfkit)       floor + caches       Chromium-2/us  us/floor  us 1 thread/floor  load",
  );
  for (const r of results) {
    console.log(
      [
        String(r.n).padStart(6),
        String(r.runs).padStart(4),
        range(r.ours.msPerBrief).padEnd(21),
        range(r.oursOneThread.msPerBrief).padEnd(22),
        range(r.chromium1?.msPerBrief).padEnd(19),
        range(r.chromium2?.msPerBrief).padEnd(19),
        range(r.floor.msPerBrief).padEnd(19),
        range(r.floorCached.msPerBrief).padEnd(19),
        `${f(r.ratios.chromium2OverUs, 2)}×`.padStart(13),
        f(r.ratios.usOverFloor, 2).padStart(8),
        f(r.ratios.usOneThreadOverFloor, 2).padStart(17),
        `${f(r.load.before.loadavg1, 1)}→${f(r.load.after.loadavg1, 1)}`.padStart(9),
      ].join("  "),
    );
  }
  console.log("peak RSS, MB (sum over each side's process tree, sampled every 20 ms):");
  console.log("     N  report-gen (default)   report-gen --threads 1  Chromium 2 pages     floor");
  for (const r of results) {
    console.log(
      [
        String(r.n).padStart(6),
        range(r.ours.peakRssMB, 0).padEnd(21),
        range(r.oursOneThread.peakRssMB, 0).padEnd(22),
        range(r.chromium2?.peakRssMB, 0).padEnd(19),
        range(r.floor.peakRssMB, 0),
      ].join("  "),
    );
  }
  const api = results.filter((r) => r.oursApi || r.n > isoCountries().length);
  if (api.length) {
    console.log("report-gen through generateEdition, for sizes beyond the 249 real ISO codes (like with like):");
    for (const r of api) {
      const side = r.oursApi ?? r.ours;
      console.log(
        `${String(r.n).padStart(6)}  ${range(side.msPerBrief)} ms per brief, peak RSS ${range(side.peakRssMB, 0)} MB`,
      );
    }
  }
  console.log("what tagging costs (generateEdition, tagged and untagged runs interleaved):");
  for (const r of results) {
    console.log(
      `${String(r.n).padStart(6)}  tagged ${range(r.tagged.msPerBrief)} ms per brief, untagged ${range(r.untagged.msPerBrief)}: ${f((r.ratios.taggedOverUntagged - 1) * 100, 1)} %`,
    );
  }
  console.log(
    `2017 edition, briefs and appendix, cold: ${range(edition.edition2017.wallMs, 0)} ms, peak RSS ${range(edition.edition2017.peakRssMB, 0)} MB`,
  );
  console.log(`report-gen --help: ${range(edition.help.wallMs, 0)} ms`);
  console.log(`no-op regeneration of the 2017 edition: ${range(edition.noopRegeneration.wallMs, 0)} ms`);
  console.log(`\nWritten: ${values.out}`);
} finally {
  if (!values.keep) await rm(work, { recursive: true, force: true });
  else log(`kept: ${work}`);
}
