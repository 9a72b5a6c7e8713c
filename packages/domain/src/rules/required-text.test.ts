import { describe, expect, it } from "vitest";
import { edited, minimalEdition } from "./__tests__/fixtures.js";
import { requiredText } from "./required-text.js";

const blankTexts = edited((e) => {
  e.conventions.heading = " ";
  e.conventions.rows[1]!.name = "\t";
  e.glossary.entries[1]!.definition = "  ";
  e.organizations.organizations[0]!.focalPoints = ["N/A", " "];
  e.organizations.organizations[0]!.frameworkDocuments[0]!.title = "\n";
  e.closingNote.paragraphs.push("   ");
  e.staff.names.push(" ");
});

// Every kind of text the report prints, blank: a source left out of the rule would let its blank through.
const everyTextBlank = edited((e) => {
  e.title = " ";
  e.source.name = " ";
  const t = e.conventions;
  t.heading = " ";
  t.intro = " ";
  t.countryHeading = " ";
  t.columns[3] = { ...t.columns[3]!, heading: " ", subheading: " ", footnote: " " };
  t.rows[0]!.name = " ";
  t.footnotes[0] = { mark: " ", text: " " };
  e.peacekeeping.heading = " ";
  e.peacekeeping.intro = " ";
  e.peacekeeping.organizations[0]!.heading = " ";
  e.organizations.heading = " ";
  e.organizations.columnHeadings[2] = " ";
  const un = e.organizations.organizations[0]!;
  un.name = " ";
  un.abbreviation = " ";
  un.remark = " ";
  un.linkGroups[0]!.title = " ";
  un.frameworkDocuments[0]!.title = " ";
  un.focalPoints[0] = " ";
  e.glossary.heading = " ";
  e.glossary.entries[0] = { term: " ", definition: " " };
  e.notes[0] = { label: " ", text: " " };
  e.photoCredits.heading = " ";
  e.photoCredits.credits[0]!.credits[0]!.credit = " ";
  e.closingNote.heading = " ";
  e.closingNote.paragraphs[0] = " ";
  e.staff.heading = " ";
  e.staff.names[0] = " ";
});

describe("required-text", () => {
  it("passes the minimal edition", () => {
    expect(requiredText.check(minimalEdition())).toEqual([]);
  });

  it("reports every blank text the report prints", () => {
    const hint = "write the text as published, or remove the entry";
    const blank = (path: (string | number)[], subject: string) => ({
      path,
      subject,
      message: `${subject} is blank`,
      hint,
    });
    expect(requiredText.check(blankTexts)).toEqual([
      blank(["conventions", "heading"], "conventions.heading"),
      blank(["conventions", "rows", 1, "name"], "conventions.rows[1].name"),
      blank(
        ["organizations", "organizations", 0, "frameworkDocuments", 0, "title"],
        "organizations.organizations[0].frameworkDocuments[0].title",
      ),
      blank(["organizations", "organizations", 0, "focalPoints", 1], "organizations.organizations[0].focalPoints[1]"),
      blank(["glossary", "entries", 1, "definition"], "glossary.entries[1].definition"),
      blank(["closingNote", "paragraphs", 1], "closingNote.paragraphs[1]"),
      blank(["staff", "names", 1], "staff.names[1]"),
    ]);
  });

  it("reads every text the report prints, each reported at its own place", () => {
    expect(requiredText.check(everyTextBlank).map((o) => o.message)).toEqual([
      "title is blank",
      "source.name is blank",
      "conventions.heading is blank",
      "conventions.intro is blank",
      "conventions.countryHeading is blank",
      "conventions.columns[3].heading is blank",
      "conventions.columns[3].subheading is blank",
      "conventions.columns[3].footnote is blank",
      "conventions.rows[0].name is blank",
      "conventions.footnotes[0].mark is blank",
      "conventions.footnotes[0].text is blank",
      "peacekeeping.heading is blank",
      "peacekeeping.intro is blank",
      "peacekeeping.organizations[0].heading is blank",
      "organizations.heading is blank",
      "organizations.columnHeadings[2] is blank",
      "organizations.organizations[0].name is blank",
      "organizations.organizations[0].abbreviation is blank",
      "organizations.organizations[0].remark is blank",
      "organizations.organizations[0].linkGroups[0].title is blank",
      "organizations.organizations[0].frameworkDocuments[0].title is blank",
      "organizations.organizations[0].focalPoints[0] is blank",
      "glossary.heading is blank",
      "glossary.entries[0].term is blank",
      "glossary.entries[0].definition is blank",
      "notes[0].label is blank",
      "notes[0].text is blank",
      "photoCredits.heading is blank",
      "photoCredits.credits[0].credits[0].credit is blank",
      "closingNote.heading is blank",
      "closingNote.paragraphs[0] is blank",
      "staff.heading is blank",
      "staff.names[0] is blank",
    ]);
  });
});
