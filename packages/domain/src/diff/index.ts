/**
 * Comparing two editions: what an editor checks before publishing the next one,
 * and what the changelog of `@tip/data` says about it.
 */
export {
  CHANGE_KINDS,
  DIFF_SECTIONS,
  changeEffect,
  changeKinds,
  diffSections,
  type Added,
  type AllegationCount,
  type Change,
  type ChangeEffect,
  type ChangeKind,
  type ChangeOf,
  type ChangeShapes,
  type Changed,
  type DiffSection,
  type EditionDiff,
  type EditionRef,
  type PhotoCreditLine,
  type Removed,
} from "./change.js";
export { classifyCell, diffConventions, type CellChangeKind } from "./conventions.js";
export { diffEditions } from "./diff-editions.js";
export { escapeMarkdown, formatDiffMarkdown, formatDiffText } from "./format.js";
export { describeCounts, summarizeDiff, type DiffSummary } from "./summary.js";
