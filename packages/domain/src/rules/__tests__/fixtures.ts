// Test-only: builders for small editions. Lives in __tests__ so the build leaves it out.
import { parseNotation, type Cell } from "../../model/actions.js";
import type { ConventionColumn, ConventionRow, ConventionTable } from "../../model/conventions.js";
import type { Edition } from "../../model/edition.js";
import { INSTRUMENTS, instrumentIds, type InstrumentId } from "../../model/instruments.js";

/** A table cell from the published notation ("2006(a)", "—"); throws on a typo in a test. */
export function cell(notation: string): Cell {
  const parsed = parseNotation(notation);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

/** A table row from the published notation: row("BRN", "Brunei", { opac: "2016(a)" }). */
export function row(country: string, name: string, cells: Partial<Record<InstrumentId, string>>): ConventionRow {
  return { country, name, cells: Object.fromEntries(Object.entries(cells).map(([id, n]) => [id, cell(n)])) };
}

export function column(instrument: InstrumentId, footnote?: string): ConventionColumn {
  const heading = INSTRUMENTS[instrument].shortTitle;
  const subheading =
    INSTRUMENTS[instrument].family === "ILO" ? "Ratification" : "Ratification, Accession (a), or Acceptance (A)";
  return footnote === undefined ? { instrument, heading, subheading } : { instrument, heading, subheading, footnote };
}

/** Two rows of the 2017 table, over four of its columns; every rule passes. */
const MINIMAL: Edition = {
  year: 2017,
  title: "Trafficking in Persons Report",
  published: "2017-06-27",
  reportingPeriod: { start: "2016-04", end: "2017-03" },
  source: { name: "U.S. Department of State", url: "https://www.state.gov/tipreport" },
  conventions: {
    heading: "Relevant International Conventions",
    intro: "A complete list is available at: <http://www.state.gov/tipreport>",
    countryHeading: "Country",
    columns: [column("palermo"), column("opac"), column("c029"), column("p029", "*")],
    rows: [
      row("ARG", "Argentina", { palermo: "2002", opac: "2002", c029: "1950", p029: "2016" }),
      row("BRN", "Brunei", { palermo: "—", opac: "2016(a)", c029: "—", p029: "—" }),
    ],
    footnotes: [
      { mark: "*", text: "ILO Protocol of 2014 to the Forced Labour Convention entered into force November 9, 2016" },
    ],
  },
  peacekeeping: {
    heading: "Stopping Human Trafficking by International Peacekeepers",
    intro: "As required by law, this section summarizes actions taken.",
    allegationsYear: 2016,
    organizations: [
      {
        id: "osce",
        heading: "OSCE",
        personnel: 2870,
        missions: 15,
        preventionPolicy: "Code of Conduct for Staff and Mission Members",
        leadOffice: "Office of Human Resources",
        training: "Pre-deployment",
        allegations: {
          total: 3,
          breakdown: [
            { category: "civilian", count: 2 },
            { category: "police", count: 1 },
          ],
          narrative: "",
        },
        newInitiatives: "",
        links: ["http://www.osce.org/what/trafficking"],
      },
    ],
  },
  organizations: {
    heading: "Multilateral Organizations Combating Trafficking in Persons",
    columnHeadings: [
      "Organizations and Selected Links of Interest",
      "Framework Document Relevant to TIP",
      "TIP Focal Point",
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
              { url: "https://www.unodc.org/cld/en/v3/htms/index.html", label: "(Human Trafficking Knowledge Portal)" },
            ],
          },
        ],
        frameworkDocuments: [
          {
            title: "United Nations Global Plan of Action to Combat Trafficking in Persons (A/RES/64/293) (2010)",
            years: [2010],
          },
        ],
        focalPoints: ["Special Rapporteur on Contemporary Forms of Slavery"],
      },
    ],
  },
  glossary: {
    heading: "Glossary of Abbreviations",
    entries: [
      { term: "UN", definition: "United Nations" },
      { term: "UNODC", definition: "United Nations Office on Drugs and Crime" },
    ],
  },
  notes: [
    {
      label: "Notes",
      text: "Rates: <https://www.fiscal.treasury.gov/fsreports/rpt/treasRptRateExch/itin-12-2016.pdf>",
    },
  ],
  photoCredits: {
    heading: "Photo Credits",
    credits: [{ place: { kind: "pages", from: 36, to: 37 }, credits: [{ credit: "Ian Berry/Magnum Photos" }] }],
  },
  closingNote: { heading: "A Closing Note", paragraphs: ["The *Trafficking in Persons Report* includes data."] },
  staff: { heading: "The Staff of the Office", names: ["Karen Vierling Allen"] },
  exceptions: [],
};

/** A fresh copy of the minimal valid edition, with top-level parts replaced. */
export function minimalEdition(overrides: Partial<Edition> = {}): Edition {
  return { ...structuredClone(MINIMAL), ...overrides };
}

/** The minimal edition with parts of its convention table replaced. */
export function withTable(table: Partial<ConventionTable>): Edition {
  const edition = minimalEdition();
  return { ...edition, conventions: { ...edition.conventions, ...table } };
}

/** The minimal edition, changed by a recipe: edited((e) => { e.year = 2018; }). */
export function edited(recipe: (edition: Edition) => void): Edition {
  const edition = minimalEdition();
  recipe(edition);
  return edition;
}

/** The minimal edition with these rows in its table. */
export function withRows(...rows: ConventionRow[]): Edition {
  return withTable({ rows });
}

// The 2017 appendix's table as published, in its column order.
const PUBLISHED_2017 = `
Argentina	ARG	2002	2003	2002	1950	2016	1960	2001	2014
Brunei	BRN	—	2006(a)	2016(a)	—	—	—	2008	—
Cyprus	CYP	2003	2006	2010	1960	2017	1960	2000	—
Czechia	CZE	2014	2013	2001	1993	2016	1996	2001	—
Estonia	EST	2004	2004	2014	1996	2016	1996	2001	—
Finland	FIN	2006(A)	2012	2002	1936	2017	1960	2000	2015
France	FRA	2002	2003	2003	1937	2016	1960	2001	—
Guinea	GIN	2004(a)	2011(a)	2016(a)	1959	—	1961	2003	—
Jamaica	JAM	2003	2011	2002	1962	—	1962	2003	2016
Maldives	MDV	2016(a)	2002	2004	2013	—	2013	2013	—
Mali	MLI	2002	2002(a)	2002	1960	2016	1962	2000	—
Pakistan	PAK	—	2011	2016	1957	—	1960	2001	—
Panama	PAN	2004	2001	2001	1966	2016	1966	2000	2015
Poland	POL	2003	2005	2005	1958	2017	1958	2002	—`;

/** The minimal edition carrying the whole 2017 table as published (all 8 columns, 14 rows). */
export function published2017Table(): Edition {
  return withTable({
    columns: instrumentIds.map((id) => column(id, id === "p029" ? "*" : undefined)),
    rows: PUBLISHED_2017.trim()
      .split("\n")
      .map((line) => {
        const [name = "", code = "", ...notations] = line.split("\t");
        return row(
          code,
          name,
          Object.fromEntries(instrumentIds.map((id, i): [InstrumentId, string] => [id, notations[i] ?? ""])),
        );
      }),
  });
}
