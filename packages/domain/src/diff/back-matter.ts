import {
  formatPhotoPlace,
  formatPhotoPosition,
  type ClosingNote,
  type Glossary,
  type Note,
  type PhotoCredit,
  type Staff,
} from "../model/back-matter.js";
import type { RuleException } from "../model/edition.js";
import { alignOrdered, compareNames, matchByKey } from "./align.js";
import { change, textChange, type Change, type PhotoCreditLine } from "./change.js";
import { describeTextChange, quote } from "./describe.js";

/** Terms added and removed, definitions changed. */
export function diffGlossary(old: Glossary, next: Glossary): Change[] {
  const s = "glossary";
  const changes = textChange(s, `${s}/heading`, "Heading", old.heading, next.heading);
  const entries = matchByKey(old.entries, next.entries, (e) => e.term);
  for (const { item, key } of entries.removed) {
    changes.push(
      change(
        s,
        "term-removed",
        `${s}/${key}`,
        { before: item, after: null },
        `Term removed: ${item.term} (${quote(item.definition)})`,
      ),
    );
  }
  for (const { item, key } of entries.added) {
    changes.push(
      change(
        s,
        "term-added",
        `${s}/${key}`,
        { before: null, after: item },
        `Term added: ${item.term} (${quote(item.definition)})`,
      ),
    );
  }
  for (const { before, after, key } of entries.matched) {
    if (before.definition !== after.definition) {
      changes.push(
        change(
          s,
          "definition-changed",
          `${s}/${key}`,
          { before: before.definition, after: after.definition },
          `${after.term}: ${describeTextChange(before.definition, after.definition)}`,
        ),
      );
    }
  }
  if (entries.reorder)
    changes.push(change(s, "order-changed", `${s}/entries`, entries.reorder, "Glossary entries reordered"));
  return changes;
}

/** Notes matched by label. */
export function diffNotes(old: readonly Note[], next: readonly Note[]): Change[] {
  const s = "notes";
  const changes: Change[] = [];
  const notes = matchByKey(old, next, (n) => n.label);
  for (const { item, key } of notes.removed) {
    changes.push(
      change(
        s,
        "note-removed",
        `${s}/${key}`,
        { before: item, after: null },
        `Note removed: ${item.label} ${quote(item.text)}`,
      ),
    );
  }
  for (const { item, key } of notes.added) {
    changes.push(
      change(
        s,
        "note-added",
        `${s}/${key}`,
        { before: null, after: item },
        `Note added: ${item.label} ${quote(item.text)}`,
      ),
    );
  }
  for (const { before, after, key } of notes.matched) {
    changes.push(...textChange(s, `${s}/${key}`, after.label, before.text, after.text));
  }
  if (notes.reorder) changes.push(change(s, "order-changed", s, notes.reorder, "Notes reordered"));
  return changes;
}

/** "Page 19, top". */
function placeLabel(line: PhotoCreditLine): string {
  const place = formatPhotoPlace(line.place);
  return line.position ? `${place}, ${line.position}` : place;
}

function creditLines(credits: readonly PhotoCredit[]): PhotoCreditLine[] {
  return credits.flatMap((c) =>
    c.credits.map(
      (entry): PhotoCreditLine =>
        entry.position === undefined
          ? { place: c.place, credit: entry.credit }
          : { place: c.place, position: entry.position, credit: entry.credit },
    ),
  );
}

/** Photo credits, one per place and position ("Page 19, top"). */
export function diffPhotoCredits(
  old: { readonly heading: string; readonly credits: readonly PhotoCredit[] },
  next: { readonly heading: string; readonly credits: readonly PhotoCredit[] },
): Change[] {
  const s = "photoCredits";
  const base = "photo-credits";
  const changes = textChange(s, `${base}/heading`, "Heading", old.heading, next.heading);
  const lines = matchByKey(creditLines(old.credits), creditLines(next.credits), placeLabel);
  const where = (l: PhotoCreditLine) =>
    l.position ? `${formatPhotoPlace(l.place)}, ${formatPhotoPosition(l.position)}` : formatPhotoPlace(l.place);
  for (const { item, key } of lines.removed) {
    changes.push(
      change(
        s,
        "photo-credit-removed",
        `${base}/${key}`,
        { before: item, after: null },
        `Photo credit removed: ${where(item)}: ${item.credit}`,
      ),
    );
  }
  for (const { item, key } of lines.added) {
    changes.push(
      change(
        s,
        "photo-credit-added",
        `${base}/${key}`,
        { before: null, after: item },
        `Photo credit added: ${where(item)}: ${item.credit}`,
      ),
    );
  }
  for (const { before, after, key } of lines.matched) {
    if (before.credit !== after.credit) {
      changes.push(
        change(
          s,
          "photo-credit-changed",
          `${base}/${key}`,
          { before, after },
          `Photo credit changed: ${where(after)}: ${before.credit} → ${after.credit}`,
        ),
      );
    }
  }
  if (lines.reorder)
    changes.push(change(s, "order-changed", `${base}/credits`, lines.reorder, "Photo credits reordered"));
  return changes;
}

/** Paragraphs added, removed or reworded, aligned the way a text diff aligns lines. */
export function diffClosingNote(old: ClosingNote, next: ClosingNote): Change[] {
  const s = "closingNote";
  const base = "closing-note";
  const changes = textChange(s, `${base}/heading`, "Heading", old.heading, next.heading);
  for (const step of alignOrdered(
    old.paragraphs,
    next.paragraphs,
    (p) => p,
    (a, b) => a === b,
  )) {
    switch (step.op) {
      case "same":
        break;
      case "added": {
        const n = step.afterIndex + 1;
        changes.push(
          change(
            s,
            "paragraph-added",
            `${base}/paragraphs/${n}`,
            { before: null, after: step.after },
            `Paragraph ${n} added: ${quote(step.after)}`,
          ),
        );
        break;
      }
      case "removed": {
        const n = step.beforeIndex + 1;
        changes.push(
          change(
            s,
            "paragraph-removed",
            `${base}/paragraphs/${n}`,
            { before: step.before, after: null },
            `Paragraph ${n} removed: ${quote(step.before)}`,
          ),
        );
        break;
      }
      case "changed": {
        const n = step.afterIndex + 1;
        changes.push(
          change(
            s,
            "paragraph-changed",
            `${base}/paragraphs/${n}`,
            { before: step.before, after: step.after },
            `Paragraph ${n} reworded: ${describeTextChange(step.before, step.after)}`,
          ),
        );
        break;
      }
    }
  }
  return changes;
}

/** Names added and removed; a new order of the same names is one change. */
export function diffStaff(old: Staff, next: Staff): Change[] {
  const s = "staff";
  const changes = textChange(s, `${s}/heading`, "Heading", old.heading, next.heading);
  const names = compareNames(old.names, next.names);
  for (const name of names.removed) {
    changes.push(
      change(s, "staff-removed", `${s}/${name}`, { before: name, after: null }, `Staff name removed: ${name}`),
    );
  }
  for (const name of names.added) {
    changes.push(change(s, "staff-added", `${s}/${name}`, { before: null, after: name }, `Staff name added: ${name}`));
  }
  if (names.reorder) changes.push(change(s, "order-changed", `${s}/names`, names.reorder, "Staff names reordered"));
  return changes;
}

/** Recorded rule exceptions, matched by rule and subject; their order carries no meaning. */
export function diffExceptions(old: readonly RuleException[], next: readonly RuleException[]): Change[] {
  const s = "exceptions";
  const changes: Change[] = [];
  const exceptions = matchByKey(old, next, (e) => `${e.rule}/${e.subject}`);
  for (const { item, key } of exceptions.removed) {
    changes.push(
      change(
        s,
        "exception-removed",
        `${s}/${key}`,
        { before: item, after: null },
        `Exception removed: ${item.rule} on ${quote(item.subject)}`,
      ),
    );
  }
  for (const { item, key } of exceptions.added) {
    changes.push(
      change(
        s,
        "exception-added",
        `${s}/${key}`,
        { before: null, after: item },
        `Exception added: ${item.rule} on ${quote(item.subject)}`,
      ),
    );
  }
  for (const { before, after, key } of exceptions.matched) {
    changes.push(
      ...textChange(
        s,
        `${s}/${key}/reason`,
        `Reason for ${after.rule} on ${quote(after.subject)}`,
        before.reason,
        after.reason,
      ),
    );
  }
  return changes;
}
