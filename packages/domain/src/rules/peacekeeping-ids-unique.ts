import { defineRule, type Offense } from "./rule.js";

export const peacekeepingIdsUnique = defineRule({
  name: "peacekeeping-ids-unique",
  description: "No two peacekeeping organizations share an id.",
  check(edition) {
    const seen = new Set<string>();
    return edition.peacekeeping.organizations.flatMap((org, k): Offense[] => {
      if (!seen.has(org.id)) {
        seen.add(org.id);
        return [];
      }
      return [
        {
          path: ["peacekeeping", "organizations", k, "id"],
          subject: org.id,
          message: `the peacekeeping id "${org.id}" (${org.heading}) is used twice`,
          hint: "give each organization its own short id, e.g. un, osce, nato",
        },
      ];
    });
  },
});
