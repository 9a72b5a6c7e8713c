import { describe, expect, it } from "vitest";
import type { Edition } from "../model/edition.js";
import { minimalEdition, row } from "./__tests__/minimal-edition.js";
import { diffEditions } from "./diff-editions.js";
import { escapeMarkdown, formatDiffMarkdown, formatDiffText } from "./format.js";
import { summarizeDiff } from "./summary.js";

/** A plausible next edition: a new year, a country added, a cell, a figure, a term and a staff name. */
function nextEdition(): Edition {
  const e = minimalEdition();
  e.year = 2018;
  e.title = "2018 Trafficking in Persons Report";
  e.reportingPeriod = { start: "2017-04", end: "2018-03" };
  e.conventions.rows.push(row("DEU", "Germany", [null, null, null, null, { kind: "ratification", year: 2017 }]));
  e.conventions.rows[1]!.cells.palermo = { kind: "accession", year: 2017 };
  e.peacekeeping.organizations[0]!.personnel = 110000;
  e.glossary.entries.splice(1, 1);
  e.glossary.entries.push({ term: "ISIS", definition: "Islamic State of Iraq and Syria" });
  e.staff.names.push("Janet Zinn");
  e.closingNote.paragraphs[1] = "The *Report* includes data.";
  return e;
}

describe("summarizeDiff", () => {
  it("counts changes per section, effect and kind", () => {
    expect(summarizeDiff(diffEditions(minimalEdition(), nextEdition()))).toEqual({
      from: 2017,
      to: 2018,
      total: 10,
      bySection: {
        edition: 3,
        conventions: 2,
        peacekeeping: 1,
        organizations: 0,
        glossary: 2,
        notes: 0,
        photoCredits: 0,
        closingNote: 1,
        staff: 1,
        exceptions: 0,
      },
      byEffect: { added: 4, removed: 1, changed: 5 },
      byKind: {
        "year-changed": 1,
        "text-changed": 1,
        "reporting-period-changed": 1,
        "country-added": 1,
        "action-added": 1,
        "figure-changed": 1,
        "term-removed": 1,
        "term-added": 1,
        "paragraph-changed": 1,
        "staff-added": 1,
      },
    });
  });

  it("counts nothing for identical editions", () => {
    const summary = summarizeDiff(diffEditions(minimalEdition(), minimalEdition()));
    expect(summary.total).toBe(0);
    expect(Object.values(summary.bySection).every((n) => n === 0)).toBe(true);
    expect(summary.byKind).toEqual({});
  });
});

describe("formatDiffText", () => {
  it("groups changes by section, one marked line each", () => {
    expect(formatDiffText(diffEditions(minimalEdition(), nextEdition()))).toBe(
      [
        "Changes from 2017 to 2018: 10 changes (3 edition, 2 convention table, 1 peacekeeping, 2 glossary, 1 closing note, 1 staff)",
        "",
        "Edition (3)",
        "  ~ Year 2017 → 2018",
        "  ~ Title: “2017 Trafficking in Persons Report” → “2018 Trafficking in Persons Report”",
        "  ~ Reporting period April 2016 – March 2017 → April 2017 – March 2018",
        "",
        "Convention table (2)",
        "  + Germany (DEU) added to the table",
        "  + Brunei (BRN), Palermo Protocol: new accession 2017(a)",
        "",
        "Peacekeeping (1)",
        "  ~ UN personnel: 107,574 → 110,000 (+2,426)",
        "",
        "Glossary (2)",
        "  - Term removed: EU (“European Union”)",
        "  + Term added: ISIS (“Islamic State of Iraq and Syria”)",
        "",
        "Closing note (1)",
        "  ~ Paragraph 2 reworded: “The *Trafficking in Persons Report* includes data on the important work being…” → “The *Report* includes data.”",
        "",
        "Staff (1)",
        "  + Staff name added: Janet Zinn",
        "",
      ].join("\n"),
    );
  });

  it("says so when nothing changed", () => {
    expect(formatDiffText(diffEditions(minimalEdition(), minimalEdition()))).toBe("No changes from 2017 to 2017.\n");
  });
});

describe("formatDiffMarkdown", () => {
  it("gives a changelog entry: a sentence with the counts, then a list per section", () => {
    expect(formatDiffMarkdown(diffEditions(minimalEdition(), nextEdition()))).toBe(
      [
        "Edition 2018: 10 changes since 2017 (3 edition, 2 convention table, 1 peacekeeping, 2 glossary, 1 closing note, 1 staff).",
        "",
        "**Edition**",
        "",
        "- Year 2017 → 2018",
        "- Title: “2017 Trafficking in Persons Report” → “2018 Trafficking in Persons Report”",
        "- Reporting period April 2016 – March 2017 → April 2017 – March 2018",
        "",
        "**Convention table**",
        "",
        "- Germany (DEU) added to the table",
        "- Brunei (BRN), Palermo Protocol: new accession 2017(a)",
        "",
        "**Peacekeeping**",
        "",
        "- UN personnel: 107,574 → 110,000 (+2,426)",
        "",
        "**Glossary**",
        "",
        "- Term removed: EU (“European Union”)",
        "- Term added: ISIS (“Islamic State of Iraq and Syria”)",
        "",
        "**Closing note**",
        "",
        "- Paragraph 2 reworded: “The \\*Trafficking in Persons Report\\* includes data on the important work being…” → “The \\*Report\\* includes data.”",
        "",
        "**Staff**",
        "",
        "- Staff name added: Janet Zinn",
        "",
      ].join("\n"),
    );
  });

  it("says so when nothing changed", () => {
    expect(formatDiffMarkdown(diffEditions(minimalEdition(), minimalEdition()))).toBe(
      "Edition 2017: no changes since 2017.\n",
    );
  });

  it("escapes what Markdown would read as markup", () => {
    expect(escapeMarkdown("*a* _b_ `c` [d](e) <https://x> \\")).toBe(
      "\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<https://x\\> \\\\",
    );
  });
});
