import { describe, expect, it } from "vitest";
import { minimalEdition, row, withRows } from "./__tests__/fixtures.js";
import { notBeforeAdoption } from "./not-before-adoption.js";

const actionsBeforeAdoption = withRows(
  // Palermo was adopted 2000-11-15: the year 2000 is not before it, a date in October is.
  row("ARG", "Argentina", { palermo: "2000", opac: "1999", c029: "1950", p029: "2013" }),
  row("BRN", "Brunei", { palermo: "2000-10-31(a)", opac: "2016(a)", c029: "—", p029: "—" }),
);

describe("not-before-adoption", () => {
  it("passes the minimal edition", () => {
    expect(notBeforeAdoption.check(minimalEdition())).toEqual([]);
  });

  it("reports every action before its instrument's adoption, by date where the action has one", () => {
    const hint = "check the year against the UN Treaty Collection or ILO NORMLEX, and the column it is in";
    expect(notBeforeAdoption.check(actionsBeforeAdoption)).toEqual([
      {
        path: ["conventions", "rows", 0, "cells", "opac"],
        subject: "ARG/opac",
        message:
          "Argentina (ARG), Optional Protocol on Children in Armed Conflict: 1999 is before the instrument was adopted on 2000-05-25",
        hint,
      },
      {
        path: ["conventions", "rows", 0, "cells", "p029"],
        subject: "ARG/p029",
        message:
          "Argentina (ARG), ILO Protocol of 2014 to the Forced Labour Convention: 2013 is before the instrument was adopted on 2014-06-11",
        hint,
      },
      {
        path: ["conventions", "rows", 1, "cells", "palermo"],
        subject: "BRN/palermo",
        message: "Brunei (BRN), Palermo Protocol: 2000-10-31(a) is before the instrument was adopted on 2000-11-15",
        hint,
      },
    ]);
  });

  it("accepts an action on the very day of adoption, and one in the adoption year known only by its year", () => {
    // Palermo adopted 2000-11-15, C189 2011-06-16.
    const onTheDay = withRows(
      row("ARG", "Argentina", { palermo: "2000-11-15", opac: "2000", c029: "1930", p029: "2014-06-11" }),
      row("BRN", "Brunei", { palermo: "2000(a)", opac: "2000-05-25(a)", c029: "—", p029: "2014" }),
    );
    expect(notBeforeAdoption.check(onTheDay)).toEqual([]);
  });

  it("reports a dated action one day before adoption, and a year-only action the year before", () => {
    const dayBefore = withRows(
      row("ARG", "Argentina", { palermo: "2000-11-14", opac: "2002", c029: "1929", p029: "2016" }),
    );
    expect(notBeforeAdoption.check(dayBefore).map((p) => p.subject)).toEqual(["ARG/palermo", "ARG/c029"]);
  });
});
