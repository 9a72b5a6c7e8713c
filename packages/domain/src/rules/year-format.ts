import { tableActions } from "../queries/table.js";
import { defineRule } from "./rule.js";
import { cellLabel, cellSubject, cellValue } from "./table-cell.js";

const EARLIEST = 1900;

export const yearFormat = defineRule({
  name: "year-format",
  description: "Action years are four-digit years from 1900 up to the edition's year.",
  check(edition) {
    return tableActions(edition)
      .filter((a) => a.action.year < EARLIEST || a.action.year > edition.year)
      .map((a) => ({
        path: a.path,
        subject: cellSubject(a),
        message:
          a.action.year > edition.year
            ? `${cellLabel(a)}: ${cellValue(a)} is later than the edition's year ${edition.year}`
            : `${cellLabel(a)}: ${cellValue(a)} is not a plausible four-digit year (from ${EARLIEST})`,
        hint: "write the four-digit year of the action as published, e.g. 2002 or 2006(a)",
      }));
  },
});
