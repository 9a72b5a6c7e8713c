import { defineRule, type Offense } from "./rule.js";

export const noDuplicateCountry = defineRule({
  name: "no-duplicate-country",
  description: "A country appears at most once in an edition's convention table.",
  check(edition) {
    const seen = new Map<string, number>();
    const offenses: Offense[] = [];
    edition.conventions.rows.forEach((row, i) => {
      const first = seen.get(row.country);
      if (first === undefined) {
        seen.set(row.country, i);
        return;
      }
      offenses.push({
        path: ["conventions", "rows", i, "country"],
        subject: row.country,
        message: `${row.country} (${row.name}) is listed twice`,
        first: { path: ["conventions", "rows", first, "country"], fallback: `row ${first + 1}` },
        hint: "merge the two rows into one",
      });
    });
    return offenses;
  },
});
