import { availableParallelism } from "node:os";
import { setFlagsFromString } from "node:v8";
import Tinypool from "tinypool";
import type { RenderOutcome, RenderRequest } from "./render-job.js";

/** Below this many documents, starting threads costs more than it saves. */
export const POOL_THRESHOLD = 8;

/** Documents handed to a worker ahead of time, so that it never waits for this thread to send the next. */
const AHEAD_PER_WORKER = 2;

/**
 * V8 lets a heap that allocates as fast as rendering does grow to about four times its live data
 * before collecting; a fixed factor of 2.5 keeps the peak some 50 MB lower for about 3 % more time
 * (bench/, 200 briefs). The flag is process-wide: it is set once, when a long run starts.
 */
const HEAP_GROWING_PERCENT = 150;
const LONG_RUN = 50;
let heapBounded = false;

/**
 * Render threads by default: one per core but one. V8 already keeps a second core busy with its
 * concurrent garbage collection and compilation; on the 2-core benchmark machine a second render
 * thread gained 0–20 % for twice the memory, so there one thread (this one) renders.
 */
export function defaultThreads(): number {
  return Math.max(1, availableParallelism() - 1);
}

export interface RenderAllOptions {
  /** Render threads; 1 renders in this thread. Defaults to `defaultThreads()`. */
  readonly threads?: number | undefined;
  readonly onDone?: ((outcome: RenderOutcome, done: number) => void) | undefined;
}

/**
 * Renders `count` requests, taken from `requests` only when a thread is ready for one, so they are
 * built lazily and never all held at once. With more than one thread and enough documents they go
 * to a pool of worker threads (this thread only hands them out); output is identical either way.
 */
export async function renderAll(requests: Iterable<RenderRequest>, count: number, options: RenderAllOptions = {}): Promise<RenderOutcome[]> {
  const threads = Math.max(1, Math.min(options.threads ?? defaultThreads(), count));
  const outcomes: RenderOutcome[] = [];
  const iterator = requests[Symbol.iterator]();
  const next = (): RenderRequest | undefined => {
    const step = iterator.next();
    return step.done ? undefined : step.value;
  };
  const report = (outcome: RenderOutcome) => {
    outcomes.push(outcome);
    options.onDone?.(outcome, outcomes.length);
  };
  if (count >= LONG_RUN && !heapBounded) {
    setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    heapBounded = true;
  }

  if (threads === 1 || count < POOL_THRESHOLD) {
    const { renderJob } = await import("./render-job.js");
    for (let request = next(); request !== undefined; request = next()) report(await renderJob(request));
    return outcomes;
  }

  const pool = new Tinypool({
    filename: new URL("./render-worker.js", import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    concurrentTasksPerWorker: AHEAD_PER_WORKER,
  });
  // Each lane keeps one document in flight; a worker renders its own one at a time (render-worker.ts).
  const lane = async () => {
    for (let request = next(); request !== undefined; request = next()) report((await pool.run(request)) as RenderOutcome);
  };
  try {
    await Promise.all(Array.from({ length: threads * AHEAD_PER_WORKER }, lane));
  } finally {
    await pool.destroy();
  }
  return outcomes;
}
