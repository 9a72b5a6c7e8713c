import { availableParallelism } from "node:os";

// Light on purpose (no tinypool): the command line's definition of --threads reads it.

/** The most render threads a run takes: each holds a renderer and its fonts, so more than a few per core only costs memory. */
export function maxThreads(): number {
  return 4 * Math.max(1, availableParallelism());
}
