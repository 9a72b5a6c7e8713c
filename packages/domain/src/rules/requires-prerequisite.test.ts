import { describe, expect, it } from "vitest";
import { column, minimalEdition, row, withRows, withTable } from "./__tests__/fixtures.js";
import { requiresPrerequisite } from "./requires-prerequisite.js";

const p029WithoutC29 = withRows(
  row("ARG", "Argentina", { palermo: "2002", opac: "2002", c029: "—", p029: "2016" }),
  row("BRN", "Brunei", { palermo: "—", opac: "2016(a)", c029: "—", p029: "—" }),
);

const p029BeforeC29 = withRows(
  row("ARG", "Argentina", { palermo: "2002", opac: "2002", c029: "2016-11-09", p029: "2016-06-01" }),
  row("BRN", "Brunei", { palermo: "—", opac: "2016(a)", c029: "2017", p029: "2016" }),
);

// Same year, no dates: not earlier at the precision known.
const p029SameYearAsC29 = withRows(row("BRN", "Brunei", { palermo: "—", opac: "2016(a)", c029: "2016", p029: "2016" }));

const tableWithoutC29Column = withTable({
  columns: [column("palermo"), column("p029")],
  rows: [row("ARG", "Argentina", { palermo: "2002", p029: "2016" })],
});

describe("requires-prerequisite", () => {
  it("passes the minimal edition", () => {
    expect(requiresPrerequisite.check(minimalEdition())).toEqual([]);
  });

  it("reports P029 without C29", () => {
    expect(requiresPrerequisite.check(p029WithoutC29)).toEqual([
      {
        path: ["conventions", "rows", 0, "cells", "p029"],
        subject: "ARG/p029",
        message:
          "Argentina (ARG), ILO Protocol of 2014 to the Forced Labour Convention: 2016, but the country is not party to ILO Convention 29 (Forced Labour)",
        hint: "ILO Protocol of 2014 to the Forced Labour Convention is open only to parties to ILO Convention 29 (Forced Labour): check both cells",
      },
    ]);
  });

  it("reports P029 earlier than C29, by date when both have one", () => {
    const hint = "a state becomes party to ILO Convention 29 (Forced Labour) first: check both years";
    expect(requiresPrerequisite.check(p029BeforeC29)).toEqual([
      {
        path: ["conventions", "rows", 0, "cells", "p029"],
        subject: "ARG/p029",
        message:
          "Argentina (ARG), ILO Protocol of 2014 to the Forced Labour Convention: 2016-06-01 is earlier than the country's ILO Convention 29 (Forced Labour) action (2016-11-09)",
        hint,
      },
      {
        path: ["conventions", "rows", 1, "cells", "p029"],
        subject: "BRN/p029",
        message:
          "Brunei (BRN), ILO Protocol of 2014 to the Forced Labour Convention: 2016 is earlier than the country's ILO Convention 29 (Forced Labour) action (2017)",
        hint,
      },
    ]);
  });

  it("accepts the same year, and a table without the prerequisite's column", () => {
    expect(requiresPrerequisite.check(p029SameYearAsC29)).toEqual([]);
    expect(requiresPrerequisite.check(tableWithoutC29Column)).toEqual([]);
  });

  it("compares at the precision both are known: dates when both have one, else years", () => {
    const check = (c029: string, p029: string) =>
      requiresPrerequisite
        .check(withRows(row("ARG", "Argentina", { palermo: "2002", opac: "2002", c029, p029 })))
        .map((o) => o.message);
    const earlier = (p029: string, c029: string) =>
      `Argentina (ARG), ILO Protocol of 2014 to the Forced Labour Convention: ${p029} is earlier than the country's ILO Convention 29 (Forced Labour) action (${c029})`;
    // Both dated: the very day of C29 is not earlier, a later day is fine.
    expect(check("2016-11-09", "2016-11-09")).toEqual([]);
    expect(check("2016-01-04", "2016-11-09")).toEqual([]);
    // One of them known by its year alone: years are compared.
    expect(check("2016", "2015-12-31")).toEqual([earlier("2015-12-31", "2016")]);
    expect(check("2016-01-04", "2015")).toEqual([earlier("2015", "2016-01-04")]);
    expect(check("2016", "2016-01-04")).toEqual([]);
    expect(check("2016-11-09", "2016")).toEqual([]);
  });
});
