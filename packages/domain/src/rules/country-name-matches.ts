import { countryByCode, countryByName, isSpellingOf } from "../model/countries.js";
import { defineRule } from "./rule.js";

export const countryNameMatches = defineRule({
  name: "country-name-matches",
  description: "Every row's printed name is one of the spellings of its country code.",
  check(edition) {
    return edition.conventions.rows.flatMap((row, i) => {
      const country = countryByCode(row.country);
      // An unknown code is known-country's to report.
      if (!country || isSpellingOf(country.code, row.name)) return [];
      const other = countryByName(row.name);
      return [
        {
          path: ["conventions", "rows", i, "name"],
          subject: row.country,
          message: `"${row.name}" is not a spelling of ${country.code} (${country.name})`,
          hint: other
            ? `"${row.name}" is ${other.code}: correct the code or the name`
            : `print the name as the report spells it ("${country.name}"), or add the spelling as an alias`,
        },
      ];
    });
  },
});
