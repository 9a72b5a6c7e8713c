import { isKnownCountryCode } from "../model/countries.js";
import { defineRule } from "./rule.js";

/**
 * A country of the table without an entry is not an offense (a table pasted in anew must not fail on
 * it): its brief says that the edition's membership data has no entry for it.
 */
export const membershipCountries = defineRule({
  name: "membership-countries",
  description: "memberships.yaml names each country once, by a known country code.",
  check(edition) {
    const memberships = edition.memberships;
    if (memberships === undefined) return [];
    const listed = memberships.countries.map((c) => c.country);
    return memberships.countries.flatMap((c, i) => {
      const first = listed.indexOf(c.country);
      if (!isKnownCountryCode(c.country)) {
        return [
          {
            path: ["memberships", "countries", i, "country"],
            subject: `memberships/${c.country}`,
            message: `${c.country} is not a known country code`,
            hint: "use the ISO 3166-1 alpha-3 code, as conventions.csv does (ARG for Argentina)",
          },
        ];
      }
      return first !== i
        ? [
            {
              path: ["memberships", "countries", i, "country"],
              subject: `memberships/${c.country}`,
              message: `${c.country} is listed twice`,
              hint: "keep one entry per country",
              first: { path: ["memberships", "countries", first, "country"], fallback: `entry ${first + 1}` },
            },
          ]
        : [];
    });
  },
});
