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
    expect(membershipOrganizations.check(edition)).toEqual([
      {
        path: ["memberships", "organizations", 1, "organization"],
        subject: "memberships/Bali",
        message: '"Bali" is not an organization of the multilateral organizations table',
        hint: "name it as organizations.yaml does, by its abbreviation or, where it has none, its name: UN, RCM",
      },
      {
        path: ["memberships", "organizations", 2, "organization"],
        subject: "memberships/UN",
        message: '"UN" is mapped twice',
        hint: "keep one entry per organization",
        first: { path: ["memberships", "organizations", 0, "organization"], fallback: "entry 1" },
      },
      {
        path: ["memberships", "organizations"],
        subject: "memberships/RCM",
        message: '"RCM" of the multilateral organizations table is not in memberships.yaml',
        hint: "give the source's abbreviation for it (factbook, factbookName), or say why the source does not cover it (notCovered) or why it is left unmapped (unmapped)",
      },
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
