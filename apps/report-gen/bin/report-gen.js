#!/usr/bin/env node
// A tiny shim: all behaviour lives in the compiled CLI, bundled into one file (scripts/bundle.mjs).
// What changes the whole process happens here, where the process starts, before anything loads:
// no library of ours sets V8 flags or touches Node's module cache.
import { setFlagsFromString } from "node:v8";

// How much a function may run before V8 considers optimizing it (default: 132 KB of "budget").
// Rendering runs through thousands of library functions; with the default, V8 compiled some 440 of
// them with TurboFan in a 100-brief run, 1.4 s of background CPU (40 % of the run) taking a core from
// a second render thread. With 600 000: 0.45 s, and 10 % less wall time on one thread (bench/, Node 20).
setFlagsFromString("--interrupt-budget=600000");
// V8 lets a heap that allocates as fast as rendering grow to about four times its live data before
// collecting: with a render thread per core that came to 320–345 MB at 2,000 briefs. Old generations
// bounded to 1.7 times their live data (the workers' young generations to 8 MB: generate/pool.ts) keep
// it near 240 MB at 2,000 briefs and 215 MB at 200, for no time we could tell from noise at 200 briefs.
setFlagsFromString("--heap-growing-percent=70");

const args = process.argv.slice(2);
// `--help`, `help COMMAND` and `--version` render nothing: they skip the engine's set-up (some 45 ms).
const rendersNothing =
  args.length === 0 ||
  ["help", "--version", "-v"].includes(args[0]) ||
  args.some((arg) => arg === "--help" || arg === "-h");
if (!rendersNothing) {
  // A TIP_PDF_ENGINE_PATCHES that names no patch is the user's mistake: one line, exit 1.
  const { checkPatchSetting } = await import("@tip/pdf-engine/process-entry");
  try {
    checkPatchSetting();
  } catch (error) {
    if (error?.name !== "PatchSettingError") throw error;
    process.stderr.write(`report-gen: ${error.message}\n`);
    process.exit(1);
  }
}
const { main } = await import("../dist/bundle/cli.js");
process.exitCode = await main(args);
