import { edition2017 } from "@tip/data";
import type { ConventionRow, Edition } from "@tip/domain";
import { beforeEach, describe, expect, it } from "vitest";
import { buildAppendixView } from "./appendix.js";

// The shipped 2017 edition, with a first row, a peace-keeping organization and a multilateral
// organization set to the cases the appendix prints differently.
const base: Edition = edition2017;
const { start, end } = base.reportingPeriod;
const startYear = Number(start.slice(0, 4));
const endYear = Number(end.slice(0, 4));
const row: ConventionRow = {
  ...base.conventions.rows[0]!,
  cells: {
    palermo: { kind: "accession", year: endYear },
    opsc: { kind: "acceptance", year: startYear - 1 },
    opac: { kind: "ratification", year: startYear, date: `${start}-01` },
    c029: null,
    p029: { kind: "ratification", year: endYear + 1 },
    c105: { kind: "ratification", year: 1960 },
    c182: { kind: "ratification", year: startYear },
    c189: null,
  },
};
const [peacekeeper, ...otherPeacekeepers] = base.peacekeeping.organizations;
const [organization, plainOrganization, ...otherOrganizations] = base.organizations.organizations;
// An organization printed without an abbreviation or a remark.
const { abbreviation: _abbreviation, remark: _remark, ...plain } = plainOrganization!;
const edition: Edition = {
  ...base,
  conventions: { ...base.conventions, rows: [row, ...base.conventions.rows.slice(1)] },
  peacekeeping: {
    ...base.peacekeeping,
    organizations: [
      {
        ...peacekeeper!,
        personnel: 1234567,
        missions: 1000,
        allegations: {
          total: 12,
          breakdown: [
            { category: "civilian", count: 5 },
            { category: "military", count: 7 },
          ],
          narrative: "Seven were substantiated.",
        },
        links: ["https://conduct.example.org/", "www.example.org/report", "ftp://files.example.org/"],
      },
      ...otherPeacekeepers,
    ],
  },
  organizations: {
    ...base.organizations,
    organizations: [
      {
        ...organization!,
        abbreviation: "XO",
        remark: "(the remark)",
        websites: [{ url: "www.xo.example.org" }, { url: "https://xo.example.org/en?a=1&b=2", label: "in English" }],
        linkGroups: [{ title: "Reports", links: [{ url: "http://xo.example.org/reports" }] }],
      },
      plain,
      ...otherOrganizations,
    ],
  },
};
describe("buildAppendixView", () => {
  // Built before each test, not while the tests are collected: a mutation test's mutant is active only then, and only then is its coverage the test's.
  let view: ReturnType<typeof buildAppendixView>;
  beforeEach(() => {
    view = buildAppendixView(edition);
  });

  it("prints each cell of the table in the published notation, marking those within the reporting period", () => {
    const first = view.conventions.rows[0]!;
    expect(first).toMatchObject({ code: row.country, name: row.name });
    const byInstrument = Object.fromEntries(
      edition.conventions.columns.map((column, i) => [column.instrument, first.cells[i]]),
    );
    expect(byInstrument).toEqual({
      palermo: { notation: `${endYear}(a)`, inReportingPeriod: true },
      opsc: { notation: `${startYear - 1}(A)`, inReportingPeriod: false },
      opac: { notation: String(startYear), inReportingPeriod: true },
      c029: { notation: "—", inReportingPeriod: false },
      p029: { notation: String(endYear + 1), inReportingPeriod: false },
      c105: { notation: "1960", inReportingPeriod: false },
      c182: { notation: String(startYear), inReportingPeriod: true },
      c189: { notation: "—", inReportingPeriod: false },
    });
    expect(view.conventions.rows).toHaveLength(edition.conventions.rows.length);
  });

  it("keeps the table's columns in order, with a footnote mark or null", () => {
    expect(view.conventions.columns.map((c) => [c.instrument, c.footnote])).toEqual(
      edition.conventions.columns.map((c) => [c.instrument, c.footnote ?? null]),
    );
    expect(view.reportingPeriod).toMatch(new RegExp(`^\\w+ ${startYear} to \\w+ ${endYear}$`));
  });

  it("prints peace-keeping figures with thousands separators, the allegations' breakdown, and links a reader can follow", () => {
    const un = view.peacekeeping.organizations[0]!;
    expect(un.personnel).toBe("1,234,567");
    expect(un.missions).toBe("1,000");
    expect(un.allegations).toEqual({
      figures: "12 [civilian (5), military (7)]",
      narrative: "Seven were substantiated.",
    });
    expect(un.links).toEqual([
      { url: "https://conduct.example.org/", href: "https://conduct.example.org/" },
      // Printed without a scheme: linked as http.
      { url: "www.example.org/report", href: "http://www.example.org/report" },
      // Not a web link: printed as it is.
      { url: "ftp://files.example.org/", href: "ftp://files.example.org/" },
    ]);
  });

  it("lists each organization's websites and link groups with their labels, and null for what it lacks", () => {
    const [first, second] = view.organizations.rows;
    expect(first).toMatchObject({
      abbreviation: "XO",
      remark: "(the remark)",
      websites: [
        { url: "www.xo.example.org", href: "http://www.xo.example.org", label: null },
        { url: "https://xo.example.org/en?a=1&b=2", href: "https://xo.example.org/en?a=1&b=2", label: "in English" },
      ],
      linkGroups: [
        {
          title: "Reports",
          links: [{ url: "http://xo.example.org/reports", href: "http://xo.example.org/reports", label: null }],
        },
      ],
      frameworkDocuments: organization!.frameworkDocuments.map((d) => d.title),
      focalPoints: organization!.focalPoints,
    });
    expect(second).toMatchObject({ abbreviation: null, remark: null });
  });

  it("words the photo credits' places and positions as the report prints them", () => {
    const credits = view.photoCredits.credits;
    expect(credits).toHaveLength(edition.photoCredits.credits.length);
    const places = credits.map((c) => c.place);
    expect(places).toContain("Inside front cover");
    expect(places.every((p) => /^[A-Z]/.test(p))).toBe(true);
    const positions = credits.flatMap((c) => c.credits.map((k) => k.position));
    // Positions are capitalised ("Top"), and a credit with none has null.
    expect(positions).toContain(null);
    expect(positions.filter((p) => p !== null).every((p) => /^[A-Z][a-z]+$/.test(p!))).toBe(true);
    expect(positions.filter((p) => p !== null).length).toBeGreaterThan(0);
  });
});
