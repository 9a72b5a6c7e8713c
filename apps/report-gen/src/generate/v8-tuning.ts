/**
 * V8 settings for a process that renders many documents. Both flags are process-wide (worker
 * threads included), so they are set once, by the process that owns the run: the CLI before it
 * loads anything, `generateEdition` when it starts.
 */
import { setFlagsFromString } from "node:v8";

/**
 * How much a function may run before V8 considers optimizing it (V8's default is 132 KB of
 * "budget"). Rendering runs through thousands of library functions (pdfmake, pdfkit, fontkit);
 * with the default, V8 compiled some 440 of them with TurboFan in a 100-brief run, spending
 * 1.4 s of background CPU, 40 % of the run, and taking a core from a second render thread. With
 * 600 000, fewer and better-informed compilations: 0.45 s of background CPU and 10 % less wall
 * time on one thread (bench/, 100 and 200 briefs, Node 20).
 */
const INTERRUPT_BUDGET = 600_000;

/**
 * V8 lets a heap that allocates as fast as rendering does grow to about four times its live data
 * before collecting, and gives each thread a young generation of 48 MB. With a render thread per
 * core that came to 320–345 MB at 2,000 briefs. Old generations bounded to 1.7 times their live
 * data, and the workers' young generations to 8 MB (the main thread's is fixed when Node starts),
 * keep it near 240 MB at 2,000 briefs and 215 MB at 200, for no time we could tell apart from the
 * machine's noise at 200 briefs and a few per cent at 2,000 (bench/, 2 cores, Node 20).
 */
const HEAP_GROWING_PERCENT = 70;

/**
 * Runs of this many documents or more bound their heaps tighter still: over thousands of briefs the
 * heaps and the allocator keep growing toward their working size (235 MB and still rising at 5,000
 * briefs), and 40 % growth held 2,000 briefs to about 205 MB, 1.13–1.17 times the peak of 200, instead
 * of 221 MB, for a few per cent more time. Shorter runs end before their heaps grow, and would pay the
 * time for nothing (4 % at 200 briefs).
 */
const VERY_LONG_RUN = 1000;
const VERY_LONG_RUN_HEAP_GROWING_PERCENT = 40;

/** The young generation of each worker thread, in MB (`resourceLimits.maxYoungGenerationSizeMb`). */
export const WORKER_YOUNG_GENERATION_MB = 8;

let compilerTuned = false;
let heapBounded = false;

/** Functions created after this call get the larger budget: call it before loading the renderer. */
export function tuneCompilerForRendering(): void {
  if (compilerTuned) return;
  compilerTuned = true;
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}

/** Bounds heap growth for a run of `documents`, long enough to reach a steady state; once per process. */
export function boundHeapForLongRun(documents: number): void {
  if (heapBounded) return;
  heapBounded = true;
  setFlagsFromString(`--heap-growing-percent=${documents >= VERY_LONG_RUN ? VERY_LONG_RUN_HEAP_GROWING_PERCENT : HEAP_GROWING_PERCENT}`);
}
