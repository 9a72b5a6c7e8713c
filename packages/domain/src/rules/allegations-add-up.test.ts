import { describe, expect, it } from "vitest";
import { edited, minimalEdition } from "./__tests__/fixtures.js";
import { allegationsAddUp } from "./allegations-add-up.js";

// As published in 2017: 165 total, yet 68 + 93 + 7 = 168.
const un2017Allegations = edited((e) => {
  const osce = e.peacekeeping.organizations[0]!;
  e.peacekeeping.organizations = [
    {
      ...osce,
      id: "un",
      heading: "UNITED NATIONS",
      allegations: {
        total: 165,
        breakdown: [
          { category: "civilian", count: 68 },
          { category: "military", count: 93 },
          { category: "police", count: 7 },
        ],
        narrative:
          "103 allegations were reported against personnel of 14 UN peacekeeping and special political missions.",
      },
    },
    { ...osce, allegations: { total: null, breakdown: [], narrative: "No reported allegations" } },
    { ...osce, id: "nato", heading: "NATO", allegations: { total: 4, breakdown: [], narrative: "" } },
  ];
});

describe("allegations-add-up", () => {
  it("passes the minimal edition", () => {
    expect(allegationsAddUp.check(minimalEdition())).toEqual([]);
  });

  it("reports a breakdown that does not add up, with the subject exceptions record", () => {
    expect(allegationsAddUp.check(un2017Allegations)).toEqual([
      {
        path: ["peacekeeping", "organizations", 0, "allegations", "total"],
        subject: "peacekeeping/un/allegations",
        message:
          "UNITED NATIONS: the allegations by category (civilian 68 + military 93 + police 7 = 168) do not add up to the total 165",
        hint: 'check the figures against the source; if the source itself disagrees, keep them and record an exception for "peacekeeping/un/allegations" with the reason',
      },
    ]);
  });

  it("checks nothing where the report publishes no total, even with figures by category", () => {
    const noTotal = edited((e) => {
      e.peacekeeping.organizations[0]!.allegations = {
        total: null,
        breakdown: [{ category: "civilian", count: 2 }],
        narrative: "Two allegations against civilian staff are under review.",
      };
    });
    expect(allegationsAddUp.check(noTotal)).toEqual([]);
  });
});
