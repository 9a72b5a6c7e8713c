import { describe, expect, it } from "vitest";
import { buildDocument } from "../../documents/document.js";
import { renderPdfToBuffer } from "@tip/pdf-engine";
import { pdfBookmarks, pdfInfo, pdfLinks, pdfPages, pdfPageSizes, pdfText } from "@tip/pdf-engine/pdf-text";

async function twoPages(): Promise<Buffer> {
  const result = buildDocument({
    markup:
      '<section title="One"><h1>First page</h1><p>Left <a href="https://example.org/">link</a></p></section><page-break/><h2>Second page</h2>',
    markupFile: "t.hbs",
    title: "Reading back",
    language: "en-US",
    creationDate: new Date("2017-06-27T00:00:00Z"),
  });
  if ("errors" in result) throw new Error("markup errors");
  return renderPdfToBuffer(result.docDefinition);
}

describe("reading a PDF back", () => {
  it("reads text page by page, in reading order or as laid out", async () => {
    const pdf = await twoPages();
    expect((await pdfPages(pdf)).map((page) => page.trim())).toEqual(["First page\nLeft link", "Second page"]);
    expect(await pdfText(pdf, { mode: "layout" })).toMatch(/First page[\s\S]*\f[\s\S]*Second page/);
  });

  it("reads metadata, page sizes, links and bookmarks", async () => {
    const pdf = await twoPages();
    expect(await pdfInfo(pdf)).toMatchObject({ Title: "Reading back", Pages: "2" });
    expect(await pdfPageSizes(pdf)).toEqual([
      { width: 612, height: 792 },
      { width: 612, height: 792 },
    ]);
    expect(await pdfLinks(pdf)).toEqual([{ page: 1, url: "https://example.org/" }]);
    expect(await pdfBookmarks(pdf)).toEqual([
      { title: "One", page: 1, children: [{ title: "First page", page: 1, children: [] }] },
      { title: "Second page", page: 2, children: [] },
    ]);
  });
});
