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
 * before collecting; a fixed factor of 2.5 keeps the peak some 50 MB lower for about 3 % more time
 * (bench/, 200 briefs).
 */
const HEAP_GROWING_PERCENT = 150;

let compilerTuned = false;
let heapBounded = false;

/** Functions created after this call get the larger budget: call it before loading the renderer. */
export function tuneCompilerForRendering(): void {
  if (compilerTuned) return;
  compilerTuned = true;
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}

/** Bounds heap growth, for runs long enough to reach a steady state. */
export function boundHeapForLongRun(): void {
  if (heapBounded) return;
  heapBounded = true;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
