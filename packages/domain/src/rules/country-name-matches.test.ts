import { describe, expect, it } from "vitest";
import { minimalEdition, row, withRows } from "./__tests__/fixtures.js";
import { countryNameMatches } from "./country-name-matches.js";

const none = { palermo: "2016", opac: "—", c029: "—", p029: "—" };

const namesNotMatchingCodes = withRows(
  row("ARG", "Brazil", none),
  row("BRN", "Brunei Darussalam", none),
  row("CZE", "Czech Republic", none),
  row("CIV", "Côte d’Ivoire", none),
  row("FRA", "Frankreich", none),
  row("XXA", "Atlantis", none),
  row("MMR", "Burma", none),
  row("KOR", "Korea, South", none),
  row("LCA", "St. Lucia", none),
  // A name two countries share is a spelling of each: the code says which.
  row("COG", "Congo", none),
);

describe("country-name-matches", () => {
  it("passes the minimal edition", () => {
    expect(countryNameMatches.check(minimalEdition())).toEqual([]);
  });

  it("reports names that are not a spelling of the code, accepting aliases, accents, apostrophes and list forms (Korea, South; St. Lucia)", () => {
    expect(countryNameMatches.check(namesNotMatchingCodes)).toEqual([
      {
        path: ["conventions", "rows", 0, "name"],
        subject: "ARG",
        message: '"Brazil" is not a spelling of ARG (Argentina)',
        hint: '"Brazil" is BRA: correct the code or the name',
      },
      {
        path: ["conventions", "rows", 4, "name"],
        subject: "FRA",
        message: '"Frankreich" is not a spelling of FRA (France)',
        hint: 'print the name as the report spells it ("France"), or add the spelling as an alias',
      },
    ]);
  });
});
