import { describe, expect, it } from "vitest";
import { edited, minimalEdition } from "./__tests__/fixtures.js";
import { memberships } from "./__tests__/memberships.js";
import { membershipOrganizations } from "./membership-organizations.js";

describe("membership-organizations", () => {
  it("passes an edition without memberships, and one that maps every organization once", () => {
    expect(membershipOrganizations.check(minimalEdition())).toEqual([]);
    expect(membershipOrganizations.check(minimalEdition({ memberships: memberships() }))).toEqual([]);
  });

  it("reports an organization the table lacks, one mapped twice, and one of the table left out", () => {
    const edition = edited((e) => {
      e.organizations.organizations.push({
        ...e.organizations.organizations[0]!,
        name: "Regional Conference on Migration",
        abbreviation: "RCM",
      });
      const m = memberships();
      m.organizations.push({ organization: "Bali", notCovered: "a ministerial process the source does not list" });
      m.organizations.push({ organization: "UN", unmapped: "mapped a second time, by mistake" });
      e.memberships = m;
    });
    expect(membershipOrganizations.check(edition).map((o) => [o.path, o.message])).toEqual([
      [
        ["memberships", "organizations", 1, "organization"],
        '"Bali" is not an organization of the multilateral organizations table',
      ],
      [["memberships", "organizations", 2, "organization"], '"UN" is mapped twice'],
      [["memberships", "organizations"], '"RCM" of the multilateral organizations table is not in memberships.yaml'],
    ]);
  });

  it("reports an organization of the table left out", () => {
    const edition = edited((e) => {
      e.organizations.organizations.push({
        ...e.organizations.organizations[0]!,
        name: "Regional Conference on Migration",
        abbreviation: "RCM",
      });
      e.memberships = memberships();
    });
    expect(membershipOrganizations.check(edition).map((o) => [o.path, o.message])).toEqual([
      [["memberships", "organizations"], '"RCM" of the multilateral organizations table is not in memberships.yaml'],
    ]);
  });
});
