// A table pasted tab- or comma-separated as editors' tools leave it: lines of spaces around it, a
// header of the country column alone, ILO headings in other spellings.
import { describe, expect, it } from "vitest";
import { importConventionTable } from "../src/load/index.js";
import { where } from "./edition-copy.js";

describe("a pasted table", () => {
  it("takes lines of spaces above the table and between its rows for blank lines", () => {
    const result = importConventionTable("   \nCountry\tC29\n\tRatification\n    \nArgentina\t1950\n \n", {
      file: "p.tsv",
    });
    expect(where(result.issues)).toEqual([]);
    expect(result.ok && result.rows.map((r) => `${r.country} ${JSON.stringify(r.cells)}`)).toEqual([
      'ARG {"c029":{"kind":"ratification","year":1950}}',
    ]);
  });

  it("keeps a quoted cell of spaces as a row, reported", () => {
    const result = importConventionTable('Country,C29\n,Ratification\n"  "\nArgentina,1950\n', { file: "p.csv" });
    expect(where(result.issues)).toEqual(["p.csv:3:1 import/unknown-country", "p.csv:3:1 import/field-count"]);
  });

  it("reads a header of the country column alone as a table of no instruments", () => {
    const result = importConventionTable('Country\n""\nArgentina\n', { file: "p.csv" });
    expect(where(result.issues)).toEqual([]);
    expect(result.ok && result.columns).toEqual([]);
    expect(result.ok && result.rows).toEqual([{ country: "ARG", name: "Argentina", cells: {} }]);
  });

  it("names an ILO convention by its number written close to No. (Convention No.182 on WFCL)", () => {
    const result = importConventionTable("Country\tConvention No.182 on WFCL\n\t\nArgentina\t2001\n", {
      file: "p.tsv",
    });
    expect(result.ok && result.columns.map((c) => c.instrument)).toEqual(["c182"]);
  });
});
