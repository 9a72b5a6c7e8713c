import { organizationKey } from "../queries/memberships.js";
import type { Offense } from "./rule.js";
import { defineRule } from "./rule.js";

export const membershipOrganizations = defineRule({
  name: "membership-organizations",
  description: "memberships.yaml maps every organization of the table once, and only organizations of the table.",
  check(edition) {
    const memberships = edition.memberships;
    if (memberships === undefined) return [];
    const table = edition.organizations.organizations.map(organizationKey);
    const offenses: Offense[] = [];
    const seen = new Map<string, number>();
    memberships.organizations.forEach((mapping, i) => {
      const key = mapping.organization;
      if (!table.includes(key)) {
        offenses.push({
          path: ["memberships", "organizations", i, "organization"],
          subject: `memberships/${key}`,
          message: `"${key}" is not an organization of the multilateral organizations table`,
          hint: `name it as organizations.yaml does, by its abbreviation or, where it has none, its name: ${table.join(", ")}`,
        });
      }
      const first = seen.get(key);
      if (first !== undefined) {
        offenses.push({
          path: ["memberships", "organizations", i, "organization"],
          subject: `memberships/${key}`,
          message: `"${key}" is mapped twice`,
          hint: "keep one entry per organization",
          first: { path: ["memberships", "organizations", first, "organization"], fallback: `entry ${first + 1}` },
        });
      } else seen.set(key, i);
    });
    for (const key of table) {
      if (seen.has(key)) continue;
      offenses.push({
        path: ["memberships", "organizations"],
        subject: `memberships/${key}`,
        message: `"${key}" of the multilateral organizations table is not in memberships.yaml`,
        hint: "give the source's abbreviation for it (factbook, factbookName), or say why the source does not cover it (notCovered) or why it is left unmapped (unmapped)",
      });
    }
    return offenses;
  },
});
