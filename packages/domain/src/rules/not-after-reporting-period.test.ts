import { describe, expect, it } from "vitest";
import { minimalEdition, row, withRows } from "./__tests__/fixtures.js";
import { notAfterReportingPeriod } from "./not-after-reporting-period.js";

// The period ends March 2017: a year-only 2017 may be inside it, April 2017 is not.
const actionsAfterMarch2017 = withRows(
  row("ARG", "Argentina", { palermo: "2002", opac: "2002", c029: "1950", p029: "2017-04-01" }),
  row("BRN", "Brunei", { palermo: "2017(a)", opac: "2016(a)", c029: "—", p029: "2018" }),
);

describe("not-after-reporting-period", () => {
  it("passes the minimal edition", () => {
    expect(notAfterReportingPeriod.check(minimalEdition())).toEqual([]);
  });

  it("reports every action after the period, at the precision it is known", () => {
    const hint = "check the year; an action after the period belongs in a later edition";
    expect(notAfterReportingPeriod.check(actionsAfterMarch2017)).toEqual([
      {
        path: ["conventions", "rows", 0, "cells", "p029"],
        subject: "ARG/p029",
        message:
          "Argentina (ARG), ILO Protocol of 2014 to the Forced Labour Convention: 2017-04-01 is after the reporting period (April 2016 to March 2017)",
        hint,
      },
      {
        path: ["conventions", "rows", 1, "cells", "p029"],
        subject: "BRN/p029",
        message:
          "Brunei (BRN), ILO Protocol of 2014 to the Forced Labour Convention: 2018 is after the reporting period (April 2016 to March 2017)",
        hint,
      },
    ]);
  });
});
