import fc from "fast-check";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { actionKinds, type Action, type Cell } from "../model/actions.js";
import { EditionSchema, type Edition } from "../model/edition.js";
import { instrumentIds } from "../model/instruments.js";
import { minimalEdition, row } from "./__tests__/minimal-edition.js";
import { CHANGE_KINDS, DIFF_SECTIONS, type Change } from "./change.js";
import { diffEditions } from "./diff-editions.js";

/** The changes from the fixture to the fixture edited by `edit`. */
function changesAfter(edit: (e: Edition) => void, from: Edition = minimalEdition()): readonly Change[] {
  const next = structuredClone(from);
  edit(next);
  return diffEditions(from, next).changes;
}

const un = (e: Edition) => e.peacekeeping.organizations[0]!;
const org = (e: Edition, abbreviation: string) =>
  e.organizations.organizations.find((o) => o.abbreviation === abbreviation)!;
const rowOf = (e: Edition, code: string) => e.conventions.rows.find((r) => r.country === code)!;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe("diffEditions", () => {
  it("starts from a valid fixture", () => {
    expect(EditionSchema.safeParse(minimalEdition()).success).toBe(true);
  });

  it("finds nothing between identical editions", () => {
    const diff = diffEditions(minimalEdition(), minimalEdition());
    expect(diff).toEqual({
      from: { year: 2017, title: "2017 Trafficking in Persons Report" },
      to: { year: 2017, title: "2017 Trafficking in Persons Report" },
      changes: [],
    });
  });

  it("leaves its inputs alone and shares nothing with them", () => {
    const old = deepFreeze(minimalEdition());
    const next = structuredClone(old) as Edition;
    next.conventions.rows.push(row("DEU", "Germany", [null, null, null, null, r(2017)]));
    deepFreeze(next);
    const diff = diffEditions(old, next);
    expect(diff.changes[0]?.after).toEqual(next.conventions.rows[3]);
    expect(diff.changes[0]?.after).not.toBe(next.conventions.rows[3]);
    expect(JSON.parse(JSON.stringify(diff))).toEqual(diff);
  });
});

const r = (year: number, date?: string): Action =>
  date ? { kind: "ratification", year, date } : { kind: "ratification", year };
const a = (year: number): Action => ({ kind: "accession", year });

describe("the edition's front matter", () => {
  it("reports the year, title, publication date and reporting period of a next edition", () => {
    expect(
      changesAfter((e) => {
        e.year = 2018;
        e.title = "2018 Trafficking in Persons Report";
        e.published = "2018-06-28";
        e.reportingPeriod = { start: "2017-04", end: "2018-03" };
      }),
    ).toEqual([
      {
        section: "edition",
        kind: "year-changed",
        subject: "edition/year",
        before: 2017,
        after: 2018,
        summary: "Year 2017 → 2018",
      },
      {
        section: "edition",
        kind: "text-changed",
        subject: "edition/title",
        before: "2017 Trafficking in Persons Report",
        after: "2018 Trafficking in Persons Report",
        summary: "Title: “2017 Trafficking in Persons Report” → “2018 Trafficking in Persons Report”",
      },
      {
        section: "edition",
        kind: "published-changed",
        subject: "edition/published",
        before: "2017-06-27",
        after: "2018-06-28",
        summary: "Publication date 2017-06-27 → 2018-06-28",
      },
      {
        section: "edition",
        kind: "reporting-period-changed",
        subject: "edition/reporting-period",
        before: { start: "2016-04", end: "2017-03" },
        after: { start: "2017-04", end: "2018-03" },
        summary: "Reporting period April 2016 – March 2017 → April 2017 – March 2018",
      },
    ]);
  });

  it("reports a changed source address", () => {
    expect(changesAfter((e) => (e.source.url = "https://www.state.gov/trafficking-in-persons-report/"))).toEqual([
      {
        section: "edition",
        kind: "text-changed",
        subject: "edition/source/url",
        before: "https://www.state.gov/tipreport",
        after: "https://www.state.gov/trafficking-in-persons-report/",
        summary:
          "Source address: “https://www.state.gov/tipreport” → “https://www.state.gov/trafficking-in-persons-report/”",
      },
    ]);
  });
});

describe("the convention table", () => {
  const cellChange = (kind: Change["kind"], subject: string, before: Cell, after: Cell, summary: string) => ({
    section: "conventions",
    kind,
    subject,
    before,
    after,
    summary,
  });

  it("reports a country added to the table with its row", () => {
    const germany = row("DEU", "Germany", [r(2007), r(2009), r(2004), r(1956), r(2017)]);
    expect(changesAfter((e) => e.conventions.rows.push(germany))).toEqual([
      cellChange("country-added", "conventions/DEU", null, germany as never, "Germany (DEU) added to the table"),
    ]);
  });

  it("reports a country dropped from the table", () => {
    const brunei = minimalEdition().conventions.rows[1]!;
    expect(changesAfter((e) => e.conventions.rows.splice(1, 1))).toEqual([
      cellChange("country-dropped", "conventions/BRN", brunei as never, null, "Brunei (BRN) dropped from the table"),
    ]);
  });

  it("classifies a new ratification", () => {
    expect(changesAfter((e) => (rowOf(e, "CZE").cells.c189 = r(2017)))).toEqual([
      cellChange("action-added", "conventions/CZE/c189", null, r(2017), "Czechia (CZE), C189: new ratification 2017"),
    ]);
  });

  it("classifies a new accession", () => {
    expect(changesAfter((e) => (rowOf(e, "BRN").cells.palermo = a(2017)))).toEqual([
      cellChange(
        "action-added",
        "conventions/BRN/palermo",
        null,
        a(2017),
        "Brunei (BRN), Palermo Protocol: new accession 2017(a)",
      ),
    ]);
  });

  it("classifies an action removed", () => {
    expect(changesAfter((e) => (rowOf(e, "BRN").cells.opac = null))).toEqual([
      cellChange(
        "action-removed",
        "conventions/BRN/opac",
        a(2016),
        null,
        "Brunei (BRN), OPAC: accession removed (was 2016(a))",
      ),
    ]);
  });

  it("classifies a corrected year of the same kind of action", () => {
    expect(changesAfter((e) => (rowOf(e, "BRN").cells.opac = a(2015)))).toEqual([
      cellChange(
        "year-corrected",
        "conventions/BRN/opac",
        a(2016),
        a(2015),
        "Brunei (BRN), OPAC: year corrected 2016(a) → 2015(a)",
      ),
    ]);
  });

  it("classifies a changed kind of action, year or not", () => {
    expect(changesAfter((e) => (rowOf(e, "ARG").cells.palermo = a(2002)))).toEqual([
      cellChange(
        "kind-changed",
        "conventions/ARG/palermo",
        r(2002),
        a(2002),
        "Argentina (ARG), Palermo Protocol: ratification → accession (2002 → 2002(a))",
      ),
    ]);
    expect(changesAfter((e) => (rowOf(e, "ARG").cells.palermo = a(2003)))).toEqual([
      cellChange(
        "kind-changed",
        "conventions/ARG/palermo",
        r(2002),
        a(2003),
        "Argentina (ARG), Palermo Protocol: ratification → accession (2002 → 2003(a))",
      ),
    ]);
  });

  it("classifies a full date added, changed and removed", () => {
    const dated = r(2016, "2016-11-09");
    expect(changesAfter((e) => (rowOf(e, "ARG").cells.p029 = dated))).toEqual([
      cellChange("date-added", "conventions/ARG/p029", r(2016), dated, "Argentina (ARG), P029: date added 2016-11-09"),
    ]);
    const withDate = minimalEdition();
    rowOf(withDate, "ARG").cells.p029 = dated;
    expect(changesAfter((e) => (rowOf(e, "ARG").cells.p029 = r(2016, "2016-11-10")), withDate)).toEqual([
      cellChange(
        "date-changed",
        "conventions/ARG/p029",
        dated,
        r(2016, "2016-11-10"),
        "Argentina (ARG), P029: date changed 2016-11-09 → 2016-11-10",
      ),
    ]);
    expect(changesAfter((e) => (rowOf(e, "ARG").cells.p029 = r(2016)), withDate)).toEqual([
      cellChange(
        "date-removed",
        "conventions/ARG/p029",
        dated,
        r(2016),
        "Argentina (ARG), P029: date removed (was 2016-11-09)",
      ),
    ]);
  });

  it("reports a country spelled differently", () => {
    expect(changesAfter((e) => (rowOf(e, "CZE").name = "Czech Republic"))).toEqual([
      {
        section: "conventions",
        kind: "country-renamed",
        subject: "conventions/CZE/name",
        before: "Czechia",
        after: "Czech Republic",
        summary: "CZE spelled “Czech Republic”, was “Czechia”",
      },
    ]);
  });

  it("reports a column removed, and not each of its cells", () => {
    const c189 = minimalEdition().conventions.columns[7]!;
    expect(changesAfter((e) => e.conventions.columns.pop())).toEqual([
      {
        section: "conventions",
        kind: "column-removed",
        subject: "conventions/columns/c189",
        before: c189,
        after: null,
        summary: "Column removed: C189 (“Heading of c189”)",
      },
    ]);
  });

  it("reports a column added, and not each of its cells", () => {
    const without = minimalEdition();
    const c189 = without.conventions.columns.pop()!;
    for (const row of without.conventions.rows) row.cells.c189 = null;
    expect(
      changesAfter((e) => {
        e.conventions.columns.push(c189);
        rowOf(e, "ARG").cells.c189 = r(2014);
      }, without),
    ).toEqual([
      {
        section: "conventions",
        kind: "column-added",
        subject: "conventions/columns/c189",
        before: null,
        after: c189,
        summary: "Column added: C189 (“Heading of c189”)",
      },
    ]);
  });

  it("reports the wording of headings, the intro and footnotes", () => {
    expect(
      changesAfter((e) => {
        e.conventions.intro = e.conventions.intro.replace("April 2016 and March 2017", "April 2017 and March 2018");
        e.conventions.columns[4]!.heading = "ILO Protocol of 2014";
        delete e.conventions.columns[4]!.footnote;
      }),
    ).toEqual([
      {
        section: "conventions",
        kind: "text-changed",
        subject: "conventions/intro",
        before:
          "The chart below shows the Ratification, Accession (a), or Acceptance (A) between April 2016 and March 2017.",
        after:
          "The chart below shows the Ratification, Accession (a), or Acceptance (A) between April 2017 and March 2018.",
        summary: "Introduction: “…(A) between April 2016 and March 2017.” → “…(A) between April 2017 and March 2018.”",
      },
      {
        section: "conventions",
        kind: "text-changed",
        subject: "conventions/columns/p029/heading",
        before: "Heading of p029",
        after: "ILO Protocol of 2014",
        summary: "P029 column heading: “Heading of p029” → “ILO Protocol of 2014”",
      },
      {
        section: "conventions",
        kind: "text-changed",
        subject: "conventions/columns/p029/footnote",
        before: "*",
        after: null,
        summary: "P029 column footnote mark: “*” → none",
      },
    ]);
  });

  it("reports footnotes added and reworded", () => {
    expect(
      changesAfter((e) => {
        e.conventions.footnotes[0]!.text = "P029 entered into force November 9, 2016";
        e.conventions.footnotes.push({ mark: "†", text: "Kosovo is not a UN member state" });
      }),
    ).toEqual([
      {
        section: "conventions",
        kind: "footnote-added",
        subject: "conventions/footnotes/†",
        before: null,
        after: { mark: "†", text: "Kosovo is not a UN member state" },
        summary: "Footnote † added: “Kosovo is not a UN member state”",
      },
      {
        section: "conventions",
        kind: "text-changed",
        subject: "conventions/footnotes/*",
        before: "ILO Protocol of 2014 to the Forced Labour Convention entered into force November 9, 2016",
        after: "P029 entered into force November 9, 2016",
        summary:
          "Footnote *: “ILO Protocol of 2014 to the Forced Labour Convention entered into force…” → “P029 entered into force…”",
      },
    ]);
  });

  it("reports rows in a new order as one change", () => {
    expect(changesAfter((e) => e.conventions.rows.reverse())).toEqual([
      {
        section: "conventions",
        kind: "order-changed",
        subject: "conventions/rows",
        before: ["ARG", "BRN", "CZE"],
        after: ["CZE", "BRN", "ARG"],
        summary: "Countries reordered",
      },
    ]);
  });
});

describe("peacekeeping", () => {
  it("prints the allegations' year as a year, not as a count", () => {
    expect(changesAfter((e) => (e.peacekeeping.allegationsYear = 2017))).toEqual([
      {
        section: "peacekeeping",
        kind: "figure-changed",
        subject: "peacekeeping/allegations-year",
        before: 2016,
        after: 2017,
        delta: 1,
        summary: "Allegations counted for the year: 2016 → 2017",
      },
    ]);
  });

  it("reports a figure with its numeric change", () => {
    expect(changesAfter((e) => (un(e).personnel = 110000))).toEqual([
      {
        section: "peacekeeping",
        kind: "figure-changed",
        subject: "peacekeeping/un/personnel",
        before: 107574,
        after: 110000,
        delta: 2426,
        summary: "UN personnel: 107,574 → 110,000 (+2,426)",
      },
    ]);
    expect(changesAfter((e) => (un(e).missions = 14))).toEqual([
      {
        section: "peacekeeping",
        kind: "figure-changed",
        subject: "peacekeeping/un/missions",
        before: 16,
        after: 14,
        delta: -2,
        summary: "UN missions: 16 → 14 (-2)",
      },
    ]);
  });

  it("reports a total where none was published, without a delta", () => {
    const osce = (e: Edition) => e.peacekeeping.organizations[1]!;
    expect(changesAfter((e) => (osce(e).allegations.total = 3))).toEqual([
      {
        section: "peacekeeping",
        kind: "figure-changed",
        subject: "peacekeeping/osce/allegations/total",
        before: null,
        after: 3,
        delta: null,
        summary: "OSCE allegations: none → 3",
      },
    ]);
  });

  it("reports the allegation breakdown category by category", () => {
    expect(
      changesAfter((e) => {
        const b = un(e).allegations.breakdown;
        b[0]!.count = 70;
        b.pop();
        b.push({ category: "other", count: 2 });
      }),
    ).toEqual([
      {
        section: "peacekeeping",
        kind: "allegation-category-removed",
        subject: "peacekeeping/un/allegations/breakdown/police",
        before: { category: "police", count: 7 },
        after: null,
        summary: "UN allegations: category “police” removed (was 7)",
      },
      {
        section: "peacekeeping",
        kind: "allegation-category-added",
        subject: "peacekeeping/un/allegations/breakdown/other",
        before: null,
        after: { category: "other", count: 2 },
        summary: "UN allegations: category “other” added (2)",
      },
      {
        section: "peacekeeping",
        kind: "figure-changed",
        subject: "peacekeeping/un/allegations/breakdown/civilian",
        before: 68,
        after: 70,
        delta: 2,
        summary: "UN allegations, civilian: 68 → 70 (+2)",
      },
    ]);
  });

  it("reports changed texts and links", () => {
    expect(
      changesAfter((e) => {
        un(e).leadOffice = "Department of Operational Support";
        un(e).links.push("https://www.un.org/preventing-sexual-exploitation-and-abuse/");
      }),
    ).toEqual([
      {
        section: "peacekeeping",
        kind: "text-changed",
        subject: "peacekeeping/un/lead-office",
        before: "Office of Field Support",
        after: "Department of Operational Support",
        summary: "UN lead office: “Office of Field Support” → “Department of Operational Support”",
      },
      {
        section: "peacekeeping",
        kind: "link-added",
        subject: "peacekeeping/un/links/https://www.un.org/preventing-sexual-exploitation-and-abuse/",
        before: null,
        after: { url: "https://www.un.org/preventing-sexual-exploitation-and-abuse/" },
        summary: "UN link added: https://www.un.org/preventing-sexual-exploitation-and-abuse/",
      },
    ]);
  });

  it("reports an organization added to the table", () => {
    const nato = { ...structuredClone(minimalEdition().peacekeeping.organizations[1]!), id: "nato", heading: "NATO" };
    expect(changesAfter((e) => e.peacekeeping.organizations.push(nato))).toEqual([
      {
        section: "peacekeeping",
        kind: "peacekeeping-organization-added",
        subject: "peacekeeping/nato",
        before: null,
        after: nato,
        summary: "NATO added (“NATO”)",
      },
    ]);
  });
});

describe("multilateral organizations", () => {
  const o = (kind: Change["kind"], subject: string, before: unknown, after: unknown, summary: string) => ({
    section: "organizations",
    kind,
    subject,
    before,
    after,
    summary,
  });

  it("reports organizations added and removed", () => {
    const fixture = minimalEdition();
    const au = org(fixture, "AU");
    const coe = {
      name: "Council of Europe",
      abbreviation: "COE",
      websites: [{ url: "http://www.coe.int" }],
      linkGroups: [],
      frameworkDocuments: [],
      focalPoints: [],
    };
    expect(
      changesAfter((e) => {
        e.organizations.organizations.splice(1, 1);
        e.organizations.organizations.push(coe);
      }),
    ).toEqual([
      o("organization-removed", "organizations/AU", au, null, "Organization removed: African Union (AU)"),
      o("organization-added", "organizations/COE", null, coe, "Organization added: Council of Europe (COE)"),
    ]);
  });

  it("matches by abbreviation, so a new name is a change of name", () => {
    expect(changesAfter((e) => (org(e, "AU").name = "African Union Commission"))).toEqual([
      o(
        "text-changed",
        "organizations/AU/name",
        "African Union",
        "African Union Commission",
        "AU name: “African Union” → “African Union Commission”",
      ),
    ]);
  });

  it("matches by name when the abbreviation changed", () => {
    expect(changesAfter((e) => (org(e, "AU").abbreviation = "AUC"))).toEqual([
      o("text-changed", "organizations/AUC/abbreviation", "AU", "AUC", "AUC abbreviation: “AU” → “AUC”"),
    ]);
    expect(changesAfter((e) => delete org(e, "CIS").remark)).toEqual([
      o(
        "text-changed",
        "organizations/CIS/remark",
        "(in Russian only)",
        null,
        "CIS remark: “(in Russian only)” → none",
      ),
    ]);
  });

  it("reports web sites and grouped links added, removed and relabelled", () => {
    expect(
      changesAfter((e) => {
        org(e, "AU").websites.push({ url: "https://au.int" });
        const unodc = org(e, "UN").linkGroups[0]!;
        unodc.links[1]!.label = "SHERLOC";
        unodc.links.shift();
      }),
    ).toEqual([
      o(
        "link-removed",
        "organizations/UN/link-groups/United Nations Office on Drugs and Crime (UNODC)/www.unodc.org",
        { url: "www.unodc.org" },
        null,
        "UN, United Nations Office on Drugs and Crime (UNODC): link removed: www.unodc.org",
      ),
      o(
        "link-changed",
        "organizations/UN/link-groups/United Nations Office on Drugs and Crime (UNODC)/https://www.unodc.org/cld/en/v3/htms/index.html",
        { url: "https://www.unodc.org/cld/en/v3/htms/index.html", label: "Human Trafficking Knowledge Portal" },
        { url: "https://www.unodc.org/cld/en/v3/htms/index.html", label: "SHERLOC" },
        "UN, United Nations Office on Drugs and Crime (UNODC): link changed: https://www.unodc.org/cld/en/v3/htms/index.html (Human Trafficking Knowledge Portal) → https://www.unodc.org/cld/en/v3/htms/index.html (SHERLOC)",
      ),
      o(
        "link-added",
        "organizations/AU/websites/https://au.int",
        null,
        { url: "https://au.int" },
        "AU link added: https://au.int",
      ),
    ]);
  });

  it("reports a link group added", () => {
    const group = {
      title: "United Nations Security Council (UNSC)",
      links: [{ url: "https://www.un.org/press/en/2016/sc12647.doc.htm" }],
    };
    expect(changesAfter((e) => org(e, "UN").linkGroups.unshift(group))).toEqual([
      o(
        "link-group-added",
        "organizations/UN/link-groups/United Nations Security Council (UNSC)",
        null,
        group,
        "UN link group added: “United Nations Security Council (UNSC)”",
      ),
    ]);
  });

  it("reports framework documents added, removed and changed", () => {
    const plan = {
      title: "Program of Cooperation between the CIS Member States against Trafficking in Persons for 2014–2018",
      years: [2014, 2018],
    };
    const next = {
      title: "Program of Cooperation between the CIS Member States against Trafficking in Persons for 2019–2023",
      years: [2019, 2023],
    };
    expect(changesAfter((e) => (org(e, "CIS").frameworkDocuments = [next]))).toEqual([
      o(
        "framework-document-changed",
        `organizations/CIS/framework-documents/${next.title}`,
        plan,
        next,
        "CIS framework document changed: “…in Persons for 2014–2018” → “…in Persons for 2019–2023”",
      ),
    ]);
    expect(changesAfter((e) => (org(e, "CIS").frameworkDocuments[0]!.years = [2014]))).toEqual([
      o(
        "framework-document-changed",
        `organizations/CIS/framework-documents/${plan.title}`,
        plan,
        { ...plan, years: [2014] },
        "CIS framework document changed: years 2014, 2018 → 2014",
      ),
    ]);
    const actip = {
      title: "ASEAN Convention Against Trafficking in Persons, Especially Women and Children (2015)",
      years: [2015],
    };
    expect(changesAfter((e) => org(e, "AU").frameworkDocuments.push(actip))).toEqual([
      o(
        "framework-document-added",
        `organizations/AU/framework-documents/${actip.title}`,
        null,
        actip,
        "AU framework document added: “ASEAN Convention Against Trafficking in Persons, Especially Women and Children…”",
      ),
    ]);
    expect(changesAfter((e) => org(e, "CIS").frameworkDocuments.pop())).toEqual([
      o(
        "framework-document-removed",
        `organizations/CIS/framework-documents/${plan.title}`,
        plan,
        null,
        "CIS framework document removed: “Program of Cooperation between the CIS Member States against Trafficking in…”",
      ),
    ]);
  });

  it("reports focal points added where there were none (N/A), removed and changed", () => {
    expect(changesAfter((e) => org(e, "AU").focalPoints.push("AU Commission"))).toEqual([
      o(
        "focal-point-added",
        "organizations/AU/focal-points/AU Commission",
        null,
        "AU Commission",
        "AU focal point added: “AU Commission”",
      ),
    ]);
    expect(changesAfter((e) => org(e, "UN").focalPoints.shift())).toEqual([
      o(
        "focal-point-removed",
        "organizations/UN/focal-points/Special Rapporteur on Trafficking in Persons, Especially Women and Children",
        "Special Rapporteur on Trafficking in Persons, Especially Women and Children",
        null,
        "UN focal point removed: “Special Rapporteur on Trafficking in Persons, Especially Women and Children”",
      ),
    ]);
    expect(changesAfter((e) => (org(e, "UN").focalPoints[1] = "Special Rapporteur on Slavery"))).toEqual([
      o(
        "focal-point-changed",
        "organizations/UN/focal-points/Special Rapporteur on Slavery",
        "Special Rapporteur on Contemporary Forms of Slavery",
        "Special Rapporteur on Slavery",
        "UN focal point changed: “Special Rapporteur on Contemporary Forms of Slavery” → “Special Rapporteur on Slavery”",
      ),
    ]);
  });
});

describe("glossary, notes, photo credits, closing note, staff and exceptions", () => {
  it("reports glossary terms added, removed and redefined", () => {
    expect(
      changesAfter((e) => {
        const entries = e.glossary.entries;
        entries.splice(1, 1);
        entries[1]!.definition = "United Nations Organization";
        entries.push({ term: "UNODC", definition: "United Nations Office on Drugs and Crime" });
      }),
    ).toEqual([
      {
        section: "glossary",
        kind: "term-removed",
        subject: "glossary/EU",
        before: { term: "EU", definition: "European Union" },
        after: null,
        summary: "Term removed: EU (“European Union”)",
      },
      {
        section: "glossary",
        kind: "term-added",
        subject: "glossary/UNODC",
        before: null,
        after: { term: "UNODC", definition: "United Nations Office on Drugs and Crime" },
        summary: "Term added: UNODC (“United Nations Office on Drugs and Crime”)",
      },
      {
        section: "glossary",
        kind: "definition-changed",
        subject: "glossary/UN",
        before: "United Nations",
        after: "United Nations Organization",
        summary: "UN: “United Nations” → “United Nations Organization”",
      },
    ]);
  });

  it("reports a note reworded", () => {
    const before = minimalEdition().notes[0]!.text;
    const after = before.replace("December 31, 2016", "December 31, 2017");
    expect(changesAfter((e) => (e.notes[0]!.text = after))).toEqual([
      {
        section: "notes",
        kind: "text-changed",
        subject: "notes/NOTES",
        before,
        after,
        summary: "NOTES: “…of December 31, 2016.” → “…of December 31, 2017.”",
      },
    ]);
  });

  it("reports photo credits by place and position", () => {
    expect(
      changesAfter((e) => {
        const page19 = e.photoCredits.credits[1]!;
        page19.credits[0]!.credit = "ILO/Crozet M.";
        page19.credits.push({ position: "middle", credit: "Jodi Cobb/National Geographic Creative" });
        e.photoCredits.credits.pop();
      }),
    ).toEqual([
      {
        section: "photoCredits",
        kind: "photo-credit-removed",
        subject: "photo-credits/Pages 36-37",
        before: { place: { kind: "pages", from: 36, to: 37 }, credit: "Ian Berry/Magnum Photos" },
        after: null,
        summary: "Photo credit removed: Pages 36-37: Ian Berry/Magnum Photos",
      },
      {
        section: "photoCredits",
        kind: "photo-credit-added",
        subject: "photo-credits/Page 19, middle",
        before: null,
        after: {
          place: { kind: "page", page: 19 },
          position: "middle",
          credit: "Jodi Cobb/National Geographic Creative",
        },
        summary: "Photo credit added: Page 19, Middle: Jodi Cobb/National Geographic Creative",
      },
      {
        section: "photoCredits",
        kind: "photo-credit-changed",
        subject: "photo-credits/Page 19, top",
        before: { place: { kind: "page", page: 19 }, position: "top", credit: "AP Photo/A.M. Ahad" },
        after: { place: { kind: "page", page: 19 }, position: "top", credit: "ILO/Crozet M." },
        summary: "Photo credit changed: Page 19, Top: AP Photo/A.M. Ahad → ILO/Crozet M.",
      },
    ]);
  });

  it("reports closing-note paragraphs reworded, added and removed", () => {
    const [first, second] = minimalEdition().closingNote.paragraphs as [string, string];
    expect(changesAfter((e) => (e.closingNote.paragraphs[1] = second.replace("important", "vital")))).toEqual([
      {
        section: "closingNote",
        kind: "paragraph-changed",
        subject: "closing-note/paragraphs/2",
        before: second,
        after: second.replace("important", "vital"),
        summary:
          "Paragraph 2 reworded: “…includes data on the important work being done.” → “…includes data on the vital work being done.”",
      },
    ]);
    expect(changesAfter((e) => e.closingNote.paragraphs.splice(1, 0, "A new paragraph."))).toEqual([
      {
        section: "closingNote",
        kind: "paragraph-added",
        subject: "closing-note/paragraphs/2",
        before: null,
        after: "A new paragraph.",
        summary: "Paragraph 2 added: “A new paragraph.”",
      },
    ]);
    expect(changesAfter((e) => e.closingNote.paragraphs.shift())).toEqual([
      {
        section: "closingNote",
        kind: "paragraph-removed",
        subject: "closing-note/paragraphs/1",
        before: first,
        after: null,
        summary: `Paragraph 1 removed: “${first}”`,
      },
    ]);
  });

  it("reports staff names added and removed, and a new order once", () => {
    expect(
      changesAfter((e) => {
        e.staff.names.splice(1, 1);
        e.staff.names.push("Janet Zinn");
      }),
    ).toEqual([
      {
        section: "staff",
        kind: "staff-removed",
        subject: "staff/Julia F. Anderson",
        before: "Julia F. Anderson",
        after: null,
        summary: "Staff name removed: Julia F. Anderson",
      },
      {
        section: "staff",
        kind: "staff-added",
        subject: "staff/Janet Zinn",
        before: null,
        after: "Janet Zinn",
        summary: "Staff name added: Janet Zinn",
      },
    ]);
    expect(changesAfter((e) => e.staff.names.sort((x, y) => y.localeCompare(x)))).toEqual([
      {
        section: "staff",
        kind: "order-changed",
        subject: "staff/names",
        before: ["Karen Vierling Allen", "Julia F. Anderson", "Tom Babington", "Andrea Balint"],
        after: ["Tom Babington", "Karen Vierling Allen", "Julia F. Anderson", "Andrea Balint"],
        summary: "Staff names reordered",
      },
    ]);
  });

  it("reports recorded rule exceptions added and removed", () => {
    const exception = minimalEdition().exceptions[0]!;
    expect(changesAfter((e) => e.exceptions.pop())).toEqual([
      {
        section: "exceptions",
        kind: "exception-removed",
        subject: "exceptions/allegation-breakdown-total/peacekeeping/un/allegations",
        before: exception,
        after: null,
        summary: "Exception removed: allegation-breakdown-total on “peacekeeping/un/allegations”",
      },
    ]);
  });
});

// Property tests: any sequence of edits to the fixture.

const yearArb = fc.integer({ min: 1920, max: 2030 });
const actionArb: fc.Arbitrary<Action> = fc
  .record({
    kind: fc.constantFrom(...actionKinds),
    year: yearArb,
    dated: fc.boolean(),
    day: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ kind, year, dated, day }) =>
    dated ? { kind, year, date: `${year}-03-${String(day).padStart(2, "0")}` } : { kind, year },
  );
const cellArb: fc.Arbitrary<Cell> = fc.option(actionArb, { nil: null });
const textArb = fc.string({ minLength: 1, maxLength: 30 });
const countArb = fc.integer({ min: 0, max: 200_000 });

type Edit = (e: Edition) => void;

/** Edits the first peacekeeping organization, if an earlier edit left one. */
const withUn = (e: Edition, edit: (o: Edition["peacekeeping"]["organizations"][number]) => unknown) => {
  const first = e.peacekeeping.organizations[0];
  if (first) edit(first);
};

/** Moves an item of a list: enough to exercise every "reordered". */
const move = <T>(list: T[], from: number, to: number) => {
  if (list.length === 0) return;
  const [item] = list.splice(from % list.length, 1);
  list.splice(to % (list.length + 1), 0, item!);
};

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fc.nat(), fc.constantFrom(...instrumentIds), cellArb).map(
    ([i, id, cell]): Edit =>
      (e) => {
        const row = e.conventions.rows[i % Math.max(1, e.conventions.rows.length)];
        if (row) row.cells[id] = cell;
      },
  ),
  fc.tuple(fc.constantFrom("DEU", "FRA", "ARG", "XKX"), textArb, fc.array(cellArb, { maxLength: 8 })).map(
    ([code, name, cells]): Edit =>
      (e) =>
        void e.conventions.rows.push(row(code, name, cells)),
  ),
  fc.nat().map(
    (i): Edit =>
      (e) =>
        void e.conventions.rows.splice(i % Math.max(1, e.conventions.rows.length), 1),
  ),
  fc.nat().map(
    (i): Edit =>
      (e) =>
        void e.conventions.columns.splice(i % e.conventions.columns.length, 1),
  ),
  fc.tuple(fc.nat(), fc.nat()).map(
    ([i, j]): Edit =>
      (e) =>
        move(e.conventions.rows, i, j),
  ),
  fc.tuple(fc.nat(), fc.nat()).map(
    ([i, j]): Edit =>
      (e) =>
        move(e.conventions.columns, i, j),
  ),
  fc.tuple(fc.nat(), textArb).map(
    ([i, t]): Edit =>
      (e) => {
        const column = e.conventions.columns[i % e.conventions.columns.length];
        if (column) column.heading = t;
      },
  ),
  fc.tuple(fc.constantFrom("personnel", "missions") as fc.Arbitrary<"personnel" | "missions">, countArb).map(
    ([field, n]): Edit =>
      (e) =>
        withUn(e, (o) => (o[field] = n)),
  ),
  fc.option(countArb, { nil: null }).map(
    (n): Edit =>
      (e) =>
        withUn(e, (o) => (o.allegations.total = n)),
  ),
  fc.tuple(fc.nat(), countArb).map(
    ([i, n]): Edit =>
      (e) => {
        withUn(e, (o) => {
          const item = o.allegations.breakdown[i % Math.max(1, o.allegations.breakdown.length)];
          if (item) item.count = n;
        });
      },
  ),
  fc.tuple(textArb, countArb).map(
    ([category, count]): Edit =>
      (e) =>
        withUn(e, (o) => o.allegations.breakdown.push({ category, count })),
  ),
  fc.tuple(fc.nat(), fc.nat()).map(
    ([i, j]): Edit =>
      (e) =>
        withUn(e, (o) => move(o.allegations.breakdown, i, j)),
  ),
  fc.tuple(fc.constantFrom("narrative", "preventionPolicy", "training", "links"), textArb).map(
    ([field, t]): Edit =>
      (e) => {
        withUn(e, (o) => {
          if (field === "narrative") o.allegations.narrative = t;
          else if (field === "links") o.links.push(t);
          else o[field as "preventionPolicy" | "training"] = t;
        });
      },
  ),
  fc.nat().map(
    (i): Edit =>
      (e) =>
        void e.peacekeeping.organizations.splice(i % e.peacekeeping.organizations.length, 1),
  ),
  fc
    .tuple(
      fc.nat(),
      fc.constantFrom("name", "abbreviation", "remark", "website", "focal", "document", "years", "group"),
      textArb,
    )
    .map(
      ([i, field, t]): Edit =>
        (e) => {
          const orgs = e.organizations.organizations;
          const o = orgs[i % Math.max(1, orgs.length)];
          if (!o) return;
          if (field === "name") o.name = t;
          else if (field === "abbreviation") {
            if (t.length % 2) o.abbreviation = t;
            else delete o.abbreviation;
          } else if (field === "remark") o.remark = t;
          else if (field === "website") o.websites.splice(t.length % 2, 0, { url: t });
          else if (field === "focal") o.focalPoints.splice(0, t.length % 2, t);
          else if (field === "document") o.frameworkDocuments.push({ title: t, years: [] });
          else if (field === "years") o.frameworkDocuments[0]?.years.push(t.length);
          else o.linkGroups.push({ title: t, links: [{ url: t }] });
        },
    ),
  fc.nat().map(
    (i): Edit =>
      (e) =>
        void e.organizations.organizations.splice(i % Math.max(1, e.organizations.organizations.length), 1),
  ),
  fc.tuple(fc.nat(), fc.nat()).map(
    ([i, j]): Edit =>
      (e) =>
        move(e.organizations.organizations, i, j),
  ),
  fc.tuple(textArb, textArb).map(
    ([term, definition]): Edit =>
      (e) =>
        void e.glossary.entries.push({ term, definition }),
  ),
  fc.tuple(fc.nat(), textArb).map(
    ([i, t]): Edit =>
      (e) => {
        const entry = e.glossary.entries[i % e.glossary.entries.length];
        if (entry) entry.definition = t;
      },
  ),
  fc.tuple(fc.nat(), fc.nat()).map(
    ([i, j]): Edit =>
      (e) =>
        move(e.glossary.entries, i, j),
  ),
  textArb.map(
    (t): Edit =>
      (e) =>
        void e.notes.push({ label: t, text: t }),
  ),
  fc.tuple(fc.nat(), textArb).map(
    ([i, t]): Edit =>
      (e) => {
        const credit = e.photoCredits.credits[i % e.photoCredits.credits.length]?.credits[0];
        if (credit) credit.credit = t;
      },
  ),
  fc.tuple(fc.integer({ min: 1, max: 500 }), textArb).map(
    ([page, credit]): Edit =>
      (e) =>
        void e.photoCredits.credits.push({ place: { kind: "page", page }, credits: [{ credit }] }),
  ),
  fc.tuple(fc.nat(), textArb, fc.boolean()).map(
    ([i, t, insert]): Edit =>
      (e) => {
        const ps = e.closingNote.paragraphs;
        if (insert) ps.splice(i % (ps.length + 1), 0, t);
        else ps[i % ps.length] = t;
      },
  ),
  fc.nat().map(
    (i): Edit =>
      (e) =>
        void e.closingNote.paragraphs.splice(i % Math.max(1, e.closingNote.paragraphs.length), 1),
  ),
  textArb.map(
    (t): Edit =>
      (e) =>
        void e.staff.names.push(t),
  ),
  fc.nat().map(
    (i): Edit =>
      (e) =>
        void e.staff.names.splice(i % Math.max(1, e.staff.names.length), 1),
  ),
  fc.tuple(fc.nat(), fc.nat()).map(
    ([i, j]): Edit =>
      (e) =>
        move(e.staff.names, i, j),
  ),
  fc.tuple(fc.constantFrom("title", "published", "start", "heading"), textArb).map(
    ([field, t]): Edit =>
      (e) => {
        if (field === "title") e.title = t;
        else if (field === "published") e.published = "2018-06-28";
        else if (field === "start") e.reportingPeriod.start = "2017-04";
        else e.peacekeeping.heading = t;
      },
  ),
  fc.integer({ min: 2001, max: 2100 }).map(
    (y): Edit =>
      (e) =>
        void (e.year = y),
  ),
);

const editedArb = fc.array(editArb, { maxLength: 6 }).map((edits) => {
  const e = minimalEdition();
  for (const edit of edits) edit(e);
  return e;
});

describe("diffEditions, whatever the edits", () => {
  it("finds nothing between an edited edition and a copy of itself", () => {
    fc.assert(
      fc.property(editedArb, (edition) => {
        expect(diffEditions(edition, structuredClone(edition)).changes).toEqual([]);
      }),
    );
  });

  it("never throws, finds a change exactly when something changed, and gives well-formed changes", () => {
    const fixture = minimalEdition();
    fc.assert(
      fc.property(editedArb, fc.boolean(), (edited, reverse) => {
        const [old, next] = reverse ? [edited, fixture] : [fixture, edited];
        const diff = diffEditions(old, next);
        expect(diff.changes.length > 0).toBe(!isDeepStrictEqual(old, next));
        for (const c of diff.changes) {
          expect(Object.hasOwn(CHANGE_KINDS, c.kind)).toBe(true);
          expect(Object.hasOwn(DIFF_SECTIONS, c.section)).toBe(true);
          expect(c.summary).toMatch(/^\S[^\n]*$/);
          expect(c.subject).not.toBe("");
        }
        expect(JSON.parse(JSON.stringify(diff))).toEqual(diff);
      }),
    );
  });

  it("reports as many additions one way as removals the other way", () => {
    fc.assert(
      fc.property(editedArb, (edited) => {
        const fixture = minimalEdition();
        const count = (changes: readonly Change[], effect: string) =>
          changes.filter((c) => CHANGE_KINDS[c.kind] === effect).length;
        const forth = diffEditions(fixture, edited).changes;
        const back = diffEditions(edited, fixture).changes;
        expect(count(forth, "added")).toBe(count(back, "removed"));
        expect(count(forth, "removed")).toBe(count(back, "added"));
      }),
    );
  });
});
