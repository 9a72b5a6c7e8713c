import { describe, expect, it } from "vitest";
import { edited, minimalEdition } from "./__tests__/fixtures.js";
import { peacekeepingIdsUnique } from "./peacekeeping-ids-unique.js";

const osceTwice = edited((e) => {
  const osce = e.peacekeeping.organizations[0]!;
  e.peacekeeping.organizations = [osce, { ...osce, id: "nato", heading: "NATO" }, { ...osce, heading: "OSCE (again)" }];
});

describe("peacekeeping-ids-unique", () => {
  it("passes the minimal edition", () => {
    expect(peacekeepingIdsUnique.check(minimalEdition())).toEqual([]);
  });

  it("reports an id used twice", () => {
    expect(peacekeepingIdsUnique.check(osceTwice)).toEqual([
      {
        path: ["peacekeeping", "organizations", 2, "id"],
        subject: "osce",
        message: 'the peacekeeping id "osce" (OSCE (again)) is used twice',
        hint: "give each organization its own short id, e.g. un, osce, nato",
      },
    ]);
  });
});
