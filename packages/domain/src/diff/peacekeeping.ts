import type { Peacekeeping, PeacekeepingOrganization } from "../model/peacekeeping.js";
import { matchByKey } from "./align.js";
import { change, textChange, type Change } from "./change.js";
import { describeFigure, quote } from "./describe.js";
import { diffLinks } from "./links.js";

const SECTION = "peacekeeping";

/** Each organization's figures, with their change, and every wording change of the peacekeeping table. */
export function diffPeacekeeping(old: Peacekeeping, next: Peacekeeping): Change[] {
  const changes: Change[] = [];
  const text = (subject: string, label: string, before: string | null, after: string | null) =>
    changes.push(...textChange(SECTION, `${SECTION}/${subject}`, label, before, after));
  const figure = (subject: string, label: string, before: number | null, after: number | null) => {
    if (before !== after) {
      const delta = before !== null && after !== null ? after - before : null;
      changes.push(
        change(
          SECTION,
          "figure-changed",
          `${SECTION}/${subject}`,
          { before, after, delta },
          `${label}: ${describeFigure(before, after)}`,
        ),
      );
    }
  };

  text("heading", "Heading", old.heading, next.heading);
  text("intro", "Introduction", old.intro, next.intro);
  // A year is not a count: printed as itself, without grouping or a difference.
  if (old.allegationsYear !== next.allegationsYear) {
    const [before, after] = [old.allegationsYear, next.allegationsYear];
    changes.push(
      change(
        SECTION,
        "figure-changed",
        `${SECTION}/allegations-year`,
        { before, after, delta: after - before },
        `Allegations counted for the year: ${before} → ${after}`,
      ),
    );
  }

  const orgs = matchByKey(old.organizations, next.organizations, (o) => o.id);
  const name = (o: PeacekeepingOrganization) => o.id.toUpperCase();
  for (const { item, key } of orgs.removed) {
    changes.push(
      change(
        SECTION,
        "peacekeeping-organization-removed",
        `${SECTION}/${key}`,
        { before: item, after: null },
        `${name(item)} removed (${quote(item.heading)})`,
      ),
    );
  }
  for (const { item, key } of orgs.added) {
    changes.push(
      change(
        SECTION,
        "peacekeeping-organization-added",
        `${SECTION}/${key}`,
        { before: null, after: item },
        `${name(item)} added (${quote(item.heading)})`,
      ),
    );
  }
  for (const { before, after, key } of orgs.matched) {
    const who = name(after);
    text(`${key}/heading`, `${who} column heading`, before.heading, after.heading);
    figure(`${key}/personnel`, `${who} personnel`, before.personnel, after.personnel);
    figure(`${key}/missions`, `${who} missions`, before.missions, after.missions);
    text(`${key}/prevention-policy`, `${who} prevention policy`, before.preventionPolicy, after.preventionPolicy);
    text(`${key}/lead-office`, `${who} lead office`, before.leadOffice, after.leadOffice);
    text(`${key}/training`, `${who} prevention training`, before.training, after.training);
    figure(`${key}/allegations/total`, `${who} allegations`, before.allegations.total, after.allegations.total);

    const breakdown = matchByKey(before.allegations.breakdown, after.allegations.breakdown, (c) => c.category);
    for (const { item, key: category } of breakdown.removed) {
      changes.push(
        change(
          SECTION,
          "allegation-category-removed",
          `${SECTION}/${key}/allegations/breakdown/${category}`,
          { before: item, after: null },
          `${who} allegations: category ${quote(item.category)} removed (was ${item.count})`,
        ),
      );
    }
    for (const { item, key: category } of breakdown.added) {
      changes.push(
        change(
          SECTION,
          "allegation-category-added",
          `${SECTION}/${key}/allegations/breakdown/${category}`,
          { before: null, after: item },
          `${who} allegations: category ${quote(item.category)} added (${item.count})`,
        ),
      );
    }
    for (const { before: b, after: a, key: category } of breakdown.matched) {
      figure(`${key}/allegations/breakdown/${category}`, `${who} allegations, ${a.category}`, b.count, a.count);
    }
    if (breakdown.reorder) {
      changes.push(
        change(
          SECTION,
          "order-changed",
          `${SECTION}/${key}/allegations/breakdown`,
          breakdown.reorder,
          `${who} allegation categories reordered`,
        ),
      );
    }
    text(
      `${key}/allegations/narrative`,
      `${who} allegations narrative`,
      before.allegations.narrative,
      after.allegations.narrative,
    );
    text(`${key}/new-initiatives`, `${who} new initiatives`, before.newInitiatives, after.newInitiatives);

    const links = (list: readonly string[]) => list.map((url) => ({ url }));
    changes.push(...diffLinks(SECTION, `${SECTION}/${key}/links`, who, links(before.links), links(after.links)));
  }
  if (orgs.reorder) {
    changes.push(
      change(
        SECTION,
        "order-changed",
        `${SECTION}/organizations`,
        orgs.reorder,
        "Peacekeeping organizations reordered",
      ),
    );
  }
  return changes;
}
