import { countryByCode, countryByName } from "../model/countries.js";
import { defineRule } from "./rule.js";

export const knownCountry = defineRule({
  name: "known-country",
  description: "Every row's country code is an ISO 3166-1 alpha-3 code or a handled non-ISO code (XKX).",
  check(edition) {
    return edition.conventions.rows.flatMap((row, i) => {
      if (countryByCode(row.country)) return [];
      const byName = countryByName(row.name);
      return [
        {
          path: ["conventions", "rows", i, "country"],
          subject: row.country,
          message: `${row.country} (${row.name}) is not a known country code`,
          hint: byName
            ? `${row.name} is ${byName.code}`
            : "use the ISO 3166-1 alpha-3 code (ARG for Argentina), or XKX for Kosovo",
        },
      ];
    });
  },
});
