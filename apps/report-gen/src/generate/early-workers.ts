import { countConventionRows, editionFile } from "@tip/data/files";
import { readFileSync } from "node:fs";
import type { GenerateOptions } from "./generate.js";
import { defaultThreads, RenderWorkers } from "./pool.js";

// Deliberately light: the CLI loads this before the edition's packages, so that workers start first.

/**
 * Worker threads for a run that will want them, started before the edition loads so that their
 * start-up (loading the renderer) overlaps the loading; `renderAll` stops them if the run turns
 * out to need fewer threads (say, nearly every document unchanged).
 */
export function startWorkersEarly(options: GenerateOptions): RenderWorkers | undefined {
  const threads = options.threads ?? defaultThreads(expectedDocuments(options));
  return threads > 1 ? new RenderWorkers(threads - 1) : undefined;
}

/** The documents a run would render, counted from the convention table's records before the edition is loaded. */
function expectedDocuments(options: GenerateOptions): number {
  if (options.countries !== undefined) return options.only === "appendix" ? 0 : options.countries.length;
  let rows: number;
  try {
    rows = countConventionRows(readFileSync(editionFile(options.editionDir, "conventions"), "utf8"));
  } catch {
    return 0; // loadEdition reports the missing table
  }
  return (options.only === "appendix" ? 0 : rows) + (options.only === "brief" ? 0 : 1);
}
