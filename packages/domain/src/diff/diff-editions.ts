import type { Edition } from "../model/edition.js";
import {
  diffClosingNote,
  diffExceptions,
  diffGlossary,
  diffNotes,
  diffPhotoCredits,
  diffStaff,
} from "./back-matter.js";
import { change, textChange, type Change, type EditionDiff } from "./change.js";
import { diffConventions } from "./conventions.js";
import { formatPeriod } from "./describe.js";
import { diffOrganizations } from "./organizations.js";
import { diffPeacekeeping } from "./peacekeeping.js";

/** Year, title, publication date, reporting period and source. */
function diffFrontMatter(old: Edition, next: Edition): Change[] {
  const s = "edition";
  const changes: Change[] = [];
  if (old.year !== next.year) {
    changes.push(
      change(s, "year-changed", `${s}/year`, { before: old.year, after: next.year }, `Year ${old.year} → ${next.year}`),
    );
  }
  const text = (subject: string, label: string, before: string | null, after: string | null) =>
    changes.push(...textChange(s, `${s}/${subject}`, label, before, after));
  text("title", "Title", old.title, next.title);
  if (old.published !== next.published) {
    changes.push(
      change(
        s,
        "published-changed",
        `${s}/published`,
        { before: old.published, after: next.published },
        `Publication date ${old.published} → ${next.published}`,
      ),
    );
  }
  const [a, b] = [old.reportingPeriod, next.reportingPeriod];
  if (a.start !== b.start || a.end !== b.end) {
    changes.push(
      change(
        s,
        "reporting-period-changed",
        `${s}/reporting-period`,
        { before: a, after: b },
        `Reporting period ${formatPeriod(a)} → ${formatPeriod(b)}`,
      ),
    );
  }
  text("source/name", "Source", old.source.name, next.source.name);
  text("source/url", "Source address", old.source.url, next.source.url);
  return changes;
}

/**
 * Everything that changed from one edition to the next, section by section in the order the
 * report prints them: the convention table (countries added or dropped, each changed cell
 * classified), peacekeeping figures with their change, organizations with their links, framework
 * documents and focal points, the glossary, notes, photo credits, closing note, staff, and every
 * heading or wording change. Pure: the inputs are not touched, and the result shares nothing
 * with them, so it can be serialized as is (`JSON.stringify(diff)` is the JSON format).
 *
 * Two identical editions give no changes.
 */
export function diffEditions(old: Edition, next: Edition): EditionDiff {
  const changes: Change[] = [
    ...diffFrontMatter(old, next),
    ...diffConventions(old.conventions, next.conventions),
    ...diffPeacekeeping(old.peacekeeping, next.peacekeeping),
    ...diffOrganizations(old.organizations, next.organizations),
    ...diffGlossary(old.glossary, next.glossary),
    ...diffNotes(old.notes, next.notes),
    ...diffPhotoCredits(old.photoCredits, next.photoCredits),
    ...diffClosingNote(old.closingNote, next.closingNote),
    ...diffStaff(old.staff, next.staff),
    ...diffExceptions(old.exceptions, next.exceptions),
  ];
  return {
    from: { year: old.year, title: old.title },
    to: { year: next.year, title: next.title },
    changes: structuredClone(changes),
  };
}
