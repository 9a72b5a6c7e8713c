// What the diff says about the parts diff.test.ts leaves out: the wording of each section's heading and
// introduction, a figure no longer published, a footnote dropped, a full date in a new action; and how it
// keeps identities straight where lists grow at the top, organizations trade names, or names repeat. Each
// case is one an editor meets when the next edition is entered, read as `report-gen diff` prints it.
import { describe, expect, it } from "vitest";
import type { Edition } from "../model/edition.js";
import { minimalEdition } from "./__tests__/minimal-edition.js";
import { compareNames } from "./align.js";
import { changeEffect, type Change } from "./change.js";
import { describeTextChange } from "./describe.js";
import { diffEditions } from "./diff-editions.js";

/** The changes from `from` (the fixture by default) to a copy edited by `edit`. */
function changesAfter(edit: (e: Edition) => void, from: Edition = minimalEdition()): readonly Change[] {
  const next = structuredClone(from);
  edit(next);
  return diffEditions(from, next).changes;
}

/** "kind | subject | summary", one a change. */
const lines = (changes: readonly Change[]) => changes.map((c) => `${c.kind} | ${c.subject} | ${c.summary}`);
const summariesAfter = (edit: (e: Edition) => void, from?: Edition) => lines(changesAfter(edit, from));

const un = (e: Edition) => e.peacekeeping.organizations[0]!;
const org = (e: Edition, abbreviation: string) =>
  e.organizations.organizations.find((o) => o.abbreviation === abbreviation)!;

describe("the edition's front matter", () => {
  it("reports the source's name reworded", () => {
    expect(
      summariesAfter((e) => (e.source.name = "U.S. Department of State, Office to Monitor and Combat Trafficking")),
    ).toEqual([
      "text-changed | edition/source/name | Source: “U.S. Department of State” → " +
        "“U.S. Department of State, Office to Monitor and Combat Trafficking”",
    ]);
  });

  it("reports a reporting period whose first month alone was corrected", () => {
    expect(summariesAfter((e) => (e.reportingPeriod = { start: "2016-05", end: "2017-03" }))).toEqual([
      "reporting-period-changed | edition/reporting-period | Reporting period April 2016 – March 2017 → May 2016 – March 2017",
    ]);
  });
});

describe("the convention table", () => {
  it("reports its heading reworded", () => {
    expect(summariesAfter((e) => (e.conventions.heading = "INTERNATIONAL CONVENTIONS"))).toEqual([
      "text-changed | conventions/heading | Heading: “RELEVANT INTERNATIONAL CONVENTIONS” → “INTERNATIONAL CONVENTIONS”",
    ]);
  });

  it("reports a footnote dropped, with its text", () => {
    expect(changesAfter((e) => e.conventions.footnotes.splice(0, 1))).toEqual([
      {
        section: "conventions",
        kind: "footnote-removed",
        subject: "conventions/footnotes/*",
        before: {
          mark: "*",
          text: "ILO Protocol of 2014 to the Forced Labour Convention entered into force November 9, 2016",
        },
        after: null,
        summary: "Footnote * removed: “ILO Protocol of 2014 to the Forced Labour Convention entered into force…”",
      },
    ]);
  });

  it("prints a new action's full date where the report gives one", () => {
    expect(
      summariesAfter((e) => {
        e.conventions.rows[1]!.cells.c029 = { kind: "ratification", year: 2017, date: "2017-01-12" };
      }),
    ).toEqual(["action-added | conventions/BRN/c029 | Brunei (BRN), C29: new ratification 2017-01-12"]);
  });

  it("lists a country's changed cells in the new edition's column order", () => {
    const changes = changesAfter((e) => {
      e.conventions.columns.unshift(e.conventions.columns.pop()!);
      const argentina = e.conventions.rows[0]!;
      argentina.cells.palermo = { kind: "ratification", year: 2003 };
      argentina.cells.c189 = null;
    });
    expect(lines(changes.filter((c) => c.kind !== "order-changed"))).toEqual([
      "action-removed | conventions/ARG/c189 | Argentina (ARG), C189: ratification removed (was 2014)",
      "year-corrected | conventions/ARG/palermo | Argentina (ARG), Palermo Protocol: year corrected 2002 → 2003",
    ]);
  });
});

describe("peacekeeping", () => {
  it("reports the section's heading and introduction, and an organization's policy and training, reworded", () => {
    expect(
      summariesAfter((e) => {
        e.peacekeeping.heading = "STOPPING TRAFFICKING BY PEACEKEEPERS";
        e.peacekeeping.intro = "As required by law, this section summarizes the actions taken in 2017.";
        un(e).preventionPolicy = "Special Measures for Protection from Sexual Exploitation and Abuse";
        un(e).training = "Pre-deployment, at mission and online";
      }),
    ).toEqual([
      "text-changed | peacekeeping/heading | Heading: “STOPPING HUMAN TRAFFICKING BY INTERNATIONAL PEACEKEEPERS” → " +
        "“STOPPING TRAFFICKING BY PEACEKEEPERS”",
      "text-changed | peacekeeping/intro | Introduction: “As required by law, this section summarizes actions taken.” → " +
        "“As required by law, this section summarizes the actions taken in 2017.”",
      "text-changed | peacekeeping/un/prevention-policy | UN prevention policy: " +
        "“Special Measures for Protection from Sexual Exploitation and Sexual Abuse (2003)” → " +
        "“Special Measures for Protection from Sexual Exploitation and Abuse”",
      "text-changed | peacekeeping/un/training | UN prevention training: “Pre-deployment and at mission” → " +
        "“Pre-deployment, at mission and online”",
    ]);
  });

  it("reports a figure no longer published as none, without a change to compute", () => {
    expect(changesAfter((e) => (un(e).allegations.total = null))).toEqual([
      {
        section: "peacekeeping",
        kind: "figure-changed",
        subject: "peacekeeping/un/allegations/total",
        before: 165,
        after: null,
        delta: null,
        summary: "UN allegations: 165 → none",
      },
    ]);
  });

  it("reports a link added at the top of the list, and nothing about the ones that follow", () => {
    expect(
      summariesAfter((e) => un(e).links.unshift("https://www.un.org/preventing-sexual-exploitation-and-abuse/")),
    ).toEqual([
      "link-added | peacekeeping/un/links/https://www.un.org/preventing-sexual-exploitation-and-abuse/ | " +
        "UN link added: https://www.un.org/preventing-sexual-exploitation-and-abuse/",
    ]);
  });
});

describe("multilateral organizations", () => {
  it("reports a link added first and the last one dropped as such, not as two links replaced", () => {
    const portal = "https://www.unodc.org/cld/en/v3/htms/index.html";
    expect(
      summariesAfter((e) => {
        const links = org(e, "UN").linkGroups[0]!.links;
        links.pop();
        links.unshift({ url: "https://www.unodc.org/unodc/en/human-trafficking/" });
      }),
    ).toEqual([
      "link-added | organizations/UN/link-groups/United Nations Office on Drugs and Crime (UNODC)/" +
        "https://www.unodc.org/unodc/en/human-trafficking/ | UN, United Nations Office on Drugs and Crime (UNODC): " +
        "link added: https://www.unodc.org/unodc/en/human-trafficking/",
      `link-removed | organizations/UN/link-groups/United Nations Office on Drugs and Crime (UNODC)/${portal} | ` +
        `UN, United Nations Office on Drugs and Crime (UNODC): link removed: ${portal} (Human Trafficking Knowledge Portal)`,
    ]);
  });

  it("reports a framework document's year corrected", () => {
    const title = org(minimalEdition(), "UN").frameworkDocuments[0]!.title;
    expect(summariesAfter((e) => (org(e, "UN").frameworkDocuments[0]!.years = [2011]))).toEqual([
      `framework-document-changed | organizations/UN/framework-documents/${title} | ` +
        "UN framework document changed: years 2010 → 2011",
    ]);
  });

  it("reports a framework document added before the one listed, and nothing about that one", () => {
    const title = "African Union Commission Initiative against Trafficking (AU.COMMIT) (2009)";
    expect(summariesAfter((e) => org(e, "AU").frameworkDocuments.unshift({ title, years: [2009] }))).toEqual([
      `framework-document-added | organizations/AU/framework-documents/${title} | ` +
        `AU framework document added: “${title}”`,
    ]);
  });

  it("keeps a renamed organization itself when a new one takes its old name under another abbreviation", () => {
    expect(
      summariesAfter((e) => {
        org(e, "AU").name = "African Union Commission";
        e.organizations.organizations.push({
          ...structuredClone(org(e, "AU")),
          name: "African Union",
          abbreviation: "AUC",
        });
      }),
    ).toEqual([
      "organization-added | organizations/AUC | Organization added: African Union (AUC)",
      "text-changed | organizations/AU/name | AU name: “African Union” → “African Union Commission”",
    ]);
  });

  it("keeps an organization itself when it takes the name of one without abbreviation that leaves", () => {
    const from = minimalEdition();
    const commission = { ...structuredClone(org(from, "AU")), name: "African Union Commission" };
    delete commission.abbreviation;
    from.organizations.organizations.push(commission);
    expect(
      summariesAfter((e) => {
        e.organizations.organizations.pop();
        org(e, "AU").name = "African Union Commission";
      }, from),
    ).toEqual([
      "organization-removed | organizations/African Union Commission | Organization removed: African Union Commission",
      "text-changed | organizations/AU/name | AU name: “African Union” → “African Union Commission”",
    ]);
  });
});

describe("repeated names", () => {
  it("pair one to one, so that the name that lost a repeat is the one reported", () => {
    const twice = ["Julia F. Anderson", "Julia F. Anderson", "Tom Babington", "Tom Babington"];
    expect(compareNames(twice, twice.slice(0, 3))).toEqual({
      added: [],
      removed: ["Tom Babington"],
      reorder: undefined,
    });
    expect(compareNames(twice.slice(0, 3), twice)).toEqual({
      added: ["Tom Babington"],
      removed: [],
      reorder: undefined,
    });
  });
});

describe("wording changes", () => {
  it("quote a text without the line break a block of YAML or Markdown ends on", () => {
    expect(describeTextChange("Local currencies were converted.\n", "Local currencies were not converted.\n")).toBe(
      "“Local currencies were converted.” → “Local currencies were not converted.”",
    );
  });

  it("show a short text that grew long from a little before the change, as they show a long one", () => {
    const before = "Governments hold a unique position.";
    const after = `${before} The report also reviews the work of civil society, survivors and the private sector around the world.`;
    expect(describeTextChange(before, after)).toBe(
      "“…hold a unique position.” → “…hold a unique position. The report also reviews the work of civil society,…”",
    );
  });
  it("start a long address changed near its end inside the address, not at the next space after the change", () => {
    const before =
      "See https://www.state.gov/reports/2017-trafficking-in-persons-report/appendix-relevant-international-conventions/index.html for the table.";
    expect(describeTextChange(before, before.replace("conventions/index", "conventions/full"))).toBe(
      "“…ternational-conventions/index.html for the table.” → “…ternational-conventions/full.html for the table.”",
    );
    // The same address at the very end of the text, with no space after it at all.
    const last = before.replace(" for the table.", "");
    expect(describeTextChange(last, last.replace("conventions/index", "conventions/full"))).toBe(
      "“…ternational-conventions/index.html” → “…ternational-conventions/full.html”",
    );
  });
});

describe("change kinds", () => {
  it("say whether they add, remove or change something, as the text format's marks do", () => {
    expect(changeEffect("country-added")).toBe("added");
    expect(changeEffect("footnote-removed")).toBe("removed");
    expect(changeEffect("year-corrected")).toBe("changed");
  });
});
