// Cases at the edges of the diff's matching: what an editor reads when a list's items swap places,
// when organizations have no abbreviation to match by, when a document loses or gains a year.
import { describe, expect, it } from "vitest";
import type { Edition } from "../model/edition.js";
import { minimalEdition } from "./__tests__/minimal-edition.js";
import { diffEditions } from "./diff-editions.js";
import { formatDiffMarkdown, formatDiffText } from "./format.js";

/** The summaries of the changes from `from` (the fixture by default) to a copy edited by `edit`. */
function summariesAfter(edit: (e: Edition) => void, from: Edition = minimalEdition()): string[] {
  const next = structuredClone(from);
  edit(next);
  return diffEditions(from, next).changes.map((c) => `${c.subject} | ${c.summary}`);
}

const org = (e: Edition, abbreviation: string) =>
  e.organizations.organizations.find((o) => o.abbreviation === abbreviation)!;

describe("framework documents", () => {
  it("says a document's years went to none, and came from none", () => {
    const title = org(minimalEdition(), "CIS").frameworkDocuments[0]!.title;
    expect(summariesAfter((e) => (org(e, "CIS").frameworkDocuments[0]!.years = []))).toEqual([
      `organizations/CIS/framework-documents/${title} | CIS framework document changed: years 2014, 2018 → none`,
    ]);
    const yearless = minimalEdition();
    org(yearless, "CIS").frameworkDocuments[0]!.years = [];
    expect(summariesAfter((e) => (org(e, "CIS").frameworkDocuments[0]!.years = [2014]), yearless)).toEqual([
      `organizations/CIS/framework-documents/${title} | CIS framework document changed: years none → 2014`,
    ]);
  });

  it("notices a year added after the ones a document had", () => {
    const one = minimalEdition();
    org(one, "CIS").frameworkDocuments[0]!.years = [2014];
    const title = org(one, "CIS").frameworkDocuments[0]!.title;
    expect(summariesAfter((e) => org(e, "CIS").frameworkDocuments[0]!.years.push(2018), one)).toEqual([
      `organizations/CIS/framework-documents/${title} | CIS framework document changed: years 2014 → 2014, 2018`,
    ]);
  });
});

describe("organizations without an abbreviation", () => {
  /** The fixture with the AU and the CIS known by name alone. */
  function unabbreviated(): Edition {
    const e = minimalEdition();
    for (const o of e.organizations.organizations) if (o.abbreviation !== "UN") delete o.abbreviation;
    return e;
  }

  it("are matched by name: one replaced by another is a removal and an addition, not a rename", () => {
    const from = unabbreviated();
    expect(
      summariesAfter((e) => {
        e.organizations.organizations[1]!.name = "Council of Europe";
      }, from),
    ).toEqual([
      "organizations/African Union | Organization removed: African Union",
      "organizations/Council of Europe | Organization added: Council of Europe",
    ]);
  });

  it("are named by name in what changed inside them", () => {
    const from = unabbreviated();
    expect(
      summariesAfter((e) => e.organizations.organizations[2]!.focalPoints.push("Executive Committee"), from),
    ).toEqual([
      "organizations/Commonwealth of Independent States/focal-points/Executive Committee | Commonwealth of Independent States focal point added: “Executive Committee”",
    ]);
  });
});

describe("items that change places", () => {
  it("reports two paragraphs that swapped places as one removed where it was and added where it is", () => {
    const [first, second] = minimalEdition().closingNote.paragraphs as [string, string];
    expect(summariesAfter((e) => e.closingNote.paragraphs.reverse())).toEqual([
      `closing-note/paragraphs/1 | Paragraph 1 removed: “${first}”`,
      `closing-note/paragraphs/2 | Paragraph 2 added: “${first}”`,
    ]);
    expect(second).not.toBe(first);
  });

  it("says a paragraph rewrapped, its words unchanged, changed only in its spacing", () => {
    expect(
      summariesAfter((e) => {
        e.closingNote.paragraphs[1] =
          "The *Trafficking in Persons Report* includes data\non the important work being done.\n";
      }),
    ).toEqual([
      "closing-note/paragraphs/2 | Paragraph 2 reworded: “The *Trafficking in Persons Report* includes data on the important work being…” (only the spacing changed)",
    ]);
  });

  it("folds a summary onto one line, whatever spacing the data has", () => {
    expect(summariesAfter((e) => e.staff.names.push("  Jane \n Doe "))).toEqual([
      "staff/  Jane \n Doe  | Staff name added: Jane Doe",
    ]);
  });
});

describe("one change", () => {
  it("reports a reporting period whose end alone moved", () => {
    expect(summariesAfter((e) => (e.reportingPeriod.end = "2017-06"))).toEqual([
      "edition/reporting-period | Reporting period April 2016 – March 2017 → April 2016 – June 2017",
    ]);
  });

  it("reports a column dropped with its cells once, not each row's action as removed", () => {
    expect(
      summariesAfter((e) => {
        e.conventions.columns.pop();
        for (const row of e.conventions.rows) delete (row.cells as Partial<typeof row.cells>).c189;
      }),
    ).toEqual(["conventions/columns/c189 | Column removed: C189 (“Heading of c189”)"]);
  });

  it("counts a single change in the singular", () => {
    const from = minimalEdition();
    const next = structuredClone(from);
    next.staff.names.push("Janet Zinn");
    const diff = diffEditions(from, next);
    expect(formatDiffText(diff).split("\n")[0]).toBe("Changes from 2017 to 2017: 1 change (1 staff)");
    expect(formatDiffMarkdown(diff).split("\n")[0]).toBe("Edition 2017: 1 change since 2017 (1 staff).");
  });
});
