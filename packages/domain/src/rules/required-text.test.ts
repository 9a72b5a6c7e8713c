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
});
