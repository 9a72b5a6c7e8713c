import { parseParticipation } from "../model/memberships.js";
import { defineRule } from "./rule.js";

export const membershipEntriesResolve = defineRule({
  name: "membership-entries-resolve",
  description:
    "Every organization a country's participation list names is mapped to one of the table or recorded as outside it.",
  check(edition) {
    const memberships = edition.memberships;
    if (memberships === undefined) return [];
    const mapped = new Set(memberships.organizations.flatMap((m) => ("factbook" in m ? [m.factbook] : [])));
    const outside = new Set(memberships.outside);
    const both = memberships.outside.flatMap((abbreviation, i) =>
      mapped.has(abbreviation)
        ? [
            {
              path: ["memberships", "outside", i],
              subject: `memberships/outside/${abbreviation}`,
              message: `"${abbreviation}" is both mapped to an organization of the table and recorded as outside it`,
              hint: "remove it from outside, or from the organization it is mapped to",
            },
          ]
        : [],
    );
    const unknown = memberships.countries.flatMap((row, i) =>
      parseParticipation(row.participation)
        .filter((e) => !mapped.has(e.abbreviation) && !outside.has(e.abbreviation))
        .map((e) => ({
          path: ["memberships", "countries", i, "participation"],
          subject: `memberships/${row.country}/${e.abbreviation}`,
          message: `${row.country}'s "${e.text}" is neither mapped to an organization of the table nor recorded as outside it`,
          hint: `add "${e.abbreviation}" to outside, or map it to the table's organization it names (with the source's name for it)`,
        })),
    );
    return [...both, ...unknown];
  },
});
