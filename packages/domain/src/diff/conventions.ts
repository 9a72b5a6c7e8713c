import type { Action, Cell } from "../model/actions.js";
import type { ConventionRow, ConventionTable } from "../model/conventions.js";
import { instrumentIds, type InstrumentId } from "../model/instruments.js";
import { matchByKey } from "./align.js";
import { change, textChange, type Change } from "./change.js";
import { actionKindName, formatAction, instrumentLabel, quote } from "./describe.js";

const SECTION = "conventions";

/** The classification of one changed cell, or undefined when the cell is the same. */
export type CellChangeKind =
  | "action-added"
  | "action-removed"
  | "kind-changed"
  | "year-corrected"
  | "date-added"
  | "date-changed"
  | "date-removed";

/**
 * Classifies a cell's change, most significant first: an action appearing or going,
 * then a different kind of action, then a different year, then the full date.
 */
export function classifyCell(before: Cell, after: Cell): CellChangeKind | undefined {
  if (before === null) return after === null ? undefined : "action-added";
  if (after === null) return "action-removed";
  if (before.kind !== after.kind) return "kind-changed";
  if (before.year !== after.year) return "year-corrected";
  if (before.date === after.date) return undefined;
  if (before.date === undefined) return "date-added";
  if (after.date === undefined) return "date-removed";
  return "date-changed";
}

/** "new ratification 2016", "year corrected 2016(a) → 2015(a)"… */
function describeCell(kind: CellChangeKind, before: Action | null, after: Action | null): string {
  switch (kind) {
    case "action-added":
      return `new ${actionKindName(after!)} ${formatAction(after!)}`;
    case "action-removed":
      return `${actionKindName(before!)} removed (was ${formatAction(before!)})`;
    case "kind-changed":
      return `${actionKindName(before!)} → ${actionKindName(after!)} (${formatAction(before!)} → ${formatAction(after!)})`;
    case "year-corrected":
      return `year corrected ${formatAction(before!)} → ${formatAction(after!)}`;
    case "date-added":
      return `date added ${after!.date}`;
    case "date-removed":
      return `date removed (was ${before!.date})`;
    case "date-changed":
      return `date changed ${before!.date} → ${after!.date}`;
  }
}

function cellOf(row: ConventionRow, id: string): Cell {
  return (row.cells as Partial<Record<string, Cell>>)[id] ?? null;
}

const country = (row: ConventionRow) => `${row.name} (${row.country})`;

/** Countries added and dropped, cells, columns, footnotes and wording of the convention table. */
export function diffConventions(old: ConventionTable, next: ConventionTable): Change[] {
  const changes: Change[] = [];
  const text = (subject: string, label: string, before: string | null, after: string | null) =>
    changes.push(...textChange(SECTION, `${SECTION}/${subject}`, label, before, after));
  text("heading", "Heading", old.heading, next.heading);
  text("intro", "Introduction", old.intro, next.intro);
  text("country-heading", "Country column heading", old.countryHeading, next.countryHeading);

  const columns = matchByKey(old.columns, next.columns, (c) => c.instrument);
  for (const { item, key } of columns.removed) {
    changes.push(
      change(
        SECTION,
        "column-removed",
        `${SECTION}/columns/${key}`,
        { before: item, after: null },
        `Column removed: ${instrumentLabel(item.instrument)} (${quote(item.heading)})`,
      ),
    );
  }
  for (const { item, key } of columns.added) {
    changes.push(
      change(
        SECTION,
        "column-added",
        `${SECTION}/columns/${key}`,
        { before: null, after: item },
        `Column added: ${instrumentLabel(item.instrument)} (${quote(item.heading)})`,
      ),
    );
  }
  for (const { before, after, key } of columns.matched) {
    const label = `${instrumentLabel(after.instrument)} column`;
    text(`columns/${key}/heading`, `${label} heading`, before.heading, after.heading);
    text(`columns/${key}/subheading`, `${label} subheading`, before.subheading, after.subheading);
    text(`columns/${key}/footnote`, `${label} footnote mark`, before.footnote ?? null, after.footnote ?? null);
  }
  if (columns.reorder) {
    changes.push(
      change(
        SECTION,
        "order-changed",
        `${SECTION}/columns`,
        columns.reorder,
        `Columns reordered: ${columns.reorder.after.map(instrumentLabel).join(", ")}`,
      ),
    );
  }

  const rows = matchByKey(old.rows, next.rows, (r) => r.country);
  for (const { item, key } of rows.removed) {
    changes.push(
      change(
        SECTION,
        "country-dropped",
        `${SECTION}/${key}`,
        { before: item, after: null },
        `${country(item)} dropped from the table`,
      ),
    );
  }
  for (const { item, key } of rows.added) {
    changes.push(
      change(
        SECTION,
        "country-added",
        `${SECTION}/${key}`,
        { before: null, after: item },
        `${country(item)} added to the table`,
      ),
    );
  }
  // Cells of an added or removed column are reported by that column's change.
  const shared = new Set<string>(columns.matched.map((p) => p.after.instrument));
  const unshown = (id: string) =>
    !shared.has(id) &&
    !columns.added.some((c) => c.item.instrument === id) &&
    !columns.removed.some((c) => c.item.instrument === id);
  for (const { before, after, key } of rows.matched) {
    if (before.name !== after.name) {
      changes.push(
        change(
          SECTION,
          "country-renamed",
          `${SECTION}/${key}/name`,
          { before: before.name, after: after.name },
          `${after.country} spelled ${quote(after.name)}, was ${quote(before.name)}`,
        ),
      );
    }
    const ids = new Set<string>([
      ...next.columns.map((c) => c.instrument).filter((id) => shared.has(id)),
      ...[...instrumentIds, ...Object.keys(before.cells), ...Object.keys(after.cells)].filter(unshown),
    ]);
    for (const id of ids) {
      const b = cellOf(before, id);
      const a = cellOf(after, id);
      const kind = classifyCell(b, a);
      if (kind === undefined) continue;
      const subject = `${SECTION}/${key}/${id}`;
      const summary = `${country(after)}, ${instrumentLabel(id as InstrumentId)}: ${describeCell(kind, b, a)}`;
      if (kind === "action-added") changes.push(change(SECTION, kind, subject, { before: null, after: a! }, summary));
      else if (kind === "action-removed")
        changes.push(change(SECTION, kind, subject, { before: b!, after: null }, summary));
      else changes.push(change(SECTION, kind, subject, { before: b!, after: a! }, summary));
    }
  }
  if (rows.reorder) {
    changes.push(change(SECTION, "order-changed", `${SECTION}/rows`, rows.reorder, "Countries reordered"));
  }

  const footnotes = matchByKey(old.footnotes, next.footnotes, (f) => f.mark);
  for (const { item, key } of footnotes.removed) {
    changes.push(
      change(
        SECTION,
        "footnote-removed",
        `${SECTION}/footnotes/${key}`,
        { before: item, after: null },
        `Footnote ${item.mark} removed: ${quote(item.text)}`,
      ),
    );
  }
  for (const { item, key } of footnotes.added) {
    changes.push(
      change(
        SECTION,
        "footnote-added",
        `${SECTION}/footnotes/${key}`,
        { before: null, after: item },
        `Footnote ${item.mark} added: ${quote(item.text)}`,
      ),
    );
  }
  for (const { before, after, key } of footnotes.matched) {
    text(`footnotes/${key}`, `Footnote ${after.mark}`, before.text, after.text);
  }
  if (footnotes.reorder) {
    changes.push(change(SECTION, "order-changed", `${SECTION}/footnotes`, footnotes.reorder, "Footnotes reordered"));
  }
  return changes;
}
