import { describe, expect, it } from "vitest";
import { minimalEdition, row, withRows } from "./__tests__/fixtures.js";
import { cellsMatchColumns } from "./cells-match-columns.js";

const rowsWithMissingAndExtraCells = withRows(
  row("ARG", "Argentina", { palermo: "2002", opac: "2002", p029: "2016" }),
  row("BRN", "Brunei", { palermo: "—", opac: "2016(a)", c029: "—", p029: "—", c182: "2008" }),
);

describe("cells-match-columns", () => {
  it("passes the minimal edition", () => {
    expect(cellsMatchColumns.check(minimalEdition())).toEqual([]);
  });

  it("reports every missing and every extra cell", () => {
    expect(cellsMatchColumns.check(rowsWithMissingAndExtraCells)).toEqual([
      {
        path: ["conventions", "rows", 0, "cells", "c029"],
        subject: "ARG/c029",
        message: "Argentina (ARG) has no cell for the column ILO Convention 29 (Forced Labour)",
        hint: "add the cell: a year, a year with a code, or — for none",
      },
      {
        path: ["conventions", "rows", 1, "cells", "c182"],
        subject: "BRN/c182",
        message: "Brunei (BRN) has a cell for c182, which is not a column of the table",
        hint: "remove the cell, or add the instrument's column",
      },
    ]);
  });
});
