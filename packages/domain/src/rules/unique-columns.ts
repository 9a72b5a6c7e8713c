import { INSTRUMENTS } from "../model/instruments.js";
import { defineRule, type Offense } from "./rule.js";

export const uniqueColumns = defineRule({
  name: "unique-columns",
  description: "No instrument is a column of the table twice.",
  check(edition) {
    const first = new Map<string, number>();
    return edition.conventions.columns.flatMap((column, j): Offense[] => {
      const seen = first.get(column.instrument);
      if (seen === undefined) {
        first.set(column.instrument, j);
        return [];
      }
      return [
        {
          path: ["conventions", "columns", j, "instrument"],
          subject: column.instrument,
          message: `${INSTRUMENTS[column.instrument].shortTitle} is column ${j + 1} and also a column before`,
          first: { path: ["conventions", "columns", seen, "instrument"], fallback: `column ${seen + 1}` },
          hint: "remove one of the two columns, or correct its instrument",
        },
      ];
    });
  },
});
