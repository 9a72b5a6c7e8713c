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
    // The subject is what an exception records; "first" becomes "; first at line N" where the loader knows it.
    expect(membershipCountries.check(edition)).toEqual([
      {
        path: ["memberships", "countries", 1, "country"],
        subject: "memberships/XYZ",
        message: "XYZ is not a known country code",
        hint: "use the ISO 3166-1 alpha-3 code, as conventions.csv does (ARG for Argentina)",
      },
      {
        path: ["memberships", "countries", 2, "country"],
        subject: "memberships/ARG",
        message: "ARG is listed twice",
        hint: "keep one entry per country",
        first: { path: ["memberships", "countries", 0, "country"], fallback: "entry 1" },
      },
    ]);
  });
});
