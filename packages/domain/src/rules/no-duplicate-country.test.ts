import { describe, expect, it } from "vitest";
import { minimalEdition, row, withRows } from "./__tests__/fixtures.js";
import { noDuplicateCountry } from "./no-duplicate-country.js";

const argentinaTwice = withRows(
  row("ARG", "Argentina", { palermo: "2002", opac: "2002", c029: "1950", p029: "2016" }),
  row("BRN", "Brunei", { palermo: "—", opac: "2016(a)", c029: "—", p029: "—" }),
  row("ARG", "Argentina", { palermo: "2002", opac: "2002", c029: "1950", p029: "2016" }),
);

describe("no-duplicate-country", () => {
  it("passes the minimal edition", () => {
    expect(noDuplicateCountry.check(minimalEdition())).toEqual([]);
  });

  it("reports the second row of a country", () => {
    expect(noDuplicateCountry.check(argentinaTwice)).toEqual([
      {
        path: ["conventions", "rows", 2, "country"],
        subject: "ARG",
        message: "ARG (Argentina) is listed twice",
        first: { path: ["conventions", "rows", 0, "country"], fallback: "row 1" },
        hint: "merge the two rows into one",
      },
    ]);
  });
});
