/**
 * For a process's (or a worker thread's) entry point only, before anything loads pdfkit: the patches
 * that change the thread as a whole (lazy-modules.ts enters stand-ins into Node's module cache).
 * Importing the engine never does this; report-gen's bin script and render worker call it.
 */
import { robotoFaces } from "./assets.js";
import { libraryEntries } from "./libraries.js";
import { patchPlan } from "./patches.js";

export function installProcessPatches(env: NodeJS.ProcessEnv = process.env): void {
  const target = { entries: libraryEntries(), sampleFont: robotoFaces.normal, perFont: [] };
  for (const patch of patchPlan(env).patches) if (patch.installedFrom === "process entry") patch.install?.(target);
}
