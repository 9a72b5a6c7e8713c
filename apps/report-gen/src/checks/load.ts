import { hasErrors, sortIssues } from "@tip/domain";
import { loadEditionDetails, type LoadResult } from "@tip/data/load";
import { drawableTextIssues } from "./drawable-text.js";

/**
 * Loads and validates an edition as @tip/data does, plus the checks only the report can make:
 * every character is one its fonts can draw. `validate` and `generate` both load through here,
 * so what validates is what generates.
 */
export async function loadEditionForReport(dir: string): Promise<LoadResult> {
  const { result, raw, locations } = await loadEditionDetails(dir);
  const drawable = drawableTextIssues(raw, (path) => locations.get(path));
  if (drawable.length === 0) return result;
  const issues = sortIssues([...result.issues, ...drawable]);
  return result.ok && !hasErrors(drawable) ? { ...result, issues } : { ok: false, issues };
}
