import { CHANGE_KINDS, DIFF_SECTIONS, diffSections, summarizeDiff, type EditionDiff } from "@tip/domain";

/** Roboto has no arrow (U+2192): the PDF says "to" where the text output draws "→" (check-pdf finds a glyph that reads as nothing). */
const inWords = (text: string): string => text.replaceAll(" → ", " to ").replaceAll("→", " to ");

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
