import { countConventionRows, editionFile } from "@tip/data/files";
import { readFileSync, statSync } from "node:fs";
import type { GenerateOptions } from "./generate.js";
import { defaultThreads, maxThreads, RenderWorkers } from "./pool.js";

// Deliberately light: the CLI loads this before the edition's packages, so that workers start first.

/**
 * Worker threads for a run that will want them, started before the edition loads so that their
 * start-up (loading the renderer) overlaps the loading; `renderAll` stops them if the run turns
 * out to need fewer threads (say, nearly every document unchanged).
 */
export function startWorkersEarly(options: GenerateOptions): RenderWorkers | undefined {
  const expected = expectedDocuments(options);
  // Never more threads than documents, nor than maxThreads().
  const threads = Math.min(options.threads ?? defaultThreads(expected), Math.max(1, expected), maxThreads());
  return threads > 1 ? new RenderWorkers(threads - 1) : undefined;
}

/** The documents a run would render, counted from the convention table's records before the edition is loaded. */
function expectedDocuments(options: GenerateOptions): number {
  if (options.countries !== undefined) return options.only === "appendix" ? 0 : options.countries.length;
  let rows: number;
  try {
    // A FIFO or a huge file in its place is reported by loadEdition; here it only must not block.
    const file = editionFile(options.editionDir, "conventions");
    const stat = statSync(file);
    if (!stat.isFile() || stat.size > 16 * 1024 * 1024) return 0;
    rows = countConventionRows(readFileSync(file, "utf8"));
  } catch {
    return 0; // loadEdition reports the missing table
  }
  return (options.only === "appendix" ? 0 : rows) + (options.only === "brief" ? 0 : 1);
}
