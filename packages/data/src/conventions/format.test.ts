import type { ConventionTable } from "@tip/domain";
import { describe, expect, it } from "vitest";
import { formatConventionsCsv, formatPublishedTable } from "./format.js";
import { readConventionsCsv } from "./read.js";

const table: ConventionTable = {
  heading: "RELEVANT INTERNATIONAL CONVENTIONS",
  intro: "Intro.",
  countryHeading: "Country",
  columns: [
    { instrument: "c029", heading: "ILO Convention 29, Forced Labour", subheading: "Ratification" },
    {
      instrument: "p029",
      heading: "ILO Protocol of 2014 to the Forced Labour Convention",
      subheading: "Ratification",
      footnote: "*",
    },
  ],
  rows: [
    {
      country: "ARG",
      name: "Argentina",
      cells: { c029: { kind: "ratification", year: 1950 }, p029: { kind: "ratification", year: 2016 } },
    },
    { country: "BRN", name: "Brunei, Darussalam", cells: { c029: null, p029: null } },
  ],
  footnotes: [{ mark: "*", text: "entered into force November 9, 2016" }],
};

describe("formatConventionsCsv", () => {
  it("writes the columns in the table's order, quoting where CSV needs it", () => {
    expect(formatConventionsCsv(table)).toBe(
      'country,name,c029,p029\nARG,Argentina,1950,2016\nBRN,"Brunei, Darussalam",—,—\n',
    );
  });

  it("is read back to the same rows", () => {
    expect(readConventionsCsv(formatConventionsCsv({ conventions: table }), { file: "c.csv" }).rows).toEqual(
      table.rows,
    );
  });
});

describe("formatPublishedTable", () => {
  it("prints the two header rows and one line per country, tab-separated", () => {
    expect(formatPublishedTable(table).split("\n")).toEqual([
      "Country\tILO Convention 29, Forced Labour\tILO Protocol of 2014 to the Forced Labour Convention*",
      "\tRatification\tRatification",
      "Argentina\t1950\t2016",
      "Brunei, Darussalam\t—\t—",
    ]);
  });

  it("adds the footnotes on request", () => {
    expect(formatPublishedTable(table, { footnotes: true }).split("\n").slice(-2)).toEqual([
      "",
      "* entered into force November 9, 2016",
    ]);
  });

  it("adds nothing for footnotes when the table has none, and prints a missing cell as none", () => {
    const plain = {
      ...table,
      columns: table.columns.slice(0, 1),
      rows: [{ ...table.rows[0]!, cells: {} }],
      footnotes: [],
    };
    expect(formatPublishedTable({ conventions: plain }, { footnotes: true }).split("\n")).toEqual([
      "Country\tILO Convention 29, Forced Labour",
      "\tRatification",
      "Argentina\t—",
    ]);
    expect(formatConventionsCsv(plain)).toBe("country,name,c029\nARG,Argentina,—\n");
  });
});
