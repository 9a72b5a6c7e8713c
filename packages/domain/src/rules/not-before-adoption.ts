import { INSTRUMENTS } from "../model/instruments.js";
import { tableActions } from "../queries/table.js";
import { defineRule } from "./rule.js";
import { cellLabel, cellSubject, cellValue } from "./table-cell.js";

export const notBeforeAdoption = defineRule({
  name: "not-before-adoption",
  description: "No action is earlier than the adoption of its instrument.",
  check(edition) {
    return tableActions(edition).flatMap((a) => {
      const adopted = INSTRUMENTS[a.instrument].adopted;
      // At the precision the action is known: its date, or else its year.
      const early = a.action.date !== undefined ? a.action.date < adopted : a.action.year < Number(adopted.slice(0, 4));
      if (!early) return [];
      return [
        {
          path: a.path,
          subject: cellSubject(a),
          message: `${cellLabel(a)}: ${cellValue(a)} is before the instrument was adopted on ${adopted}`,
          hint: "check the year against the UN Treaty Collection or ILO NORMLEX, and the column it is in",
        },
      ];
    });
  },
});
