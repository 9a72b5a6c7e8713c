import {
  CHANGE_KINDS,
  DIFF_SECTIONS,
  diffSections,
  type Change,
  type ChangeEffect,
  type EditionDiff,
} from "./change.js";
import { describeCounts, summarizeDiff } from "./summary.js";

const MARKS: Record<ChangeEffect, string> = { added: "+", removed: "-", changed: "~" };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function bySection(diff: EditionDiff): [string, Change[]][] {
  return diffSections
    .map((s): [string, Change[]] => [DIFF_SECTIONS[s], diff.changes.filter((c) => c.section === s)])
    .filter(([, changes]) => changes.length > 0);
}

/**
 * Readable terminal text, grouped by section, one change a line marked
 * `+` (added), `-` (removed) or `~` (changed). No colour: callers add it when writing to a terminal.
 */
export function formatDiffText(diff: EditionDiff): string {
  const { from, to } = diff;
  if (diff.changes.length === 0) return `No changes from ${from.year} to ${to.year}.\n`;
  const lines = [
    `Changes from ${from.year} to ${to.year}: ${plural(diff.changes.length, "change")} (${describeCounts(summarizeDiff(diff))})`,
  ];
  for (const [title, changes] of bySection(diff)) {
    lines.push("", `${title} (${changes.length})`);
    for (const c of changes) lines.push(`  ${MARKS[CHANGE_KINDS[c.kind]]} ${c.summary}`);
  }
  return `${lines.join("\n")}\n`;
}

/** Escapes what Markdown would otherwise read as emphasis, code, links or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, (ch) => `\\${ch}`);
}

/**
 * A changelog-ready summary: one sentence with the counts, then each section's changes as a list.
 * Suits a changeset's body (`@tip/data`: minor, "Add edition 2018") as it is.
 */
export function formatDiffMarkdown(diff: EditionDiff): string {
  const { from, to } = diff;
  if (diff.changes.length === 0) return `Edition ${to.year}: no changes since ${from.year}.\n`;
  const lines = [
    `Edition ${to.year}: ${plural(diff.changes.length, "change")} since ${from.year} (${describeCounts(summarizeDiff(diff))}).`,
  ];
  for (const [title, changes] of bySection(diff)) {
    lines.push("", `**${title}**`, "");
    for (const c of changes) lines.push(`- ${escapeMarkdown(c.summary)}`);
  }
  return `${lines.join("\n")}\n`;
}
