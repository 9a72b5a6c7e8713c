import { describe, expect, it } from "vitest";
import { column, minimalEdition, withTable } from "./__tests__/fixtures.js";
import { uniqueColumns } from "./unique-columns.js";

const palermoColumnTwice = withTable({
  columns: [column("palermo"), column("opac"), column("c029"), column("p029", "*"), column("palermo")],
});

describe("unique-columns", () => {
  it("passes the minimal edition", () => {
    expect(uniqueColumns.check(minimalEdition())).toEqual([]);
  });

  it("reports the second column of an instrument", () => {
    expect(uniqueColumns.check(palermoColumnTwice)).toEqual([
      {
        path: ["conventions", "columns", 4, "instrument"],
        subject: "palermo",
        message: "Palermo Protocol is column 5 and also a column before",
        first: { path: ["conventions", "columns", 0, "instrument"], fallback: "column 1" },
        hint: "remove one of the two columns, or correct its instrument",
      },
    ]);
  });
});
