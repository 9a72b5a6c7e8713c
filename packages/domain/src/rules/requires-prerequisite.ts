import { formatNotation, type Action } from "../model/actions.js";
import { INSTRUMENTS, isInstrumentId, type InstrumentDef } from "../model/instruments.js";
import { tableActions } from "../queries/table.js";
import { defineRule, type Offense } from "./rule.js";
import { cellLabel, cellSubject, cellValue } from "./table-cell.js";

/** Earlier at the precision both are known: dates when both have one, else years. */
const isEarlier = (a: Action, b: Action): boolean =>
  a.date !== undefined && b.date !== undefined ? a.date < b.date : a.year < b.year;

export const requiresPrerequisite = defineRule({
  name: "requires-prerequisite",
  description:
    "A party to an instrument that supplements another (P029 → C29) is party to that one too, and not later.",
  check(edition) {
    const rows = edition.conventions.rows;
    return tableActions(edition).flatMap((a): Offense[] => {
      const def: InstrumentDef = INSTRUMENTS[a.instrument];
      const required = def.requires;
      if (required === undefined || !isInstrumentId(required)) return [];
      const prerequisite = rows[a.rowIndex]?.cells[required];
      // Undefined: the prerequisite is not a column of this table, so the table cannot tell.
      if (prerequisite === undefined) return [];
      const title = INSTRUMENTS[required].shortTitle;
      if (prerequisite === null) {
        return [
          {
            path: a.path,
            subject: cellSubject(a),
            message: `${cellLabel(a)}: ${cellValue(a)}, but the country is not party to ${title}`,
            hint: `${INSTRUMENTS[a.instrument].shortTitle} is open only to parties to ${title}: check both cells`,
          },
        ];
      }
      if (!isEarlier(a.action, prerequisite)) return [];
      return [
        {
          path: a.path,
          subject: cellSubject(a),
          message: `${cellLabel(a)}: ${cellValue(a)} is earlier than the country's ${title} action (${formatNotation(prerequisite, { fullDate: true })})`,
          hint: `a state becomes party to ${title} first: check both years`,
        },
      ];
    });
  },
});
