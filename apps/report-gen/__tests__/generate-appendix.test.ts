/**
 * `report-gen generate --only appendix` on the shipped 2017 edition: the facts a reader checks
 * against the published appendix, read back from the PDF with poppler.
 */
import { parseInline, type Cell, type Edition } from "@tip/domain";
import { loadEdition } from "@tip/data/load";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shipped2017, tempRoot } from "./support/editions.js";
import {
  missingFrom,
  pdfBookmarks,
  pdfInfo,
  pdfLinks,
  pdfPageSizes,
  pdfTextRuns,
  rawPages,
  readPdf,
  squash,
  type TextRun,
} from "./support/pdf.js";
import { runCli } from "./support/run-cli.js";
import type { PdfBookmark, PdfLink, PdfPageSize } from "@tip/pdf-engine/pdf-text";

const root = tempRoot("appendix");
const file = join(root.dir, "out", "2017", "appendix.pdf");

let edition: Edition;
let pages: string[];
/** The text of all pages without the running header and footer, which fall inside split paragraphs. */
let body: string;
let info: Record<string, string>;
let links: PdfLink[];
let bookmarks: PdfBookmark[];
let sizes: PdfPageSize[];
let runs: TextRun[];

/** Inline text (`*emphasis*`, `<https://…>`) as a reader sees it. */
const plain = (text: string) =>
  parseInline(text)
    .map((span) => span.text)
    .join("");
const hrefsIn = (text: string) => parseInline(text).flatMap((span) => (span.href ? [span.href] : []));
/** The report links bare hosts ("www.un.org") as http. */
const hrefOf = (url: string) => (/^https?:\/\//.test(url) ? url : `http://${url}`);

/** The notation as the report prints it, written out here rather than taken from the generator. */
function notation(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return "—";
  const code = { ratification: "", accession: "(a)", acceptance: "(A)" }[cell.kind as string];
  if (code === undefined) throw new Error(`no 2017 cell is a ${cell.kind}`);
  return `${cell.year}${code}`;
}

/** Pages from `start` up to the page before `next` starts (or the last page). */
const pagesFrom = (start: number, next: number | undefined) =>
  Array.from({ length: (next ?? pages.length + 1) - start }, (_, i) => start + i);

beforeAll(async () => {
  const run = await runCli(["generate", "--edition", "2017", "--out", "out", "--only", "appendix"], { cwd: root.dir });
  expect(run, run.stderr).toMatchObject({ code: 0, stderr: "" });
  const loaded = await loadEdition(shipped2017);
  if (!loaded.ok) throw new Error("the shipped 2017 edition does not load");
  edition = loaded.edition;
  const pdf = readPdf(file);
  [pages, info, links, bookmarks, sizes, runs] = await Promise.all([
    rawPages(pdf),
    pdfInfo(pdf),
    pdfLinks(pdf),
    pdfBookmarks(pdf),
    pdfPageSizes(pdf),
    pdfTextRuns(file),
  ]);
  const header = `${edition.title} · Appendix`;
  body = pages
    .map((page) =>
      page
        .split("\n")
        .filter((line) => line !== header && !/Page \d+ of \d+$/.test(line))
        .join("\n"),
    )
    .join("\n");
});

afterAll(() => root.remove());

describe("appendix.pdf: the convention table", () => {
  it("prints every country with each of its cells in the published notation, in column order", () => {
    const { rows, columns } = edition.conventions;
    const facts = rows.map((row) => [row.name, ...columns.map((c) => notation(row.cells[c.instrument]))].join(" "));
    expect(facts).toHaveLength(14);
    expect(missingFrom(body, facts)).toEqual([]);
    // As printed in the report, accession and acceptance codes included.
    expect(body.split("\n")).toContain("Brunei — 2006(a) 2016(a) — — — 2008 —");
    expect(body.split("\n")).toContain("Finland 2006(A) 2012 2002 1936 2017 1960 2000 2015");
  });

  it("prints the heading, the introduction, the column headings with the footnote mark, the subheadings and the footnote", () => {
    const { conventions } = edition;
    const headings = [
      conventions.countryHeading,
      ...conventions.columns.map((c) => `${c.heading}${c.footnote ?? ""}`),
    ].join(" ");
    const subheadings = conventions.columns.map((c) => c.subheading).join(" ");
    const footnotes = conventions.footnotes.map((f) => `${f.mark} ${plain(f.text)}`);
    expect(
      missingFrom(body, [conventions.heading, plain(conventions.intro), headings, subheadings, ...footnotes]),
    ).toEqual([]);
    expect(squash(body)).toContain(squash("ILO Protocol of 2014 to the Forced Labour Convention*"));
    expect(body).toContain(
      "* ILO Protocol of 2014 to the Forced Labour Convention entered into force November 9, 2016",
    );
  });
});

describe("appendix.pdf: peacekeeping", () => {
  it("prints every cell of every row, in the organizations' order", () => {
    const { peacekeeping } = edition;
    const orgs = peacekeeping.organizations;
    const figures = (o: (typeof orgs)[number]) => {
      const { total, breakdown } = o.allegations;
      if (total === null) return "";
      return breakdown.length
        ? `${total} [${breakdown.map((b) => `${b.category} (${b.count})`).join(", ")}]`
        : String(total);
    };
    const rows: [string, (o: (typeof orgs)[number]) => string][] = [
      ["TOTAL NUMBER OF PEACEKEEPING AND SUPPORT PERSONNEL", (o) => o.personnel.toLocaleString("en-US")],
      ["TOTAL NUMBER OF MISSIONS", (o) => o.missions.toLocaleString("en-US")],
      ["PREVENTION POLICY", (o) => o.preventionPolicy],
      ["LEAD OFFICE RESPONSIBLE FOR IMPLEMENTATION", (o) => o.leadOffice],
      ["PREVENTION TRAINING", (o) => o.training],
      [`NUMBER OF ALLEGATIONS IN ${peacekeeping.allegationsYear}`, (o) => `${figures(o)} ${o.allegations.narrative}`],
      ["NEW INITIATIVES", (o) => o.newInitiatives],
      ["LINKS FOR ADDITIONAL INFORMATION", (o) => o.links.join(" ")],
    ];
    const facts = [
      peacekeeping.heading,
      plain(peacekeeping.intro),
      orgs.map((o) => o.heading).join(" "),
      ...rows.map(([label, cell]) => [label, ...orgs.map(cell)].join(" ")),
    ];
    expect(missingFrom(body, facts)).toEqual([]);
    expect(body).toContain("107,574 2,870 17,748");
    expect(body).toContain("165 [civilian (68), military (93), police (7)]");
  });
});

describe("appendix.pdf: multilateral organizations", () => {
  it("prints each organization's row: name, abbreviation, websites, link groups, framework documents, focal points or N/A", () => {
    const { organizations } = edition;
    const link = (l: { url: string; label?: string | undefined }) => `${l.url}${l.label ? ` (${l.label})` : ""}`;
    const rows = organizations.organizations.map((o) =>
      [
        `${o.name}${o.abbreviation ? ` (${o.abbreviation})` : ""}${o.remark ? ` ${o.remark}` : ""}`,
        ...o.websites.map(link),
        ...o.linkGroups.flatMap((g) => [g.title, ...g.links.map(link)]),
        ...o.frameworkDocuments.map((d) => d.title),
        ...(o.focalPoints.length ? o.focalPoints : ["N/A"]),
      ].join(" "),
    );
    expect(rows).toHaveLength(17);
    expect(missingFrom(body, [organizations.heading, organizations.columnHeadings.join(" "), ...rows])).toEqual([]);
    const withoutFocalPoint = organizations.organizations.filter((o) => o.focalPoints.length === 0).length;
    expect(body.match(/N\/A/g)).toHaveLength(withoutFocalPoint);
    expect(body).toContain("https://www.unodc.org/cld/en/v3/htms/index.html (Human Trafficking");
  });
});

describe("appendix.pdf: glossary, notes, photo credits, closing note, staff", () => {
  it("prints every glossary term beside its definition, and the notes", () => {
    const { glossary, notes } = edition;
    const facts = [
      glossary.heading,
      ...glossary.entries.map((e) => `${e.term} ${e.definition}`),
      ...notes.map((n) => `${n.label}: ${plain(n.text)}`),
    ];
    expect(glossary.entries).toHaveLength(23);
    expect(missingFrom(body, facts)).toEqual([]);
  });

  it("prints every photo credit line with its page and position", () => {
    const { photoCredits } = edition;
    const place = (p: (typeof photoCredits.credits)[number]["place"]) => {
      switch (p.kind) {
        case "inside-front-cover":
          return "Inside front cover";
        case "inside-back-cover":
          return "Inside back cover";
        case "table-of-contents":
          return "Table of Contents";
        case "opposite-page":
          return `Opposite Page ${p.page}`;
        case "page":
          return `Page ${p.page}`;
        case "pages":
          return `Pages ${p.from}-${p.to}`;
      }
    };
    const position = (p: string | undefined) => (p ? `${p[0]!.toUpperCase()}${p.slice(1)}: ` : "");
    const facts = photoCredits.credits.map(
      (c) => `${place(c.place)}: ${c.credits.map((k) => `${position(k.position)}${k.credit}`).join(" ")}`,
    );
    expect(missingFrom(body, [photoCredits.heading, ...facts])).toEqual([]);
    const lines = body.split("\n");
    expect(lines).toContain("Page 19: Top: AP Photo/A.M. Ahad");
    expect(lines).toContain("Middle: Jodi Cobb/National Geographic Creative");
    expect(lines).toContain('Inside back cover: "The A21 Campaign"');
  });

  it("says once, under the photo credits' heading, that their page numbers are the printed report's", () => {
    const note =
      "Page numbers are those of the printed 2017 Trafficking in Persons Report, where the photographs appear, not pages of this document.";
    const flat = body.replace(/\s+/g, " ");
    expect(flat.split(note)).toHaveLength(2);
    expect(flat.indexOf(note) - flat.indexOf(edition.photoCredits.heading)).toBe(
      edition.photoCredits.heading.length + 1,
    );
  });

  it("prints every paragraph of the closing note", () => {
    const { closingNote } = edition;
    expect(closingNote.paragraphs).toHaveLength(6);
    expect(missingFrom(body, [closingNote.heading, ...closingNote.paragraphs.map(plain)])).toEqual([]);
  });

  it("sets the closing note's emphasis, the Trafficking in Persons Report, in the italic font and nothing around it", () => {
    const at = runs.findIndex((r) => r.text === "Trafficking in Persons Report" && /Italic/.test(r.font));
    expect(
      at,
      `no italic run "Trafficking in Persons Report" in ${JSON.stringify(runs.filter((r) => /Italic/.test(r.font)))}`,
    ).toBeGreaterThan(-1);
    expect(runs[at]!.font).toMatch(/\+Roboto-Italic$/);
    expect(runs[at - 1]).toMatchObject({ text: "The", font: expect.stringMatching(/Roboto-Regular$/) });
    expect(runs[at + 1]).toMatchObject({
      text: expect.stringMatching(/^includes data on the important work/),
      font: expect.stringMatching(/Roboto-Regular$/),
    });
  });

  it("prints the staff heading and every staff name, each on a line of its own", () => {
    const { staff } = edition;
    const lines = new Set(body.split("\n"));
    expect(staff.names.length).toBeGreaterThan(70);
    expect(missingFrom(body, [staff.heading])).toEqual([]);
    expect(staff.names.filter((name) => !lines.has(name))).toEqual([]);
  });
});

describe("appendix.pdf: a document to navigate and print", () => {
  it("links every URL of the appendix, and nothing else", () => {
    const { conventions, peacekeeping, organizations, notes, closingNote } = edition;
    const inline = [
      conventions.intro,
      peacekeeping.intro,
      ...conventions.footnotes.map((f) => f.text),
      ...notes.map((n) => n.text),
      ...closingNote.paragraphs,
    ];
    const urls = [
      ...peacekeeping.organizations.flatMap((o) => o.links),
      ...organizations.organizations.flatMap((o) =>
        [...o.websites, ...o.linkGroups.flatMap((g) => g.links)].map((l) => l.url),
      ),
    ];
    const expected = new Set([...inline.flatMap(hrefsIn), ...urls.map(hrefOf)]);
    const linked = new Set(links.map((l) => l.url));
    expect(expected.size).toBeGreaterThan(40);
    expect([...expected].filter((href) => !linked.has(href))).toEqual([]);
    expect([...linked].filter((href) => !expected.has(href))).toEqual([]);
    expect(missingFrom(body, urls)).toEqual([]);
  });

  it("has one bookmark per section, in the report's order, each pointing at the page where its heading is", () => {
    const { conventions, peacekeeping, organizations, glossary, photoCredits, closingNote, staff } = edition;
    const sections = [
      conventions.heading,
      peacekeeping.heading,
      organizations.heading,
      glossary.heading,
      photoCredits.heading,
      closingNote.heading,
    ];
    expect(bookmarks.map((b) => b.title)).toEqual([...sections, "Staff"]);
    const headings = [...sections, staff.heading];
    const misplaced = bookmarks.filter((b, i) => !squash(pages[b.page - 1] ?? "").includes(squash(headings[i]!)));
    expect(misplaced).toEqual([]);
    const starts = bookmarks.map((b) => b.page);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    // No entry repeats its parent's title one level down.
    expect(bookmarks.filter((b) => b.children.some((c) => c.title === b.title))).toEqual([]);
  });

  it("repeats a table's header row at the top of every page the table spans", () => {
    const start = (i: number) => bookmarks[i]!.page;
    const peacekeepingPages = pagesFrom(start(1), start(2));
    const organizationPages = pagesFrom(start(2), start(3));
    // The organizations table runs over more than one page in 2017, so the repetition is seen
    // (the peacekeeping table fits one page; its header is checked on every page it has).
    expect(organizationPages.length).toBeGreaterThan(1);
    const header = edition.peacekeeping.organizations.map((o) => o.heading).join(" ");
    expect(header).toBe("UNITED NATIONS OSCE NATO");
    expect(peacekeepingPages.filter((n) => !pages[n - 1]!.split("\n").includes(header))).toEqual([]);
    const organizationsHeader = edition.organizations.columnHeadings.join(" ");
    expect(organizationPages.filter((n) => !pages[n - 1]!.split("\n").includes(organizationsHeader))).toEqual([]);
  });

  it("lays the three wide tables on landscape pages and the rest on portrait pages", () => {
    const firstPortrait = bookmarks[3]!.page;
    expect(firstPortrait).toBeGreaterThan(3);
    const orientation = sizes.map((s) => (s.width > s.height ? "landscape" : "portrait"));
    expect(orientation).toEqual(sizes.map((_, i) => (i + 1 < firstPortrait ? "landscape" : "portrait")));
    expect(
      sizes.filter((s) => !((s.width === 792 && s.height === 612) || (s.width === 612 && s.height === 792))),
    ).toEqual([]);
  });

  it('numbers every page "Page N of M"', () => {
    const total = Number(info["Pages"]);
    expect(total).toBe(pages.length);
    expect(pages.map((page, i) => page.includes(`Page ${i + 1} of ${total}`))).toEqual(pages.map(() => true));
  });

  it("carries the edition's metadata: title, subject, author, keywords and the publication date", async () => {
    expect(info).toMatchObject({
      Title: "2017 Trafficking in Persons Report: Appendix",
      Creator: "@tip/report-gen",
      CreationDate: "2017-06-27T00:00:00Z",
    });
    expect(info["Author"]).toBeUndefined();
    expect(info["Subject"]).toContain("2017 Trafficking in Persons Report");
    expect(info["Keywords"]).toContain("2017");
    expect(readPdf(file).toString("latin1")).toContain("/Lang (en-US)");
  });
});
