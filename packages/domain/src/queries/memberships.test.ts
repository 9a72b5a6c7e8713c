import { describe, expect, it } from "vitest";
import { edited, minimalEdition } from "../rules/__tests__/fixtures.js";
import { memberships } from "../rules/__tests__/memberships.js";
import { countryMemberships } from "./memberships.js";

const edition = edited((e) => {
  const un = e.organizations.organizations[0]!;
  e.organizations.organizations.push(
    { ...un, name: "Organization of American States", abbreviation: "OAS" },
    { ...un, name: "Bali Regional Ministerial Conference", abbreviation: "Bali Process" },
    { ...un, name: "Council of Europe", abbreviation: "COE" },
  );
  const m = memberships();
  m.outside = ["WTO"];
  m.organizations.push(
    { organization: "OAS", factbook: "OAS", factbookName: "Organization of American States" },
    { organization: "Bali Process", notCovered: "a ministerial process the source does not list" },
    { organization: "COE", unmapped: "an abbreviation the source gives two organizations" },
  );
  m.countries[1]!.participation = "OAS (observer), UN, WTO";
  e.memberships = m;
});

describe("countryMemberships", () => {
  it("is null for an edition that records no memberships", () => {
    expect(countryMemberships(minimalEdition(), "ARG")).toBeNull();
  });

  it("lists the table's organizations a country belongs to, and those the source does not cover or that are unmapped", () => {
    const arg = countryMemberships(edition, "ARG")!;
    expect(arg.file).toBe("south-america/ar.json");
    expect(arg.members.map((m) => m.organization.abbreviation)).toEqual(["UN", "OAS"]);
    expect(arg.otherParticipation).toEqual([]);
    expect(arg.notCovered.map((m) => [m.organization.abbreviation, m.reason])).toEqual([
      ["Bali Process", "a ministerial process the source does not list"],
    ]);
    expect(arg.unmapped.map((m) => m.organization.abbreviation)).toEqual(["COE"]);
    expect(arg.tableSize).toBe(4);
  });

  it("lists no membership for a country the source has no entry for, and still what it does not cover", () => {
    const withoutBrunei = edited((e) => {
      e.organizations = edition.organizations;
      e.memberships = { ...edition.memberships!, countries: edition.memberships!.countries.slice(0, 1) };
    });
    const brn = countryMemberships(withoutBrunei, "BRN")!;
    expect(brn.file).toBeNull();
    expect(brn.members).toEqual([]);
    expect(brn.otherParticipation).toEqual([]);
    expect(brn.notCovered.map((m) => m.organization.abbreviation)).toEqual(["Bali Process"]);
    expect(brn.unmapped.map((m) => m.organization.abbreviation)).toEqual(["COE"]);
  });

  it("keeps an observer apart from the members, with the source's qualifier", () => {
    const brn = countryMemberships(edition, "BRN")!;
    expect(brn.members.map((m) => m.organization.abbreviation)).toEqual(["UN"]);
    expect(brn.otherParticipation.map((m) => [m.organization.abbreviation, m.entry, m.qualifier])).toEqual([
      ["OAS", "OAS (observer)", "observer"],
    ]);
  });
});
