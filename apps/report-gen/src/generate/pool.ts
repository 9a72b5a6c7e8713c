import { availableParallelism } from "node:os";
import Tinypool from "tinypool";
import { renderJob, type RenderOutcome, type RenderRequest } from "./render-job.js";

/** Below this many documents, starting threads costs more than it saves. */
export const POOL_THRESHOLD = 8;

export interface RenderAllOptions {
  /** Threads to use; 1 renders in this thread. Defaults to the cores available. */
  readonly threads?: number | undefined;
  readonly onDone?: ((outcome: RenderOutcome, done: number) => void) | undefined;
}

/** Renders every request, on worker threads when there is enough work; output is identical either way. */
export async function renderAll(requests: readonly RenderRequest[], options: RenderAllOptions = {}): Promise<RenderOutcome[]> {
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), requests.length));
  let done = 0;
  const report = (outcome: RenderOutcome) => {
    done += 1;
    options.onDone?.(outcome, done);
    return outcome;
  };
  if (threads === 1 || requests.length < POOL_THRESHOLD) {
    const outcomes: RenderOutcome[] = [];
    for (const request of requests) outcomes.push(report(await renderJob(request)));
    return outcomes;
  }
  const pool = new Tinypool({
    filename: new URL("./render-job.js", import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
  });
  try {
    return await Promise.all(requests.map(async (r) => report((await pool.run(r)) as RenderOutcome)));
  } finally {
    await pool.destroy();
  }
}
