import type { Action, Cell } from "../../model/actions.js";
import type { ConventionRow } from "../../model/conventions.js";
import type { Edition } from "../../model/edition.js";
import { instrumentIds, type InstrumentId } from "../../model/instruments.js";

// Test fixture: a small edition drawn from the 2017 appendix, not a dataset.

const r = (year: number): Action => ({ kind: "ratification", year });
const a = (year: number): Action => ({ kind: "accession", year });

/** A convention-table row from cells in column order (palermo … c189). */
export function row(country: string, name: string, cells: readonly Cell[]): ConventionRow {
  return {
    country,
    name,
    cells: Object.fromEntries(instrumentIds.map((id, i) => [id, cells[i] ?? null])) as Record<InstrumentId, Cell>,
  };
}

/** A minimal valid edition; every call returns a fresh object, free to mutate. */
export function minimalEdition(): Edition {
  return {
    year: 2017,
    title: "2017 Trafficking in Persons Report",
    published: "2017-06-27",
    reportingPeriod: { start: "2016-04", end: "2017-03" },
    source: { name: "U.S. Department of State", url: "https://www.state.gov/tipreport" },
    conventions: {
      heading: "RELEVANT INTERNATIONAL CONVENTIONS",
      intro:
        "The chart below shows the Ratification, Accession (a), or Acceptance (A) between April 2016 and March 2017.",
      countryHeading: "Country",
      columns: instrumentIds.map((instrument) => ({
        instrument,
        heading: `Heading of ${instrument}`,
        subheading: "Ratification",
        ...(instrument === "p029" ? { footnote: "*" } : {}),
      })),
      rows: [
        row("ARG", "Argentina", [r(2002), r(2003), r(2002), r(1950), r(2016), r(1960), r(2001), r(2014)]),
        row("BRN", "Brunei", [null, a(2006), a(2016), null, null, null, r(2008), null]),
        row("CZE", "Czechia", [r(2014), r(2013), r(2001), r(1993), r(2016), r(1996), r(2001), null]),
      ],
      footnotes: [
        { mark: "*", text: "ILO Protocol of 2014 to the Forced Labour Convention entered into force November 9, 2016" },
      ],
    },
    peacekeeping: {
      heading: "STOPPING HUMAN TRAFFICKING BY INTERNATIONAL PEACEKEEPERS",
      intro: "As required by law, this section summarizes actions taken.",
      allegationsYear: 2016,
      organizations: [
        {
          id: "un",
          heading: "UNITED NATIONS",
          personnel: 107574,
          missions: 16,
          preventionPolicy: "Special Measures for Protection from Sexual Exploitation and Sexual Abuse (2003)",
          leadOffice: "Office of Field Support",
          training: "Pre-deployment and at mission",
          allegations: {
            total: 165,
            breakdown: [
              { category: "civilian", count: 68 },
              { category: "military", count: 93 },
              { category: "police", count: 7 },
            ],
            narrative:
              "103 allegations were reported against personnel of 14 UN peacekeeping and special political missions.",
          },
          newInitiatives: "A Trust Fund in Support of Victims of SEA has been created.",
          links: ["https://conduct.unmissions.org/"],
        },
        {
          id: "osce",
          heading: "OSCE",
          personnel: 2870,
          missions: 15,
          preventionPolicy: "Code of Conduct for Staff and Mission Members",
          leadOffice: "Office of Human Resources",
          training: "Pre-deployment",
          allegations: { total: null, breakdown: [], narrative: "No reported allegations" },
          newInitiatives: "",
          links: ["http://www.osce.org/what/trafficking"],
        },
      ],
    },
    organizations: {
      heading: "MULTILATERAL ORGANIZATIONS COMBATING TRAFFICKING IN PERSONS",
      columnHeadings: [
        "ORGANIZATIONS AND SELECTED LINKS OF INTEREST",
        "FRAMEWORK DOCUMENT RELEVANT TO TIP",
        "TIP FOCAL POINT",
      ],
      organizations: [
        {
          name: "United Nations",
          abbreviation: "UN",
          websites: [{ url: "www.un.org" }],
          linkGroups: [
            {
              title: "United Nations Office on Drugs and Crime (UNODC)",
              links: [
                { url: "www.unodc.org" },
                { url: "https://www.unodc.org/cld/en/v3/htms/index.html", label: "Human Trafficking Knowledge Portal" },
              ],
            },
          ],
          frameworkDocuments: [
            {
              title: "United Nations Global Plan of Action to Combat Trafficking in Persons (A/RES/64/293) (2010)",
              years: [2010],
            },
          ],
          focalPoints: [
            "Special Rapporteur on Trafficking in Persons, Especially Women and Children",
            "Special Rapporteur on Contemporary Forms of Slavery",
          ],
        },
        {
          name: "African Union",
          abbreviation: "AU",
          websites: [{ url: "www.africa-union.org/" }],
          linkGroups: [],
          frameworkDocuments: [
            {
              title:
                "Ouagadougou Action Plan to Combat Trafficking in Human Beings, Especially Women and Children (2006)",
              years: [2006],
            },
          ],
          focalPoints: [],
        },
        {
          name: "Commonwealth of Independent States",
          abbreviation: "CIS",
          remark: "(in Russian only)",
          websites: [{ url: "www.cis.minsk.by/" }],
          linkGroups: [],
          frameworkDocuments: [
            {
              title:
                "Program of Cooperation between the CIS Member States against Trafficking in Persons for 2014–2018",
              years: [2014, 2018],
            },
          ],
          focalPoints: [],
        },
      ],
    },
    glossary: {
      heading: "GLOSSARY OF ABBREVIATIONS",
      entries: [
        { term: "ASEAN", definition: "Association of Southeast Asian Nations" },
        { term: "EU", definition: "European Union" },
        { term: "UN", definition: "United Nations" },
      ],
    },
    notes: [
      {
        label: "NOTES",
        text: "Local currencies have been converted to U.S. dollars using the rates of December 31, 2016.",
      },
    ],
    photoCredits: {
      heading: "PHOTO CREDITS",
      credits: [
        {
          place: { kind: "inside-front-cover" },
          credits: [{ credit: "Thomas J. Abercrombie/National Geographic Creative" }],
        },
        {
          place: { kind: "page", page: 19 },
          credits: [
            { position: "top", credit: "AP Photo/A.M. Ahad" },
            { position: "bottom", credit: "John Stanmeyer/National Geographic Creative" },
          ],
        },
        { place: { kind: "pages", from: 36, to: 37 }, credits: [{ credit: "Ian Berry/Magnum Photos" }] },
      ],
    },
    closingNote: {
      heading: "A CLOSING NOTE",
      paragraphs: [
        "Governments hold a unique position in the fight against human trafficking.",
        "The *Trafficking in Persons Report* includes data on the important work being done.",
      ],
    },
    staff: {
      heading: "THE STAFF OF THE OFFICE TO MONITOR AND COMBAT TRAFFICKING IN PERSONS IS:",
      names: ["Karen Vierling Allen", "Julia F. Anderson", "Tom Babington", "Andrea Balint"],
    },
    exceptions: [
      {
        rule: "allegation-breakdown-total",
        subject: "peacekeeping/un/allegations",
        reason: "The published breakdown adds up to 168, not the published total of 165.",
      },
    ],
  };
}
