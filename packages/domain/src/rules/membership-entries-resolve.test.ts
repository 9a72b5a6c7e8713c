import { describe, expect, it } from "vitest";
import { edited, minimalEdition } from "./__tests__/fixtures.js";
import { memberships } from "./__tests__/memberships.js";
import { membershipEntriesResolve } from "./membership-entries-resolve.js";

describe("membership-entries-resolve", () => {
  it("passes when every entry is mapped or outside the table", () => {
    expect(membershipEntriesResolve.check(minimalEdition({ memberships: memberships() }))).toEqual([]);
  });

  it("reports every entry neither mapped nor outside, qualifier and all, and an abbreviation that is both", () => {
    const edition = edited((e) => {
      const m = memberships();
      m.countries[0]!.participation = "OAS, UN, WTO, CE, ASEAN (dialogue partner)";
      m.outside.push("UN");
      // A mapping without a source abbreviation maps nothing: "RCM" in a participation list stays unresolved.
      m.organizations.push({ organization: "RCM", notCovered: "a regional process the source does not list" });
      m.countries[1]!.participation = "UN, WTO, RCM";
      e.memberships = m;
    });
    expect(membershipEntriesResolve.check(edition)).toEqual([
      {
        path: ["memberships", "outside", 2],
        subject: "memberships/outside/UN",
        message: '"UN" is both mapped to an organization of the table and recorded as outside it',
        hint: "remove it from outside, or from the organization it is mapped to",
      },
      expect.objectContaining({
        path: ["memberships", "countries", 0, "participation"],
        subject: "memberships/ARG/CE",
        message: `ARG's "CE" is neither mapped to an organization of the table nor recorded as outside it`,
      }),
      expect.objectContaining({
        path: ["memberships", "countries", 0, "participation"],
        subject: "memberships/ARG/ASEAN",
        message: `ARG's "ASEAN (dialogue partner)" is neither mapped to an organization of the table nor recorded as outside it`,
        hint: "add \"ASEAN\" to outside, or map it to the table's organization it names (with the source's name for it)",
      }),
      expect.objectContaining({ subject: "memberships/BRN/RCM" }),
    ]);
  });
});
