import { describe, expect, it } from "vitest";
import { minimalEdition, row, withRows } from "./__tests__/fixtures.js";
import { actionInReportingPeriod } from "./action-in-reporting-period.js";

const countriesWithoutActionInPeriod = withRows(
  row("ARG", "Argentina", { palermo: "2002", opac: "2002", c029: "1950", p029: "2015" }),
  // Dated March 2016: the year is 2016, but the month is before April.
  row("BRN", "Brunei", { palermo: "—", opac: "2016-03-31(a)", c029: "—", p029: "—" }),
  row("CYP", "Cyprus", { palermo: "2003", opac: "2010", c029: "1960", p029: "2017" }),
);

describe("action-in-reporting-period", () => {
  it("passes the minimal edition", () => {
    expect(actionInReportingPeriod.check(minimalEdition())).toEqual([]);
  });

  it("reports every country with no action inside the period", () => {
    const hint = "the table lists only countries that acted during the period: check the years, or remove the row";
    expect(actionInReportingPeriod.check(countriesWithoutActionInPeriod)).toEqual([
      {
        path: ["conventions", "rows", 0],
        subject: "ARG",
        message: "Argentina (ARG) has no action inside the reporting period (April 2016 to March 2017)",
        hint,
      },
      {
        path: ["conventions", "rows", 1],
        subject: "BRN",
        message: "Brunei (BRN) has no action inside the reporting period (April 2016 to March 2017)",
        hint,
      },
    ]);
  });
});
