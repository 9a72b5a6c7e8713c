import { describe, expect, it } from "vitest";
import { allCountries, countryByCode, countryByName, isKnownCountryCode, isSpellingOf } from "./countries.js";

describe("countries", () => {
  it("spells Brunei and Czechia as the report does, keeping the ISO names as aliases", () => {
    expect(countryByName("Brunei")?.code).toBe("BRN");
    expect(countryByCode("BRN")).toEqual({ code: "BRN", name: "Brunei", aliases: ["Brunei Darussalam"], iso: true });
    expect(countryByName("Czech Republic")?.code).toBe("CZE");
    expect(countryByCode("CZE")?.name).toBe("Czechia");
  });

  it("handles Kosovo on purpose under the non-ISO code XKX", () => {
    expect(countryByCode("XKX")).toEqual({ code: "XKX", name: "Kosovo", aliases: ["Republic of Kosovo"], iso: false });
    expect(countryByName("Kosovo")?.code).toBe("XKX");
    expect(isKnownCountryCode("XKX")).toBe(true);
    expect(
      allCountries()
        .filter((c) => !c.iso)
        .map((c) => c.code),
    ).toEqual(["XKX"]);
  });

  it("finds Côte d'Ivoire with and without the accent, and with a typographic apostrophe", () => {
    for (const name of ["Côte d'Ivoire", "Cote d'Ivoire", "Côte d’Ivoire", "  côte D'IVOIRE "]) {
      expect(countryByName(name)?.code, name).toBe("CIV");
      expect(isSpellingOf("CIV", name), name).toBe(true);
    }
  });

  it("reads names the way lists write them: turned round, with St., &, or a leading The", () => {
    const codes = (names: string[]) => names.map((n) => countryByName(n)?.code);
    expect(
      codes(["Korea, South", "Korea, North", "Congo, Democratic Republic of the", "Congo, Republic of the"]),
    ).toEqual(["KOR", "PRK", "COD", "COG"]);
    expect(codes(["The Bahamas", "Bahamas, The", "Gambia, The", "the gambia"])).toEqual(["BHS", "BHS", "GMB", "GMB"]);
    expect(codes(["St. Lucia", "St Kitts and Nevis", "St. Vincent & the Grenadines", "Trinidad & Tobago"])).toEqual([
      "LCA",
      "KNA",
      "VCT",
      "TTO",
    ]);
    expect(codes(["Sint Maarten", "Holy See", "Republic of Moldova", "British Virgin Islands"])).toEqual([
      "SXM",
      "VAT",
      "MDA",
      "VGB",
    ]);
    // The rules never make one country's name another's.
    expect(
      codes([
        "Niger",
        "Nigeria",
        "Guinea",
        "Equatorial Guinea",
        "Dominica",
        "Dominican Republic",
        "Sudan",
        "South Sudan",
      ]),
    ).toEqual(["NER", "NGA", "GIN", "GNQ", "DMA", "DOM", "SDN", "SSD"]);
  });

  it("reads names as a data file or a command line may space them", () => {
    const codes = (names: string[]) => names.map((n) => countryByName(n)?.code);
    // No space, or a space too many, around the comma of a turned name, the "&" or the parenthesis.
    expect(codes(["Korea,South", "Korea , South", "Trinidad&Tobago", "Burma(Myanmar)"])).toEqual([
      "KOR",
      "KOR",
      "TTO",
      "MMR",
    ]);
    // A cell with a space left at its end.
    expect(codes(["Burma (Myanmar) ", " Korea, South "])).toEqual(["MMR", "KOR"]);
  });

  it("drops a leading The that no spelling of the name has", () => {
    expect(["The Ukraine", "Sudan, The", "the Lebanon"].map((n) => countryByName(n)?.code)).toEqual([
      "UKR",
      "SDN",
      "LBN",
    ]);
  });

  it("knows the names the U.S. Government uses where ISO's differ (CIA World Factbook)", () => {
    const codes = (names: string[]) => names.map((n) => countryByName(n)?.code);
    expect(
      codes([
        "Burma",
        "Cabo Verde",
        "Macau",
        "Laos",
        "Syria",
        "Kyrgyz Republic",
        "Slovak Republic",
        "Swaziland",
        "Moldova",
      ]),
    ).toEqual(["MMR", "CPV", "MAC", "LAO", "SYR", "KGZ", "SVK", "SWZ", "MDA"]);
    expect(
      codes(["Congo (Brazzaville)", "Zaire", "Ivory Coast", "East Timor", "Holy See (Vatican City)", "Macedonia"]),
    ).toEqual(["COG", "COD", "CIV", "TLS", "VAT", "MKD"]);
    expect(countryByCode("MMR")?.name).toBe("Myanmar");
    expect(isSpellingOf("MMR", "Burma")).toBe(true);
  });

  it("leaves a name two countries share unresolved rather than guess", () => {
    expect(countryByName("Congo")).toBeUndefined();
  });

  it("finds every country by each of its own spellings, and never another country by one", () => {
    const wrong = allCountries().flatMap((c) =>
      [c.name, ...c.aliases].flatMap((n) => {
        const found = countryByName(n);
        return found === undefined || found.code === c.code ? [] : [`${n}: ${c.code} → ${found.code}`];
      }),
    );
    expect(wrong).toEqual([]);
    // No spelling finds nothing, but the one two countries share.
    const lost = allCountries().flatMap((c) =>
      [c.name, ...c.aliases].filter((n) => countryByName(n) === undefined).map((n) => `${c.code}: ${n}`),
    );
    expect(lost).toEqual(["COD: Congo", "COG: Congo"]);
    const unresolved = allCountries()
      .filter((c) => countryByName(c.name)?.code !== c.code)
      .map((c) => c.name);
    expect(unresolved).toEqual([]);
  });

  it("looks codes up in any case, and knows nothing of unknown codes or names", () => {
    expect(countryByCode("arg")?.name).toBe("Argentina");
    expect(countryByCode("XXA")).toBeUndefined();
    expect(isKnownCountryCode("arg")).toBe(false);
    expect(countryByName("Atlantis")).toBeUndefined();
    expect(isSpellingOf("ARG", "Brazil")).toBe(false);
    expect(isSpellingOf("XXA", "Atlantis")).toBe(false);
  });

  it("lists every country once, by code", () => {
    const codes = allCountries().map((c) => c.code);
    expect(codes).toEqual([...new Set(codes)].sort());
    expect(codes.length).toBeGreaterThan(240);
  });
});
