import { availableParallelism } from "node:os";
import Tinypool from "tinypool";
import type { RenderOutcome, RenderRequest } from "./render-job.js";
import { maxThreads } from "./threads.js";

/**
 * Below this many documents, starting worker threads costs more than it saves: a worker loads
 * the renderer and warms up on its own (about 0.7 s of CPU); on the 2-core benchmark machine two
 * threads broke even at 40–60 briefs and won from 80 on (bench/, Node 20).
 */
export const POOL_THRESHOLD = 60;

/**
 * Documents handed to a worker ahead of time, so that it never waits for this thread, busy with
 * a document of its own, to send the next.
 */
const AHEAD_PER_WORKER = 3;

/**
 * Each worker thread's young generation, in MB (V8 gives each thread 48 MB): with the old
 * generations' growth bounded (bin/report-gen.js), 8 MB kept two render threads near 215 MB at
 * 200 briefs and 240 MB at 2,000 (bench/, 2 cores, Node 20).
 */
const WORKER_YOUNG_GENERATION_MB = 8;

/**
 * Render threads by default: one per core, this thread included, once there are enough documents
 * (`POOL_THRESHOLD`); fewer render in this thread alone. With two or more threads, this thread
 * renders alongside `threads - 1` worker threads rather than only handing out work: a thread that
 * only dispatches idles a core (on the 2-core benchmark machine, two workers and an idle main
 * thread gained 0–20 % over one thread, for twice the memory).
 */
export { maxThreads } from "./threads.js";

export function defaultThreads(count: number): number {
  return count < POOL_THRESHOLD ? 1 : Math.max(1, availableParallelism());
}

/**
 * Worker threads started ahead of the work: a worker spends its first few hundred milliseconds
 * loading the renderer, which can overlap this thread's loading and validating of the edition.
 */
export class RenderWorkers {
  readonly count: number;
  readonly #pool: Tinypool;
  #destroyed: Promise<void> | undefined;

  constructor(count: number) {
    this.count = count;
    // Tinypool starts `minThreads` workers at once, and each loads render-worker.js as it starts.
    this.#pool = new Tinypool({
      filename: new URL("./render-worker.js", import.meta.url).href,
      minThreads: count,
      maxThreads: count,
      concurrentTasksPerWorker: AHEAD_PER_WORKER,
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
  }

  run(request: RenderRequest): Promise<RenderOutcome> {
    return this.#pool.run(request) as Promise<RenderOutcome>;
  }

  /** Stops the workers; safe to call more than once. */
  destroy(): Promise<void> {
    return (this.#destroyed ??= this.#pool.destroy());
  }
}

export interface RenderAllOptions {
  /** Render threads, this one included; 1 renders in this thread only. Defaults to `defaultThreads(count)`. */
  readonly threads?: number | undefined;
  /** Workers already started (`RenderWorkers`): used instead of new ones when more than one thread renders, and stopped at the end either way. */
  readonly workers?: RenderWorkers | undefined;
  readonly onDone?: ((outcome: RenderOutcome, done: number) => void) | undefined;
}

/**
 * Renders `count` requests, taken from `requests` only when a thread is ready for one, so they are
 * built lazily and never all held at once. With more than one thread and enough documents they go
 * to a pool of worker threads, and this thread renders too; output is identical either way.
 */
export async function renderAll(
  requests: Iterable<RenderRequest>,
  count: number,
  options: RenderAllOptions = {},
): Promise<RenderOutcome[]> {
  // Threads asked for are threads given, however few the documents.
  const threads = Math.max(
    1,
    Math.min(
      options.threads ?? (options.workers ? options.workers.count + 1 : defaultThreads(count)),
      count,
      maxThreads(),
    ),
  );
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

  if (threads === 1) {
    await options.workers?.destroy();
    const { renderJob } = await import("./render-job.js");
    for (let request = next(); request !== undefined; request = next()) report(await renderJob(request));
    return outcomes;
  }

  const workers =
    options.workers && options.workers.count === threads - 1 ? options.workers : new RenderWorkers(threads - 1);
  if (workers !== options.workers) await options.workers?.destroy();
  // Each worker lane keeps one document in flight; a worker renders its own one at a time
  // (render-worker.ts). The workers get their first documents (the appendix, the longest, among
  // them) before this thread loads the renderer: workers started early are ready by then.
  const workerLane = async () => {
    for (let request = next(); request !== undefined; request = next()) report(await workers.run(request));
  };
  // This thread's lane renders between handing documents out.
  const ownLane = async () => {
    const { renderJob } = await import("./render-job.js");
    for (let request = next(); request !== undefined; request = next()) {
      report(await renderJob(request));
      // Let the workers' finished documents in, and hand them their next ones, before rendering on.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  };
  try {
    const lanes = Array.from({ length: workers.count * AHEAD_PER_WORKER }, workerLane);
    await Promise.all([...lanes, ownLane()]);
  } finally {
    await workers.destroy();
  }
  return outcomes;
}
