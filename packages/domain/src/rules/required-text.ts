import type { DataPath } from "../issues.js";
import type { Edition } from "../model/edition.js";
import { pathToString } from "../issues.js";
import { defineRule } from "./rule.js";

type Text = readonly [path: DataPath, text: string | undefined];

/** The texts an edition must print: headings, names, terms, definitions, paragraphs. */
function requiredTexts(e: Edition): Text[] {
  const list = (texts: readonly string[], at: DataPath): Text[] => texts.map((t, i) => [[...at, i], t]);
  const { conventions: table, peacekeeping, organizations } = e;
  return [
    [["title"], e.title],
    [["source", "name"], e.source.name],
    [["conventions", "heading"], table.heading],
    [["conventions", "intro"], table.intro],
    [["conventions", "countryHeading"], table.countryHeading],
    ...table.columns.flatMap((c, j): Text[] => [
      [["conventions", "columns", j, "heading"], c.heading],
      [["conventions", "columns", j, "subheading"], c.subheading],
      [["conventions", "columns", j, "footnote"], c.footnote],
    ]),
    ...table.rows.map((r, i): Text => [["conventions", "rows", i, "name"], r.name]),
    ...table.footnotes.flatMap((f, i): Text[] => [
      [["conventions", "footnotes", i, "mark"], f.mark],
      [["conventions", "footnotes", i, "text"], f.text],
    ]),
    [["peacekeeping", "heading"], peacekeeping.heading],
    [["peacekeeping", "intro"], peacekeeping.intro],
    ...peacekeeping.organizations.map((o, k): Text => [["peacekeeping", "organizations", k, "heading"], o.heading]),
    [["organizations", "heading"], organizations.heading],
    ...list(organizations.columnHeadings, ["organizations", "columnHeadings"]),
    ...organizations.organizations.flatMap((o, k): Text[] => {
      const at = ["organizations", "organizations", k];
      return [
        [[...at, "name"], o.name],
        [[...at, "abbreviation"], o.abbreviation],
        [[...at, "remark"], o.remark],
        ...o.linkGroups.map((g, n): Text => [[...at, "linkGroups", n, "title"], g.title]),
        ...o.frameworkDocuments.map((d, n): Text => [[...at, "frameworkDocuments", n, "title"], d.title]),
        ...list(o.focalPoints, [...at, "focalPoints"]),
      ];
    }),
    [["glossary", "heading"], e.glossary.heading],
    ...e.glossary.entries.flatMap((g, i): Text[] => [
      [["glossary", "entries", i, "term"], g.term],
      [["glossary", "entries", i, "definition"], g.definition],
    ]),
    ...e.notes.flatMap((n, i): Text[] => [
      [["notes", i, "label"], n.label],
      [["notes", i, "text"], n.text],
    ]),
    [["photoCredits", "heading"], e.photoCredits.heading],
    ...e.photoCredits.credits.flatMap((c, i) =>
      c.credits.map((p, j): Text => [["photoCredits", "credits", i, "credits", j, "credit"], p.credit]),
    ),
    [["closingNote", "heading"], e.closingNote.heading],
    ...list(e.closingNote.paragraphs, ["closingNote", "paragraphs"]),
    [["staff", "heading"], e.staff.heading],
    ...list(e.staff.names, ["staff", "names"]),
  ];
}

export const requiredText = defineRule({
  name: "required-text",
  description: "Texts the report prints (headings, names, terms, definitions, paragraphs) are not blank.",
  check(edition) {
    return requiredTexts(edition)
      .filter(([, text]) => text !== undefined && text.trim() === "")
      .map(([path]) => ({
        path,
        subject: pathToString(path),
        message: `${pathToString(path)} is blank`,
        hint: "write the text as published, or remove the entry",
      }));
  },
});
