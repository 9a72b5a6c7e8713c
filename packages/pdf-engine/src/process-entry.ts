/**
 * For a process's (or a worker thread's) entry point: checks `TIP_PDF_ENGINE_PATCHES` before
 * anything else loads, so that a setting that names no patch is the user's one-line error
 * (PatchSettingError), not an internal one from the engine's set-up. Changes nothing in the process.
 * (It once also installed lazy-modules, stand-ins in Node's module cache for code our documents never
 * load; the benchmark's ablation found it gained nothing measurable, and it was removed.)
 */
import { PATCHES_VARIABLE, selectedPatchNames } from "./patches.js";

export function checkPatchSetting(env: NodeJS.ProcessEnv = process.env): void {
  selectedPatchNames(env[PATCHES_VARIABLE]);
}
