// `pnpm bench --ablate`: what each of @tip/pdf-engine's patches gains, timed by switching it off
// (TIP_PDF_ENGINE_PATCHES=-name) at N briefs (default 200) and on the shipped 2017 edition, against
// all patches on (speed patches only: those for correctness stay). `pnpm bench --versus ROOT` times this checkout against another one
// (ROOT: a built checkout of the repository) the same way, with `report-gen --help`: an A/B of two builds.
// `pnpm bench --tagging` times tagged against untagged PDFs at N briefs (through generateEdition).
// Rounds interleave the variants, so that a slow moment of the machine falls on all of them.
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { writeFixture } from "./fixture.js";
import { measure, summarize } from "./measure.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const cliOf = (checkout) => join(checkout, "apps/report-gen/bin/report-gen.js");
const log = (line) => process.stderr.write(`${line}\n`);
const VARIABLE = "TIP_PDF_ENGINE_PATCHES";

/**
 * The variants to time: all patches, and each speed patch left out; this checkout and another; or
 * tagged and untagged. (All patches off, TIP_PDF_ENGINE_PATCHES=off, also leaves out tagging: not like with like.)
 */
async function variants(versus, tagging, only) {
  if (tagging) {
    // Through generateEdition (the CLI has no switch for untagged PDFs): as published, and without tagging.
    const api = fileURLToPath(new URL("./sides/ours-api.js", import.meta.url));
    return [
      { label: "tagged (as published)", api, env: {} },
      { label: "untagged", api, env: {}, untagged: true },
    ];
  }
  if (versus !== undefined) {
    return [
      { label: "this checkout", cli: cliOf(root), env: {} },
      { label: `versus ${versus}`, cli: cliOf(resolve(versus)), env: {} },
    ];
  }
  const { PATCHES } = await import("@tip/pdf-engine");
  return [
    { label: "all patches", cli: cliOf(root), env: { [VARIABLE]: "on" } },
    // Patches that exist for correctness (tagging, composition rules, …) stay whatever they cost.
    ...PATCHES.filter((patch) => patch.kind === "speed" && (only === undefined || only.includes(patch.name))).map(
      (patch) => ({
        label: `without ${patch.name}`,
        patch: patch.name,
        cli: cliOf(root),
        env: { [VARIABLE]: `-${patch.name}` },
      }),
    ),
  ];
}

/** The machine's one-minute load average now. */
async function loadNow() {
  return Number((await readFile("/proc/loadavg", "utf8")).split(" ")[0]);
}

/**
 * Wall time of a cold process; or, with `cpu`, its user and system CPU time (GNU time), which a busy
 * machine skews far less; or, with `instructions`, the millions of instructions it executes, all its
 * threads together (valgrind's callgrind, some 50 times slower): a count another process on the machine
 * cannot change, the same to about 1 % from run to run (V8's compiler and garbage collector decide some
 * work by time).
 */
async function timed(label, args, env, { cpu, instructions }, work) {
  const file = join(work, "cpu.txt");
  const [command, all] = instructions
    ? [
        "valgrind",
        ["--tool=callgrind", `--callgrind-out-file=${join(work, "callgrind.out")}`, process.execPath, ...args],
      ]
    : cpu
      ? ["/usr/bin/time", ["-f", "%U %S", "-o", file, process.execPath, ...args]]
      : [process.execPath, args];
  const r = await measure(command, all, { env: { ...process.env, ...env } });
  if (r.code !== 0) throw new Error(`${label} failed (exit ${r.code}):\n${r.stderr || r.stdout}`);
  if (instructions) {
    const refs = /I\s+refs:\s+([\d,]+)/.exec(r.stderr);
    if (!refs) throw new Error(`${label}: valgrind printed no instruction count:\n${r.stderr}`);
    return Number(refs[1].replaceAll(",", "")) / 1e6;
  }
  if (!cpu) return r.ms;
  const [user, system] = (await readFile(file, "utf8")).trim().split("\n").pop().split(" ").map(Number);
  return (user + system) * 1000;
}

/** `report-gen --help` is short: timed this many times in each round of an A/B. */
const HELP_PER_ROUND = 5;

/**
 * Runs the ablation (or the A/B, or tagged against untagged) and prints a table; returns the results.
 * Every timed run records the machine's load average as it started (loadavg1), so a number always
 * comes with the load it was measured under.
 */
export async function ablate({
  n = 200,
  runs = 5,
  versus,
  tagging = false,
  patches,
  out,
  cpu = false,
  instructions = false,
  threads,
}) {
  const started = new Date().toISOString();
  const work = await mkdtemp(join(tmpdir(), "tip-ablate-"));
  try {
    const fixture = join(work, "edition");
    // An A/B gives both builds the same input, one that both read: the other checkout's benchmark
    // edition and its shipped 2017 edition (an older build may not know fields added since).
    const other = versus === undefined ? undefined : resolve(versus);
    const write =
      other === undefined
        ? writeFixture
        : (await import(pathToFileURL(join(other, "bench/src/fixture.js")).href)).writeFixture;
    await write(fixture, n);
    const edition2017 =
      other === undefined ? ["--edition", "2017"] : ["--data", join(other, "packages/data/editions/2017")];
    const list = await variants(versus, tagging, patches);
    const times = list.map(() => ({ briefs: [], edition: [], help: [] }));
    const loads = [];
    const run = async (label, args, env) => {
      loads.push(await loadNow());
      return timed(label, args, env, { cpu, instructions }, work);
    };
    for (let round = 0; round < runs; round++) {
      log(`round ${round + 1} of ${runs}, load ${(await loadNow()).toFixed(2)}`);
      // A different order each round: no variant always runs first, or right after the same one.
      const order = list.map((_, i) => (i + round) % list.length);
      for (const i of order) {
        const { label, cli, api, untagged, env } = list[i];
        const target = join(work, `out-${i}`);
        await mkdir(target, { recursive: true });
        if (api !== undefined) {
          const args = [api, fixture, String(n), target, ...(threads === undefined ? [] : [String(threads)])];
          times[i].briefs.push(await run(`${label}, N = ${n}`, [...args, ...(untagged ? ["--untagged"] : [])], env));
          await rm(target, { recursive: true, force: true });
          continue;
        }
        const more = threads === undefined ? [] : ["--threads", String(threads)];
        times[i].briefs.push(
          await run(
            `${label}, N = ${n}`,
            [cli, "generate", "--data", fixture, "--only", "briefs", "--force", "--quiet", "--out", target, ...more],
            env,
          ),
        );
        times[i].edition.push(
          await run(
            `${label}, 2017`,
            [cli, "generate", ...edition2017, "--force", "--quiet", "--out", target, ...more],
            env,
          ),
        );
        if (versus !== undefined)
          for (let k = 0; k < HELP_PER_ROUND; k++)
            times[i].help.push(await run(`${label}, --help`, [cli, "--help"], env));
        await rm(target, { recursive: true, force: true });
      }
    }
    const median = (values) => (values.length === 0 ? Number.NaN : summarize(values).median);
    const base = { briefs: median(times[0].briefs), edition: median(times[0].edition), help: median(times[0].help) };
    const kinds = ["briefs", "edition", "help"].filter((kind) => times[0][kind].length > 0);
    const results = list.map((variant, i) => {
      const result = { label: variant.label, patch: variant.patch };
      for (const kind of kinds) {
        const s = summarize(times[i][kind]);
        result[`${kind}Ms`] = s;
        // What the first variant (all patches; this checkout; tagged) saves against this one, in per cent of this one's time.
        result[`${kind}Gain`] = (s.median - base[kind]) / s.median;
      }
      return result;
    });
    const load = summarize(loads);
    const f = (s) => `${s.median.toFixed(0)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
    const pct = (x) => `${x >= 0 ? "+" : ""}${(x * 100).toFixed(1)} %`;
    const what = instructions ? "instructions (valgrind)" : cpu ? "CPU time (user + system)" : "wall time";
    const unit = instructions ? "M instructions" : "ms";
    const first = tagging ? "tagged" : versus ? "first" : "all-patches";
    console.log(
      `\nMedian (min–max) ${unit} of ${what} of ${runs} interleaved rounds, whole cold process${threads ? `, --threads ${threads}` : ""}` +
        `${kinds.includes("help") ? `, --help ${HELP_PER_ROUND} times a round` : ""}; gain: ${instructions ? "instructions" : "time"} the ${first} run saves against the row's.`,
    );
    console.log(
      `Load average (1 min) as each run started: median ${load.median.toFixed(2)}, ${load.min.toFixed(2)}–${load.max.toFixed(2)}, on ${cpus().length} cores; ${started}.`,
    );
    const heads = { briefs: `${n} briefs, ${unit}`, edition: `2017 edition, ${unit}`, help: `--help, ${unit}` };
    console.log(`| variant | ${kinds.map((kind) => `${heads[kind]} | gain`).join(" | ")} |`);
    console.log(`| --- | ${kinds.map(() => "--- | ---").join(" | ")} |`);
    for (const r of results)
      console.log(
        `| ${r.label} | ${kinds.map((kind) => `${f(r[`${kind}Ms`])} | ${pct(r[`${kind}Gain`])}`).join(" | ")} |`,
      );
    const report = {
      started,
      n,
      runs,
      measured: instructions ? "instructions" : cpu ? "cpu" : "wall",
      threads: threads ?? null,
      versus: versus ?? null,
      tagging,
      machine: { cpu: cpus()[0]?.model ?? "unknown", cores: cpus().length, node: process.version },
      loadavg1: load,
      results,
      times: list.map((variant, i) => ({ label: variant.label, ...times[i] })),
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
