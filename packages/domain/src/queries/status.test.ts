import { describe, expect, it } from "vitest";
import { formatNotation } from "../model/actions.js";
import { minimalEdition, published2017Table } from "../rules/__tests__/fixtures.js";
import { actionsInReportingPeriod, countsPerInstrument, notRatified, partiesTo, statusOf } from "./status.js";

const edition2017 = published2017Table();

describe("statusOf", () => {
  it("describes ratification, accession, acceptance and none", () => {
    expect(statusOf(edition2017, "ARG", "palermo")).toEqual({
      cell: { kind: "ratification", year: 2002 },
      notation: "2002",
      description: "Ratified 2002",
      inReportingPeriod: false,
    });
    expect(statusOf(edition2017, "BRN", "opac")).toEqual({
      cell: { kind: "accession", year: 2016 },
      notation: "2016(a)",
      description: "Acceded 2016",
      inReportingPeriod: true,
    });
    expect(statusOf(edition2017, "fin", "palermo")).toEqual({
      cell: { kind: "acceptance", year: 2006 },
      notation: "2006(A)",
      description: "Accepted 2006",
      inReportingPeriod: false,
    });
    expect(statusOf(edition2017, "BRN", "palermo")).toEqual({
      cell: null,
      notation: "—",
      description: "Not a party",
      inReportingPeriod: false,
    });
  });

  it("is undefined for a country or a column the table lacks", () => {
    expect(statusOf(edition2017, "USA", "palermo")).toBeUndefined();
    expect(statusOf(minimalEdition(), "ARG", "c189")).toBeUndefined();
  });
});

describe("partiesTo", () => {
  it("lists the rows with an action under the instrument, in table order", () => {
    expect(partiesTo(edition2017, "c189").map((r) => r.country)).toEqual(["ARG", "FIN", "JAM", "PAN"]);
    expect(partiesTo(edition2017, "p029").map((r) => r.country)).toEqual([
      "ARG",
      "CYP",
      "CZE",
      "EST",
      "FIN",
      "FRA",
      "MLI",
      "PAN",
      "POL",
    ]);
    expect(partiesTo(minimalEdition(), "c189")).toEqual([]);
  });

  it("counts accession and acceptance as becoming a party, as the UN instruments allow", () => {
    // Finland accepted Palermo (2006(A)); Guinea and Maldives acceded (2004(a), 2016(a)); Brunei and Pakistan are not parties.
    expect(partiesTo(edition2017, "palermo").map((r) => r.country)).toEqual([
      "ARG",
      "CYP",
      "CZE",
      "EST",
      "FIN",
      "FRA",
      "GIN",
      "JAM",
      "MDV",
      "MLI",
      "PAN",
      "POL",
    ]);
    // Brunei 2006(a) and Guinea 2011(a) acceded to the protocol on the sale of children.
    expect(partiesTo(edition2017, "opsc")).toHaveLength(14);
  });
});

describe("actionsInReportingPeriod", () => {
  it("lists each action inside the period with its country and instrument", () => {
    expect(actionsInReportingPeriod(minimalEdition())).toEqual([
      { country: "ARG", name: "Argentina", instrument: "p029", action: { kind: "ratification", year: 2016 } },
      { country: "BRN", name: "Brunei", instrument: "opac", action: { kind: "accession", year: 2016 } },
    ]);
  });

  it("finds the 2017 table's fourteen actions of April 2016 to March 2017", () => {
    expect(
      actionsInReportingPeriod(edition2017).map((a) => `${a.country} ${a.instrument} ${formatNotation(a.action)}`),
    ).toEqual([
      "ARG p029 2016",
      "BRN opac 2016(a)",
      "CYP p029 2017",
      "CZE p029 2016",
      "EST p029 2016",
      "FIN p029 2017",
      "FRA p029 2016",
      "GIN opac 2016(a)",
      "JAM c189 2016",
      "MDV palermo 2016(a)",
      "MLI p029 2016",
      "PAK opac 2016",
      "PAN p029 2016",
      "POL p029 2017",
    ]);
  });
});

describe("notRatified", () => {
  it("lists the table's instruments whose cell is —", () => {
    expect(notRatified(edition2017, "BRN")).toEqual(["palermo", "c029", "p029", "c105", "c189"]);
    expect(notRatified(edition2017, "pak")).toEqual(["palermo", "p029", "c189"]);
    expect(notRatified(edition2017, "USA")).toEqual([]);
  });
});

describe("countsPerInstrument", () => {
  it("counts parties and actions inside the period for each column", () => {
    expect(countsPerInstrument(edition2017)).toEqual({
      palermo: { parties: 12, inReportingPeriod: 1 },
      opsc: { parties: 14, inReportingPeriod: 0 },
      opac: { parties: 14, inReportingPeriod: 3 },
      c029: { parties: 13, inReportingPeriod: 0 },
      p029: { parties: 9, inReportingPeriod: 9 },
      c105: { parties: 13, inReportingPeriod: 0 },
      c182: { parties: 14, inReportingPeriod: 0 },
      c189: { parties: 4, inReportingPeriod: 1 },
    });
  });
});
