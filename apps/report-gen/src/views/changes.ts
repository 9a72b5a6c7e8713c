import { CHANGE_KINDS, DIFF_SECTIONS, diffSections, summarizeDiff, type EditionDiff } from "@tip/domain";

/**
 * The diff's summaries say "before → after"; the documents' font (Roboto) has no arrow, so the
 * PDF says it in words ("before to after") rather than draw a missing-glyph box.
 */
export function inWords(summary: string): string {
  return summary.replace(/\s*→\s*/g, " to ");
}

/** The "changes since the last edition" document: changes grouped by section, in report order. */
export function buildChangesView(diff: EditionDiff) {
  const summary = summarizeDiff(diff);
  return {
    from: diff.from,
    to: diff.to,
    total: summary.total,
    byEffect: summary.byEffect,
    sections: diffSections
      .map((section) => ({
        title: DIFF_SECTIONS[section],
        changes: diff.changes
          .filter((c) => c.section === section)
          .map((c) => ({ effect: CHANGE_KINDS[c.kind], summary: inWords(c.summary), subject: c.subject })),
      }))
      .filter((s) => s.changes.length > 0),
  };
}
