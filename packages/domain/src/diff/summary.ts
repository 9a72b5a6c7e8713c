import {
  CHANGE_KINDS,
  DIFF_SECTIONS,
  diffSections,
  type ChangeEffect,
  type ChangeKind,
  type DiffSection,
  type EditionDiff,
} from "./change.js";

/** How many changes a diff holds, in total, per section, per effect and per kind. */
export interface DiffSummary {
  readonly from: number;
  readonly to: number;
  readonly total: number;
  /** Every section, zero included, in the report's order. */
  readonly bySection: Readonly<Record<DiffSection, number>>;
  readonly byEffect: Readonly<Record<ChangeEffect, number>>;
  /** Only the kinds that occur, in order of first occurrence. */
  readonly byKind: Readonly<Partial<Record<ChangeKind, number>>>;
}

/** Counts the changes of a diff per category. */
export function summarizeDiff(diff: EditionDiff): DiffSummary {
  const bySection = Object.fromEntries(diffSections.map((s) => [s, 0])) as Record<DiffSection, number>;
  const byEffect: Record<ChangeEffect, number> = { added: 0, removed: 0, changed: 0 };
  const byKind: Partial<Record<ChangeKind, number>> = {};
  for (const c of diff.changes) {
    bySection[c.section]++;
    byEffect[CHANGE_KINDS[c.kind]]++;
    byKind[c.kind] = (byKind[c.kind] ?? 0) + 1;
  }
  return { from: diff.from.year, to: diff.to.year, total: diff.changes.length, bySection, byEffect, byKind };
}

/** "3 in the convention table, 1 in peacekeeping" (sections without changes left out). */
export function describeCounts(summary: DiffSummary): string {
  return diffSections
    .filter((s) => summary.bySection[s] > 0)
    .map((s) => `${summary.bySection[s]} ${DIFF_SECTIONS[s].toLowerCase()}`)
    .join(", ");
}
