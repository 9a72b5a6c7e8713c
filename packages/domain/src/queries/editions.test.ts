import { describe, expect, it } from "vitest";
import type { Edition } from "../model/edition.js";
import { edited, row } from "../rules/__tests__/fixtures.js";
import { asOfMonth, countryHistory, fullCountryListUrl, newestListing, suggestCountries } from "./editions.js";

// Test fixtures: three made-up editions. 2018 drops Argentina and changes Brunei's Palermo cell;
// 2019 lists Argentina again, unchanged since 2017.
const e2017 = edited(() => {});
const e2018 = edited((e) => {
  e.year = 2018;
  e.title = "2018 Trafficking in Persons Report";
  e.reportingPeriod = { start: "2017-04", end: "2018-03" };
  e.conventions.intro = "A complete list is available at: <https://www.state.gov/tip-2018>";
  e.conventions.rows = [row("BRN", "Brunei", { palermo: "2018(a)", opac: "2016(a)", c029: "—", p029: "—" })];
});
const e2019 = edited((e) => {
  e.year = 2019;
  e.reportingPeriod = { start: "2018-04", end: "2019-03" };
  e.conventions.rows = [row("ARG", "Argentina", { palermo: "2002", opac: "2002", c029: "1950", p029: "2016" })];
});
const all: Edition[] = [e2018, e2017, e2019];

describe("newestListing", () => {
  it("finds the newest edition whose table lists the country, whatever the order given", () => {
    expect(newestListing(all, "BRN")?.year).toBe(2018);
    expect(newestListing(all, "ARG")?.year).toBe(2019);
    expect(newestListing([e2017, e2018], "ARG")?.year).toBe(2017);
    expect(newestListing(all, "DEU")).toBeUndefined();
  });
});

describe("asOfMonth and fullCountryListUrl", () => {
  it("dates an edition by the end of its reporting period, in words", () => {
    expect(asOfMonth(e2017)).toBe("March 2017");
    expect(asOfMonth(edited((e) => (e.reportingPeriod = { start: "2019-07", end: "2020-06" })))).toBe("June 2020");
  });

  it("takes the full list's address from the table's own introduction", () => {
    expect(fullCountryListUrl(e2018)).toBe("https://www.state.gov/tip-2018");
    expect(fullCountryListUrl(edited((e) => (e.conventions.intro = "No link here.")))).toBe(e2017.source.url);
    expect(fullCountryListUrl(edited((e) => (e.conventions.intro = "Listed at <http://example.org/list>.")))).toBe(
      "http://example.org/list",
    );
  });
});

describe("countryHistory", () => {
  it("lists each edition that listed the country, oldest first, with what changed since the one before", () => {
    expect(countryHistory(all, "BRN", 2019)).toEqual([
      { year: 2017, title: e2017.title, asOf: "March 2017", name: "Brunei", since: null, changes: [] },
      {
        year: 2018,
        title: e2018.title,
        asOf: "March 2018",
        name: "Brunei",
        since: 2017,
        changes: ["Palermo Protocol: new accession 2018(a)"],
      },
    ]);
    expect(countryHistory(all, "ARG", 2019).map((l) => [l.year, l.since, l.changes])).toEqual([
      [2017, null, []],
      [2019, 2017, []],
    ]);
  });

  it("stops at the edition a brief is for", () => {
    expect(countryHistory(all, "BRN", 2017).map((l) => l.year)).toEqual([2017]);
    expect(countryHistory(all, "DEU", 2019)).toEqual([]);
  });
});

describe("suggestCountries", () => {
  it("offers near misses over the tables' names and ISO names, listed countries first", () => {
    expect(suggestCountries("Germny", all)).toEqual([{ code: "DEU", name: "Germany", listed: false }]);
    expect(suggestCountries("Brunai", all)[0]).toEqual({ code: "BRN", name: "Brunei", listed: true });
    expect(suggestCountries("Argentna", all)[0]).toEqual({ code: "ARG", name: "Argentina", listed: true });
  });

  it("offers every country a name given in part names, in any word order, before names a letter off", () => {
    const codes = (input: string) => suggestCountries(input, all).map((s) => s.code);
    expect(codes("Korea")).toEqual(["PRK", "KOR"]);
    expect(codes("korea  south")).toEqual(["KOR"]);
    expect(codes("the Congo")).toEqual(["COD", "COG"]);
    // A name two countries go by is no near miss of one: both are offered.
    expect(codes("Congo")).toEqual(["COD", "COG"]);
    // A name with more words than we know it by: Peru, not South Korea ("Republic of Korea", four letters off).
    expect(codes("Republic of Peru")[0]).toBe("PER");
    expect(codes("Kingdom of Spain")[0]).toBe("ESP");
    // The Dominican Republic holds the word; Dominica is one letter off, and comes after it.
    expect(codes("Dominican")).toEqual(["DOM", "DMA"]);
    // Not Guinea itself, whose name this is: the names holding the word, by name.
    expect(codes("Guinea")).toEqual(["GNQ", "GNB", "PNG"]);
    // Whole words only: "Kore" is a typo of Korea's words, not a part of the names.
    expect(codes("Kore")).toEqual([]);
  });

  it("knows a country by the name a table prints, where no ISO name or alias spells it so", () => {
    const printed = edited((e) => {
      e.conventions.rows = [
        row("ARG", "Argentine Republic", { palermo: "2002", opac: "2002", c029: "1950", p029: "2016" }),
      ];
    });
    expect(suggestCountries("Argentine Republc", [printed])[0]).toEqual({
      code: "ARG",
      name: "Argentine Republic",
      listed: true,
    });
  });

  it("compares a code with codes, and offers nothing for what is far from every name", () => {
    expect(
      suggestCountries("ARN", all)
        .map((s) => s.code)
        .slice(0, 2),
    ).toEqual(["ARG", "BRN"]);
    expect(suggestCountries("Atlantis", all)).toEqual([]);
    expect(suggestCountries("Brunei", all).map((s) => s.code)).not.toContain("BRN");
    // Spaces around a code and its case do not make it a name.
    expect(suggestCountries(" arn ", all)).toEqual(suggestCountries("ARN", all));
  });

  it("counts two neighbouring letters swapped as one typo", () => {
    expect(suggestCountries("Gremany", all)).toEqual([{ code: "DEU", name: "Germany", listed: false }]);
    expect(suggestCountries("Germnay", all)).toEqual([{ code: "DEU", name: "Germany", listed: false }]);
  });

  it("allows a typo for every four letters of a long name", () => {
    // Two letters off: an l too many and a p too few.
    expect(suggestCountries("Phillipines", all)).toEqual([{ code: "PHL", name: "Philippines", listed: false }]);
    // Two letters off a four-letter name is too far: the last two letters of Peru, each wrong.
    expect(suggestCountries("Peux", all)).toEqual([]);
    expect(suggestCountries("Pexr", all)).toEqual([]);
    expect(suggestCountries("Perx", all).map((s) => s.code)).toEqual(["PER"]);
  });

  it("ignores accents in what is typed, as in the names", () => {
    expect(suggestCountries("Côte d'Ivoir", all).map((s) => s.code)).toEqual(["CIV"]);
    // Saint Barthélemy has no spelling without its accent.
    expect(suggestCountries("Saint Barthelmy", all).map((s) => s.code)).toEqual(["BLM"]);
  });

  it("reads 'the', 'of' and 'and' as words a name may have or lack", () => {
    const codes = (input: string) => suggestCountries(input, all).map((s) => s.code);
    expect(codes("The Ukraine")).toEqual(["UKR"]);
    expect(codes("Coast of Ivory")).toEqual(["CIV"]);
    expect(codes("Timor and Leste")).toEqual(["TLS"]);
    // Punctuation is no word of its own.
    expect(codes("Korea.")).toEqual(["PRK", "KOR"]);
  });

  it("offers nothing for a blank argument or words that name no country alone", () => {
    for (const input of ["", "  ", "of", "of the", "and of"]) expect(suggestCountries(input, all)).toEqual([]);
  });

  it("puts a listed country before an unlisted one as close, and the nearest first", () => {
    const maltaListed = edited((e) => {
      e.conventions.rows = [row("MLT", "Malta", { palermo: "2003", opac: "2010", c029: "1988", p029: "2020" })];
    });
    // "Malti" is one letter off Mali and Malta: Malta, which an edition lists, comes first.
    expect(suggestCountries("Malti", [maltaListed])).toEqual([
      { code: "MLT", name: "Malta", listed: true },
      { code: "MLI", name: "Mali", listed: false },
    ]);
    expect(suggestCountries("Malti", all).map((s) => s.code)).toEqual(["MLI", "MLT"]);
    // Both listed, in the table's order: by name.
    const bothListed = edited((e) => {
      e.conventions.rows = [
        row("MLT", "Malta", { palermo: "2003", opac: "2010", c029: "1988", p029: "2020" }),
        row("MLI", "Mali", { palermo: "2002", opac: "2002", c029: "1960", p029: "2016" }),
      ];
    });
    expect(suggestCountries("Malti", [bothListed]).map((s) => s.code)).toEqual(["MLI", "MLT"]);
  });

  it("offers at most `limit` suggestions, three unless told", () => {
    expect(suggestCountries("Saint", all)).toHaveLength(3);
    expect(suggestCountries("Saint", all, 5)).toHaveLength(5);
    expect(suggestCountries("Korea", all, 1).map((s) => s.code)).toEqual(["PRK"]);
  });

  it("names a listed country as the newest edition that lists it prints it, and matches that name", () => {
    const renamed = edited((e) => {
      e.year = 2020;
      e.reportingPeriod = { start: "2019-04", end: "2020-03" };
      e.conventions.rows = [
        row("ARG", "Argentine Republic", { palermo: "2002", opac: "2002", c029: "1950", p029: "2016" }),
      ];
    });
    expect(suggestCountries("Argentina Republic", [e2017, renamed])).toEqual([
      { code: "ARG", name: "Argentine Republic", listed: true },
    ]);
    expect(suggestCountries("Argentna", [renamed, e2017])[0]).toEqual({
      code: "ARG",
      name: "Argentine Republic",
      listed: true,
    });
  });
});
