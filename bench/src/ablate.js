// `pnpm bench --ablate`: what each of @tip/pdf-engine's patches gains, timed by switching it off
// (TIP_PDF_ENGINE_PATCHES=-name) at N briefs (default 200) and on the shipped 2017 edition, against
// all patches on and all off. `pnpm bench --versus ROOT` times this checkout against another one
// (ROOT: a built checkout of the repository) the same way: an A/B of two builds.
// Rounds interleave the variants, so that a slow moment of the machine falls on all of them.
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { writeFixture } from "./fixture.js";
import { measure, summarize } from "./measure.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const cliOf = (checkout) => join(checkout, "apps/report-gen/bin/report-gen.js");
const log = (line) => process.stderr.write(`${line}\n`);
const VARIABLE = "TIP_PDF_ENGINE_PATCHES";

/** The variants to time: all patches, each left out, none; or this checkout and another. */
async function variants(versus) {
  if (versus !== undefined) {
    return [
      { label: "this checkout", cli: cliOf(root), env: {} },
      { label: `versus ${versus}`, cli: cliOf(resolve(versus)), env: {} },
    ];
  }
  const { PATCHES } = await import("@tip/pdf-engine");
  return [
    { label: "all patches", cli: cliOf(root), env: { [VARIABLE]: "on" } },
    ...PATCHES.map((patch) => ({
      label: `without ${patch.name}`,
      patch: patch.name,
      cli: cliOf(root),
      env: { [VARIABLE]: `-${patch.name}` },
    })),
    { label: "no patches", cli: cliOf(root), env: { [VARIABLE]: "off" } },
  ];
}

/** Wall time of a cold process; or, with `cpu`, its user and system CPU time (GNU time), which a busy machine skews far less. */
async function timed(label, args, env, cpu, work) {
  const file = join(work, "cpu.txt");
  const [command, all] = cpu
    ? ["/usr/bin/time", ["-f", "%U %S", "-o", file, process.execPath, ...args]]
    : [process.execPath, args];
  const r = await measure(command, all, { env: { ...process.env, ...env } });
  if (r.code !== 0) throw new Error(`${label} failed (exit ${r.code}):\n${r.stderr || r.stdout}`);
  if (!cpu) return r.ms;
  const [user, system] = (await readFile(file, "utf8")).trim().split("\n").pop().split(" ").map(Number);
  return (user + system) * 1000;
}

/** Runs the ablation (or the A/B) and prints a table; returns the results. */
export async function ablate({ n = 200, runs = 5, versus, out, cpu = false, threads }) {
  const work = await mkdtemp(join(tmpdir(), "tip-ablate-"));
  try {
    const fixture = join(work, "edition");
    await writeFixture(fixture, n);
    const list = await variants(versus);
    const times = list.map(() => ({ briefs: [], edition: [] }));
    for (let round = 0; round < runs; round++) {
      log(`round ${round + 1} of ${runs}`);
      // A different order each round: no variant always runs first, or right after the same one.
      const order = list.map((_, i) => (i + round) % list.length);
      for (const i of order) {
        const { label, cli, env } = list[i];
        const target = join(work, `out-${i}`);
        await mkdir(target, { recursive: true });
        const more = threads === undefined ? [] : ["--threads", String(threads)];
        times[i].briefs.push(
          await timed(
            `${label}, N = ${n}`,
            [cli, "generate", "--data", fixture, "--only", "briefs", "--force", "--quiet", "--out", target, ...more],
            env,
            cpu,
            work,
          ),
        );
        times[i].edition.push(
          await timed(
            `${label}, 2017`,
            [cli, "generate", "--edition", "2017", "--force", "--quiet", "--out", target, ...more],
            env,
            cpu,
            work,
          ),
        );
        await rm(target, { recursive: true, force: true });
      }
    }
    const base = { briefs: summarize(times[0].briefs).median, edition: summarize(times[0].edition).median };
    const results = list.map((variant, i) => {
      const briefs = summarize(times[i].briefs);
      const edition = summarize(times[i].edition);
      return {
        label: variant.label,
        patch: variant.patch,
        briefsMs: briefs,
        editionMs: edition,
        // What the first variant (all patches; this checkout) saves against this one, in per cent of this one's time.
        briefsGain: (briefs.median - base.briefs) / briefs.median,
        editionGain: (edition.median - base.edition) / edition.median,
      };
    });
    const f = (s) => `${s.median.toFixed(0)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
    const pct = (x) => `${x >= 0 ? "+" : ""}${(x * 100).toFixed(1)} %`;
    const what = cpu ? "CPU time (user + system)" : "wall time";
    console.log(
      `\nMedian (min–max) ms of ${what} of ${runs} interleaved runs, whole cold process${threads ? `, --threads ${threads}` : ""}; gain: time the ${versus ? "first" : "all-patches"} run saves against the row's.`,
    );
    console.log(`| variant | ${n} briefs, ms | gain | 2017 edition, ms | gain |`);
    console.log("| --- | --- | --- | --- | --- |");
    for (const r of results)
      console.log(
        `| ${r.label} | ${f(r.briefsMs)} | ${pct(r.briefsGain)} | ${f(r.editionMs)} | ${pct(r.editionGain)} |`,
      );
    const load = Number((await readFile("/proc/loadavg", "utf8")).split(" ")[0]);
    const report = {
      started: new Date().toISOString(),
      n,
      runs,
      measured: cpu ? "cpu" : "wall",
      threads: threads ?? null,
      versus: versus ?? null,
      loadavg1AtEnd: load,
      results,
    };
    if (out) {
      await mkdir(join(out, ".."), { recursive: true });
      await writeFile(out, `${JSON.stringify(report, null, 2)}\n`);
      console.log(`\nWritten: ${out}`);
    }
    return report;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
