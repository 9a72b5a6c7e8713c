import { describe, expect, it } from "vitest";
import { minimalEdition, row, withRows } from "./__tests__/fixtures.js";
import { knownCountry } from "./known-country.js";

const unknownCodes = withRows(
  row("ARG", "Argentina", { palermo: "2002", opac: "2002", c029: "1950", p029: "2016" }),
  row("BRU", "Brunei", { palermo: "—", opac: "2016(a)", c029: "—", p029: "—" }),
  row("XXA", "Atlantis", { palermo: "2016", opac: "—", c029: "—", p029: "—" }),
  row("XKX", "Kosovo", { palermo: "2016", opac: "—", c029: "—", p029: "—" }),
);

describe("known-country", () => {
  it("passes the minimal edition", () => {
    expect(knownCountry.check(minimalEdition())).toEqual([]);
  });

  it("reports every unknown code, suggesting the code the name identifies", () => {
    expect(knownCountry.check(unknownCodes)).toEqual([
      {
        path: ["conventions", "rows", 1, "country"],
        subject: "BRU",
        message: "BRU (Brunei) is not a known country code",
        hint: "Brunei is BRN",
      },
      {
        path: ["conventions", "rows", 2, "country"],
        subject: "XXA",
        message: "XXA (Atlantis) is not a known country code",
        hint: "use the ISO 3166-1 alpha-3 code (ARG for Argentina), or XKX for Kosovo",
      },
    ]);
  });
});
