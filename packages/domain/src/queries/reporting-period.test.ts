import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Action } from "../model/actions.js";
import {
  formatReportingPeriod,
  formatYearMonth,
  isAfterReportingPeriod,
  isInReportingPeriod,
} from "./reporting-period.js";

const april2016ToMarch2017 = { start: "2016-04", end: "2017-03" };
const ratified = (year: number, date?: string): Action =>
  date === undefined ? { kind: "ratification", year } : { kind: "ratification", year, date };

describe("isInReportingPeriod", () => {
  it("takes a year-only action as inside when its year is within the start and end years", () => {
    expect([2015, 2016, 2017, 2018].map((y) => isInReportingPeriod(ratified(y), april2016ToMarch2017))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });

  it("takes a dated action as inside when its month is, both ends included", () => {
    const dates = ["2016-03-31", "2016-04-01", "2017-03-31", "2017-04-01"];
    expect(dates.map((d) => isInReportingPeriod(ratified(Number(d.slice(0, 4)), d), april2016ToMarch2017))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });

  it("never puts a dated action inside when its year alone is outside", () => {
    const dated = fc
      .date({ min: new Date("1990-01-01"), max: new Date("2030-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(dated, (date) => {
        const year = Number(date.slice(0, 4));
        return (
          !isInReportingPeriod(ratified(year, date), april2016ToMarch2017) ||
          isInReportingPeriod(ratified(year), april2016ToMarch2017)
        );
      }),
    );
  });
});

describe("isAfterReportingPeriod", () => {
  it("compares years for a year-only action and months for a dated one", () => {
    expect(isAfterReportingPeriod(ratified(2017), april2016ToMarch2017)).toBe(false);
    expect(isAfterReportingPeriod(ratified(2018), april2016ToMarch2017)).toBe(true);
    expect(isAfterReportingPeriod(ratified(2017, "2017-03-31"), april2016ToMarch2017)).toBe(false);
    expect(isAfterReportingPeriod(ratified(2017, "2017-04-01"), april2016ToMarch2017)).toBe(true);
  });
});

describe("formatReportingPeriod", () => {
  it("words the period as the report does", () => {
    expect(formatReportingPeriod(april2016ToMarch2017)).toBe("April 2016 to March 2017");
    expect(formatReportingPeriod({ start: "2016-01", end: "2016-12" })).toBe("January 2016 to December 2016");
    expect(formatYearMonth("2016-11")).toBe("November 2016");
  });
});
