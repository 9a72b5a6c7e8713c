// Every list of an edition whose order the report prints: a new order is one change, with both
// orders, under the list's own path, in words an editor reads in the changelog. And the wording of
// the changes diff.test.ts shows only in passing: notes, exceptions, headings, organizations' texts.
import { describe, expect, it } from "vitest";
import type { Edition } from "../model/edition.js";
import { minimalEdition } from "./__tests__/minimal-edition.js";
import { diffEditions } from "./diff-editions.js";

/** The changes from `from` (the fixture after `prepare`) to a copy edited by `edit`, without their section. */
function changes(prepare: (e: Edition) => void, edit: (e: Edition) => void) {
  const from = minimalEdition();
  prepare(from);
  const next = structuredClone(from);
  edit(next);
  return diffEditions(from, next).changes.map(({ kind, subject, summary, before, after }) => ({
    kind,
    subject,
    summary,
    before,
    after,
  }));
}
const asIs = () => {};
const org = (e: Edition, abbreviation: string) =>
  e.organizations.organizations.find((o) => o.abbreviation === abbreviation)!;
const reordered = (subject: string, summary: string, before: string[]) => [
  { kind: "order-changed", subject, summary, before, after: [...before].reverse() },
];

describe("a list in a new order", () => {
  it("names the convention table's columns in their new order", () => {
    expect(changes(asIs, (e) => void e.conventions.columns.reverse())).toEqual(
      reordered("conventions/columns", "Columns reordered: C189, C182, C105, P029, C29, OPAC, OPSC, Palermo Protocol", [
        "palermo",
        "opsc",
        "opac",
        "c029",
        "p029",
        "c105",
        "c182",
        "c189",
      ]),
    );
  });

  it("reports footnotes, peacekeeping organizations and their allegation categories reordered", () => {
    const twoFootnotes = (e: Edition) => void e.conventions.footnotes.push({ mark: "†", text: "Kosovo" });
    expect(changes(twoFootnotes, (e) => void e.conventions.footnotes.reverse())).toEqual(
      reordered("conventions/footnotes", "Footnotes reordered", ["*", "†"]),
    );
    expect(changes(asIs, (e) => void e.peacekeeping.organizations.reverse())).toEqual(
      reordered("peacekeeping/organizations", "Peacekeeping organizations reordered", ["un", "osce"]),
    );
    expect(changes(asIs, (e) => void e.peacekeeping.organizations[0]!.allegations.breakdown.reverse())).toEqual(
      reordered("peacekeeping/un/allegations/breakdown", "UN allegation categories reordered", [
        "civilian",
        "military",
        "police",
      ]),
    );
  });

  it("reports organizations and an organization's link groups reordered", () => {
    expect(changes(asIs, (e) => void e.organizations.organizations.reverse())).toEqual(
      reordered("organizations/organizations", "Organizations reordered", ["UN", "AU", "CIS"]),
    );
    const twoGroups = (e: Edition) =>
      void org(e, "UN").linkGroups.push({ title: "UNSC", links: [{ url: "http://un.org/sc" }] });
    expect(changes(twoGroups, (e) => void org(e, "UN").linkGroups.reverse())).toEqual(
      reordered("organizations/UN/link-groups", "UN link groups reordered", [
        "United Nations Office on Drugs and Crime (UNODC)",
        "UNSC",
      ]),
    );
  });

  it("reports glossary entries, notes and photo credits reordered", () => {
    expect(changes(asIs, (e) => void e.glossary.entries.reverse())).toEqual(
      reordered("glossary/entries", "Glossary entries reordered", ["ASEAN", "EU", "UN"]),
    );
    const twoNotes = (e: Edition) => void e.notes.push({ label: "SOURCES", text: "Named sources." });
    expect(changes(twoNotes, (e) => void e.notes.reverse())).toEqual(
      reordered("notes", "Notes reordered", ["NOTES", "SOURCES"]),
    );
    expect(changes(asIs, (e) => void e.photoCredits.credits.reverse())).toEqual([
      {
        kind: "order-changed",
        subject: "photo-credits/credits",
        summary: "Photo credits reordered",
        before: ["Inside front cover", "Page 19, top", "Page 19, bottom", "Pages 36-37"],
        after: ["Pages 36-37", "Page 19, top", "Page 19, bottom", "Inside front cover"],
      },
    ]);
  });

  it("reports no change for recorded exceptions in a new order: their order means nothing", () => {
    const two = (e: Edition) =>
      void e.exceptions.push({ rule: "year-format", subject: "conventions/ARG", reason: "As published." });
    expect(changes(two, (e) => void e.exceptions.reverse())).toEqual([]);
  });
});

describe("wording", () => {
  it("quotes a note added, removed and reworded under its label", () => {
    const note = minimalEdition().notes[0]!;
    const sources = { label: "SOURCES", text: "Named sources." };
    expect(changes(asIs, (e) => void e.notes.push(sources))).toEqual([
      {
        kind: "note-added",
        subject: "notes/SOURCES",
        summary: "Note added: SOURCES “Named sources.”",
        before: null,
        after: sources,
      },
    ]);
    expect(changes(asIs, (e) => void e.notes.pop())).toEqual([
      {
        kind: "note-removed",
        subject: "notes/NOTES",
        summary: "Note removed: NOTES “Local currencies have been converted to U.S. dollars using the rates of…”",
        before: note,
        after: null,
      },
    ]);
    expect(changes(asIs, (e) => void (e.notes[0]!.text = "Rates of 2017."))).toEqual([
      {
        kind: "text-changed",
        subject: "notes/NOTES",
        summary: "NOTES: “Local currencies have been converted to U.S. dollars using the rates of…” → “Rates of 2017.”",
        before: note.text,
        after: "Rates of 2017.",
      },
    ]);
  });

  it("names a recorded exception by its rule and subject, and quotes a new reason", () => {
    const exception = { rule: "year-format", subject: "conventions/ARG", reason: "As published." };
    expect(changes(asIs, (e) => void e.exceptions.push(exception))).toEqual([
      {
        kind: "exception-added",
        subject: "exceptions/year-format/conventions/ARG",
        summary: "Exception added: year-format on “conventions/ARG”",
        before: null,
        after: exception,
      },
    ]);
    const reason = minimalEdition().exceptions[0]!.reason;
    expect(changes(asIs, (e) => void (e.exceptions[0]!.reason = "Adds up to 168."))).toEqual([
      {
        kind: "text-changed",
        subject: "exceptions/allegation-breakdown-total/peacekeeping/un/allegations/reason",
        summary: `Reason for allegation-breakdown-total on “peacekeeping/un/allegations”: “${reason}” → “Adds up to 168.”`,
        before: reason,
        after: "Adds up to 168.",
      },
    ]);
  });

  it("reports each section's heading under its own path", () => {
    const summaries = changes(asIs, (e) => {
      e.organizations.heading = "ORGS";
      e.organizations.columnHeadings[1] = "FRAMEWORK";
      e.glossary.heading = "GLOSSARY";
      e.photoCredits.heading = "CREDITS";
      e.closingNote.heading = "CLOSING";
      e.staff.heading = "STAFF";
      e.conventions.countryHeading = "Nation";
      e.conventions.columns[0]!.subheading = "Ratification (R)";
    }).map((c) => `${c.subject} | ${c.summary}`);
    expect(summaries).toEqual([
      "conventions/country-heading | Country column heading: “Country” → “Nation”",
      "conventions/columns/palermo/subheading | Palermo Protocol column subheading: “Ratification” → “Ratification (R)”",
      "organizations/heading | Heading: “MULTILATERAL ORGANIZATIONS COMBATING TRAFFICKING IN PERSONS” → “ORGS”",
      "organizations/column-headings/2 | Column 2 heading: “FRAMEWORK DOCUMENT RELEVANT TO TIP” → “FRAMEWORK”",
      "glossary/heading | Heading: “GLOSSARY OF ABBREVIATIONS” → “GLOSSARY”",
      "photo-credits/heading | Heading: “PHOTO CREDITS” → “CREDITS”",
      "closing-note/heading | Heading: “A CLOSING NOTE” → “CLOSING”",
      "staff/heading | Heading: “THE STAFF OF THE OFFICE TO MONITOR AND COMBAT TRAFFICKING IN PERSONS IS:” → “STAFF”",
    ]);
  });

  it("names a peacekeeping organization's texts, figures and links, and one added or removed", () => {
    const un = minimalEdition().peacekeeping.organizations[0]!;
    const summaries = changes(asIs, (e) => {
      const o = e.peacekeeping.organizations[0]!;
      o.heading = "UN";
      o.missions = 17;
      o.leadOffice = "DFS";
      o.allegations.total = null;
      o.allegations.narrative = "Narr.";
      o.newInitiatives = "New.";
      o.links.push("http://x.org");
    }).map((c) => `${c.subject} | ${c.summary}`);
    expect(summaries).toEqual([
      "peacekeeping/un/heading | UN column heading: “UNITED NATIONS” → “UN”",
      "peacekeeping/un/missions | UN missions: 16 → 17 (+1)",
      "peacekeeping/un/lead-office | UN lead office: “Office of Field Support” → “DFS”",
      "peacekeeping/un/allegations/total | UN allegations: 165 → none",
      `peacekeeping/un/allegations/narrative | UN allegations narrative: “103 allegations were reported against personnel of 14 UN peacekeeping and…” → “Narr.”`,
      `peacekeeping/un/new-initiatives | UN new initiatives: “${un.newInitiatives}” → “New.”`,
      "peacekeeping/un/links/http://x.org | UN link added: http://x.org",
    ]);
    const osce = minimalEdition().peacekeeping.organizations[1]!;
    expect(changes(asIs, (e) => void e.peacekeeping.organizations.pop())).toEqual([
      {
        kind: "peacekeeping-organization-removed",
        subject: "peacekeeping/osce",
        summary: "OSCE removed (“OSCE”)",
        before: osce,
        after: null,
      },
    ]);
    const nato = { ...osce, id: "nato", heading: "NATO" };
    expect(changes(asIs, (e) => void e.peacekeeping.organizations.push(nato))).toEqual([
      {
        kind: "peacekeeping-organization-added",
        subject: "peacekeeping/nato",
        summary: "NATO added (“NATO”)",
        before: null,
        after: nato,
      },
    ]);
  });

  it("names a link group's links under the organization and the group", () => {
    const group = minimalEdition().organizations.organizations[0]!.linkGroups[0]!;
    expect(changes(asIs, (e) => void org(e, "UN").linkGroups[0]!.links.pop())).toEqual([
      {
        kind: "link-removed",
        subject: `organizations/UN/link-groups/${group.title}/${group.links[1]!.url}`,
        summary: `UN, ${group.title}: link removed: ${group.links[1]!.url} (Human Trafficking Knowledge Portal)`,
        before: group.links[1],
        after: null,
      },
    ]);
    expect(changes(asIs, (e) => void org(e, "UN").linkGroups.pop())).toEqual([
      {
        kind: "link-group-removed",
        subject: `organizations/UN/link-groups/${group.title}`,
        summary: `UN link group removed: “${group.title}”`,
        before: group,
        after: null,
      },
    ]);
  });
});
