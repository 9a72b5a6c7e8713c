import { describe, expect, it } from "vitest";
import { minimalEdition, published2017Table } from "../rules/__tests__/fixtures.js";
import { countryBrief } from "./country-brief.js";
import { actionsInReportingPeriod } from "./status.js";

const none = { cell: null, notation: "—", description: "Not a party", inReportingPeriod: false };
const p029Footnote = {
  mark: "*",
  text: "ILO Protocol of 2014 to the Forced Labour Convention entered into force November 9, 2016",
};

describe("countryBrief", () => {
  it("gathers everything a one-country briefing needs", () => {
    expect(countryBrief(minimalEdition(), "brn")).toEqual({
      country: "BRN",
      name: "Brunei",
      reportingPeriod: { start: "2016-04", end: "2017-03", label: "April 2016 to March 2017" },
      instruments: [
        { instrument: "palermo", heading: "Palermo Protocol", shortTitle: "Palermo Protocol", status: none },
        {
          instrument: "opac",
          heading: "Optional Protocol on Children in Armed Conflict",
          shortTitle: "Optional Protocol on Children in Armed Conflict",
          status: {
            cell: { kind: "accession", year: 2016 },
            notation: "2016(a)",
            description: "Acceded 2016",
            inReportingPeriod: true,
          },
        },
        {
          instrument: "c029",
          heading: "ILO Convention 29 (Forced Labour)",
          shortTitle: "ILO Convention 29 (Forced Labour)",
          status: none,
        },
        {
          instrument: "p029",
          heading: "ILO Protocol of 2014 to the Forced Labour Convention",
          shortTitle: "ILO Protocol of 2014 to the Forced Labour Convention",
          footnote: "*",
          status: none,
        },
      ],
      counts: { instruments: 4, parties: 1, inReportingPeriod: 1 },
      actionsInReportingPeriod: [
        { country: "BRN", name: "Brunei", instrument: "opac", action: { kind: "accession", year: 2016 } },
      ],
      notRatified: ["palermo", "c029", "p029"],
      footnotes: [p029Footnote],
    });
  });

  it("counts the 2017 table's columns for Jamaica", () => {
    const brief = countryBrief(published2017Table(), "JAM");
    expect(brief?.counts).toEqual({ instruments: 8, parties: 7, inReportingPeriod: 1 });
    expect(brief?.notRatified).toEqual(["p029"]);
    expect(brief?.instruments.map((i) => i.status.notation)).toEqual([
      "2003",
      "2011",
      "2002",
      "1962",
      "—",
      "1962",
      "2003",
      "2016",
    ]);
  });

  it("lists each country's actions in the reporting period as the whole table's list does, in column order", () => {
    const table = structuredClone(published2017Table());
    // Argentina with two actions in the period (P029, 2016, and C189 made 2016 as well), the second column first in the row's cells.
    const argentina = table.conventions.rows.find((r) => r.country === "ARG")!;
    const { c189: _none, ...others } = argentina.cells;
    argentina.cells = { c189: argentina.cells.p029!, ...others };
    const all = actionsInReportingPeriod(table);
    expect(all.filter((a) => a.country === "ARG").map((a) => a.instrument)).toEqual(["p029", "c189"]);
    for (const row of table.conventions.rows) {
      expect(countryBrief(table, row.country)?.actionsInReportingPeriod).toEqual(
        all.filter((a) => a.country === row.country),
      );
    }
    expect(countryBrief(table, "ARG")?.counts.inReportingPeriod).toBe(2);
  });

  it("leaves out footnotes of columns the table does not show", () => {
    const withoutP029 = minimalEdition();
    withoutP029.conventions.columns = withoutP029.conventions.columns.filter((c) => c.instrument !== "p029");
    expect(countryBrief(withoutP029, "ARG")?.footnotes).toEqual([]);
  });

  it("is undefined for a country the table does not list", () => {
    expect(countryBrief(minimalEdition(), "USA")).toBeUndefined();
  });
});
