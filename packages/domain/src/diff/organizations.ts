import type { FrameworkDocument, Organization, Organizations } from "../model/organizations.js";
import { alignOrdered, matchByKey, matchByKeys } from "./align.js";
import { change, textChange, type Change } from "./change.js";
import { describeTextChange, quote } from "./describe.js";
import { diffLinks } from "./links.js";

const SECTION = "organizations";

/** "United Nations (UN)", or the name alone. */
const orgName = (o: Organization) => (o.abbreviation ? `${o.name} (${o.abbreviation})` : o.name);

const sameDocument = (a: FrameworkDocument, b: FrameworkDocument) =>
  a.title === b.title && a.years.length === b.years.length && a.years.every((y, i) => y === b.years[i]);

/**
 * Organizations added, removed and changed, matched by abbreviation, else by name;
 * within each, web sites, link groups, framework documents and focal points.
 */
export function diffOrganizations(old: Organizations, next: Organizations): Change[] {
  const changes: Change[] = [];
  const text = (subject: string, label: string, before: string | null, after: string | null) =>
    changes.push(...textChange(SECTION, `${SECTION}/${subject}`, label, before, after));
  text("heading", "Heading", old.heading, next.heading);
  old.columnHeadings.forEach((before, i) => {
    text(`column-headings/${i + 1}`, `Column ${i + 1} heading`, before, next.columnHeadings[i] ?? null);
  });

  const orgs = matchByKeys(
    old.organizations,
    next.organizations,
    [(o) => o.abbreviation, (o) => o.name],
    (o) => o.abbreviation ?? o.name,
  );
  for (const { item, key } of orgs.removed) {
    changes.push(
      change(
        SECTION,
        "organization-removed",
        `${SECTION}/${key}`,
        { before: item, after: null },
        `Organization removed: ${orgName(item)}`,
      ),
    );
  }
  for (const { item, key } of orgs.added) {
    changes.push(
      change(
        SECTION,
        "organization-added",
        `${SECTION}/${key}`,
        { before: null, after: item },
        `Organization added: ${orgName(item)}`,
      ),
    );
  }
  for (const { before, after, key } of orgs.matched) {
    changes.push(...diffOrganization(`${SECTION}/${key}`, before, after));
  }
  if (orgs.reorder) {
    changes.push(change(SECTION, "order-changed", `${SECTION}/organizations`, orgs.reorder, "Organizations reordered"));
  }
  return changes;
}

function diffOrganization(base: string, before: Organization, after: Organization): Change[] {
  const who = after.abbreviation ?? after.name;
  const changes: Change[] = [];
  const text = (field: string, label: string, b: string | null, a: string | null) =>
    changes.push(...textChange(SECTION, `${base}/${field}`, `${who} ${label}`, b, a));
  text("name", "name", before.name, after.name);
  text("abbreviation", "abbreviation", before.abbreviation ?? null, after.abbreviation ?? null);
  text("remark", "remark", before.remark ?? null, after.remark ?? null);

  changes.push(...diffLinks(SECTION, `${base}/websites`, who, before.websites, after.websites));

  const groups = matchByKey(before.linkGroups, after.linkGroups, (g) => g.title);
  for (const { item, key } of groups.removed) {
    changes.push(
      change(
        SECTION,
        "link-group-removed",
        `${base}/link-groups/${key}`,
        { before: item, after: null },
        `${who} link group removed: ${quote(item.title)}`,
      ),
    );
  }
  for (const { item, key } of groups.added) {
    changes.push(
      change(
        SECTION,
        "link-group-added",
        `${base}/link-groups/${key}`,
        { before: null, after: item },
        `${who} link group added: ${quote(item.title)}`,
      ),
    );
  }
  for (const { before: b, after: a, key } of groups.matched) {
    changes.push(...diffLinks(SECTION, `${base}/link-groups/${key}`, `${who}, ${a.title}:`, b.links, a.links));
  }
  if (groups.reorder) {
    changes.push(
      change(SECTION, "order-changed", `${base}/link-groups`, groups.reorder, `${who} link groups reordered`),
    );
  }

  for (const step of alignOrdered(before.frameworkDocuments, after.frameworkDocuments, (d) => d.title, sameDocument)) {
    switch (step.op) {
      case "same":
        break;
      case "added":
        changes.push(
          change(
            SECTION,
            "framework-document-added",
            `${base}/framework-documents/${step.after.title}`,
            { before: null, after: step.after },
            `${who} framework document added: ${quote(step.after.title)}`,
          ),
        );
        break;
      case "removed":
        changes.push(
          change(
            SECTION,
            "framework-document-removed",
            `${base}/framework-documents/${step.before.title}`,
            { before: step.before, after: null },
            `${who} framework document removed: ${quote(step.before.title)}`,
          ),
        );
        break;
      case "changed": {
        const what =
          step.before.title === step.after.title
            ? `years ${step.before.years.join(", ") || "none"} → ${step.after.years.join(", ") || "none"}`
            : describeTextChange(step.before.title, step.after.title);
        changes.push(
          change(
            SECTION,
            "framework-document-changed",
            `${base}/framework-documents/${step.after.title}`,
            { before: step.before, after: step.after },
            `${who} framework document changed: ${what}`,
          ),
        );
        break;
      }
    }
  }

  for (const step of alignOrdered(
    before.focalPoints,
    after.focalPoints,
    (f) => f,
    (x, y) => x === y,
  )) {
    switch (step.op) {
      case "same":
        break;
      case "added":
        changes.push(
          change(
            SECTION,
            "focal-point-added",
            `${base}/focal-points/${step.after}`,
            { before: null, after: step.after },
            `${who} focal point added: ${quote(step.after)}`,
          ),
        );
        break;
      case "removed":
        changes.push(
          change(
            SECTION,
            "focal-point-removed",
            `${base}/focal-points/${step.before}`,
            { before: step.before, after: null },
            `${who} focal point removed: ${quote(step.before)}`,
          ),
        );
        break;
      case "changed":
        changes.push(
          change(
            SECTION,
            "focal-point-changed",
            `${base}/focal-points/${step.after}`,
            { before: step.before, after: step.after },
            `${who} focal point changed: ${describeTextChange(step.before, step.after)}`,
          ),
        );
        break;
    }
  }
  return changes;
}
