import { describe, expect, it } from "vitest";
import { edited, minimalEdition } from "./__tests__/fixtures.js";
import { memberships } from "./__tests__/memberships.js";
import { membershipCountries } from "./membership-countries.js";

describe("membership-countries", () => {
  it("passes countries named once, in the table or not, and a table country without an entry", () => {
    const m = memberships();
    m.countries = [m.countries[0]!, { ...m.countries[0]!, country: "FRA" }];
    expect(membershipCountries.check(minimalEdition({ memberships: m }))).toEqual([]);
  });

  it("reports an unknown code and a country listed twice", () => {
    const edition = edited((e) => {
      const m = memberships();
      const [arg] = m.countries;
      m.countries = [arg!, { ...arg!, country: "XYZ" }, arg!];
      e.memberships = m;
    });
    expect(membershipCountries.check(edition).map((o) => [o.path, o.message])).toEqual([
      [["memberships", "countries", 1, "country"], "XYZ is not a known country code"],
      [["memberships", "countries", 2, "country"], "ARG is listed twice"],
    ]);
  });
});
