import { describe, expect, it } from "vitest";
import { minimalEdition, row, withRows } from "./__tests__/fixtures.js";
import { yearFormat } from "./year-format.js";

const yearsOutOfRange = withRows(
  row("ARG", "Argentina", { palermo: "1899", opac: "2002", c029: "1950", p029: "2016" }),
  row("BRN", "Brunei", { palermo: "2018", opac: "2016(a)", c029: "—", p029: "—" }),
);

describe("year-format", () => {
  it("passes the minimal edition", () => {
    expect(yearFormat.check(minimalEdition())).toEqual([]);
  });

  it("reports every year before 1900 or after the edition's year", () => {
    expect(yearFormat.check(yearsOutOfRange)).toEqual([
      {
        path: ["conventions", "rows", 0, "cells", "palermo"],
        subject: "ARG/palermo",
        message: "Argentina (ARG), Palermo Protocol: 1899 is not a plausible four-digit year (from 1900)",
        hint: "write the four-digit year of the action as published, e.g. 2002 or 2006(a)",
      },
      {
        path: ["conventions", "rows", 1, "cells", "palermo"],
        subject: "BRN/palermo",
        message: "Brunei (BRN), Palermo Protocol: 2018 is later than the edition's year 2017",
        hint: "write the four-digit year of the action as published, e.g. 2002 or 2006(a)",
      },
    ]);
  });

  it("accepts the first year allowed, 1900, and the edition's own year", () => {
    const bounds = withRows(row("ARG", "Argentina", { palermo: "2017", opac: "2002", c029: "1900", p029: "2017" }));
    expect(yearFormat.check(bounds)).toEqual([]);
  });
});
