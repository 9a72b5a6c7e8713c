import { describe, expect, it } from "vitest";
import type { PdfDocumentDefinition } from "../markup/pdf-content.js";
import { buildDocument, defaultCreator, type BuildDocumentOptions } from "./document.js";
import { renderPdfToBuffer } from "@tip/pdf-engine";
import { pdfBookmarks, pdfInfo, pdfLinks, pdfPages, pdfPageSizes } from "@tip/pdf-engine/pdf-text";

const base = {
  markupFile: "templates/test.hbs",
  title: "Trafficking in Persons Report 2017 — Appendix",
  language: "en-US",
  creationDate: new Date("2017-06-27T12:00:00Z"),
} as const;

function built(markup: string, options: Partial<BuildDocumentOptions> = {}): PdfDocumentDefinition {
  const result = buildDocument({ ...base, markup, ...options });
  if ("errors" in result)
    throw new Error(result.errors.map((e) => `${e.line}:${e.column} ${e.rule} ${e.message}`).join("\n"));
  return result.docDefinition;
}

const pdf = (markup: string, options: Partial<BuildDocumentOptions> = {}) => renderPdfToBuffer(built(markup, options));

const countries = [
  "Argentina",
  "Brunei",
  "Côte d'Ivoire",
  "Curaçao",
  "Czechia",
  "Estonia",
  "Finland",
  "France",
  "Guinea",
  "Jamaica",
];
const longTable =
  '<h1>Ratifications</h1><table widths="*,60"><thead><tr><th>Country</th><th class="numeric">Palermo</th></tr></thead><tbody>' +
  Array.from(
    { length: 90 },
    (_, i) =>
      `<tr><td>${countries[i % countries.length]} ${i + 1}</td><td class="numeric">${2000 + (i % 17)}</td></tr>`,
  ).join("") +
  "</tbody></table>";

describe("buildDocument", () => {
  it("returns the markup's errors instead of a document", () => {
    expect(buildDocument({ ...base, markup: "<p>ok</p>\n<blink/>" })).toEqual({
      errors: [
        expect.objectContaining({ file: "templates/test.hbs", line: 2, column: 1, rule: "markup/unknown-element" }),
      ],
    });
  });

  it("writes the metadata a PDF reader shows", async () => {
    const info = await pdfInfo(
      await pdf("<p>x</p>", {
        subject: "Relevant international conventions",
        keywords: ["trafficking", "Palermo Protocol"],
      }),
    );
    expect(info).toMatchObject({
      Title: base.title,
      Subject: "Relevant international conventions",
      Keywords: "trafficking, Palermo Protocol",
      Creator: defaultCreator,
      CreationDate: "2017-06-27T12:00:00Z",
      ModDate: "2017-06-27T12:00:00Z",
      "Page size": "612 x 792 pts (letter)",
    });
  });

  it("declares the document language", async () => {
    expect((await pdf("<p>x</p>", { language: "en-US" })).toString("latin1")).toContain("/Lang (en-US)");
  });

  it("repeats the table header at the top of every page the table runs onto", async () => {
    const pages = await pdfPages(await pdf(longTable));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages) expect(page.trimStart()).toMatch(/^(Ratifications\s+)?Country\s+Palermo/);
    expect(pages.join("").match(/Country\s+Palermo/g)).toHaveLength(pages.length);
  });

  it("numbers pages and runs the header from page 2, the footer on every page", async () => {
    const pages = await pdfPages(
      await pdf(longTable, { header: "TIP Report 2017 — Appendix", footer: "U.S. Department of State" }),
      { mode: "layout" },
    );
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((page, i) => {
      expect(page).toMatch(new RegExp(`U\\.S\\. Department of State\\s+Page ${i + 1} of ${pages.length}`));
      expect(page.includes("TIP Report 2017 — Appendix")).toBe(i > 0);
    });
  });

  it("makes links clickable", async () => {
    const links = await pdfLinks(
      await pdf(
        '<p>See <a href="https://www.state.gov/j/tip/">the TIP Office</a> or <a href="mailto:tip@state.gov">write</a>.</p>',
      ),
    );
    expect([...new Set(links.map((link) => link.url))]).toEqual([
      "https://www.state.gov/j/tip/",
      "mailto:tip@state.gov",
    ]);
  });

  it("turns section titles, h1 and h2 into nested bookmarks", async () => {
    const bookmarks = await pdfBookmarks(
      await pdf(
        '<section title="Conventions"><h1>Relevant International Conventions</h1><h2>Ratifications</h2><h3>not a bookmark</h3></section>' +
          '<section title="Peacekeeping" orientation="landscape"><h1>Stopping Trafficking by Peacekeepers</h1></section>',
      ),
    );
    expect(bookmarks).toEqual([
      {
        title: "Conventions",
        page: 1,
        children: [
          {
            title: "Relevant International Conventions",
            page: 1,
            children: [{ title: "Ratifications", page: 1, children: [] }],
          },
        ],
      },
      {
        title: "Peacekeeping",
        page: 2,
        children: [{ title: "Stopping Trafficking by Peacekeepers", page: 2, children: [] }],
      },
    ]);
  });

  it("gives a section its own orientation from a new page, without a blank first page", async () => {
    const document = await pdf(
      '<section orientation="landscape"><p>wide</p></section><section orientation="portrait"><p>tall</p></section>',
    );
    expect(await pdfPageSizes(document)).toEqual([
      { width: 792, height: 612 },
      { width: 612, height: 792 },
    ]);
    expect((await pdfPages(document)).map((page) => page.trim())).toEqual(["wide", "tall"]);
  });

  it("lists h1 and h2 in a table of contents with page numbers", async () => {
    const pages = await pdfPages(
      await pdf(
        '<toc title="Contents"/><page-break/><h1>Argentina</h1><h2>Ratifications</h2><page-break/><h1>Brunei</h1>',
      ),
      { mode: "layout" },
    );
    expect(pages[0]).toMatch(/Contents\s+Argentina\s+2\s+Ratifications\s+2\s+Brunei\s+3/);
  });

  it("draws charts from SVG", async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="4" y="20" font-size="12">Parties by year</text></svg>';
    expect(
      await pdfPages(await pdf('<chart ref="timeline"/>', { charts: { timeline: { svg, alt: "Parties by year" } } })),
    ).toEqual([expect.stringContaining("Parties by year")]);
  });
});
