import { INSTRUMENTS, isInstrumentId } from "../model/instruments.js";
import { tableInstruments } from "../queries/table.js";
import { defineRule, type Offense } from "./rule.js";

export const cellsMatchColumns = defineRule({
  name: "cells-match-columns",
  description: "Each row has exactly one cell per column of the table: none missing, none extra.",
  check(edition) {
    const columns = tableInstruments(edition);
    return edition.conventions.rows.flatMap((row, i): Offense[] => {
      const at = (id: string) => ["conventions", "rows", i, "cells", id];
      const who = `${row.name} (${row.country})`;
      const missing = columns
        .filter((id) => !Object.hasOwn(row.cells, id))
        .map((id) => ({
          path: at(id),
          subject: `${row.country}/${id}`,
          message: `${who} has no cell for the column ${INSTRUMENTS[id].shortTitle}`,
          hint: "add the cell: a year, a year with a code, or — for none",
        }));
      const extra = Object.keys(row.cells)
        .filter((id) => !isInstrumentId(id) || !columns.includes(id))
        .map((id) => ({
          path: at(id),
          subject: `${row.country}/${id}`,
          message: `${who} has a cell for ${id}, which is not a column of the table`,
          hint: "remove the cell, or add the instrument's column",
        }));
      return [...missing, ...extra];
    });
  },
});
