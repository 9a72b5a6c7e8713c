import { describe, expect, it } from "vitest";
import type { PdfDocumentDefinition } from "./definition.js";
import { defaultStyle, styles } from "./__tests__/test-styles.js";
import { drawWordsOneByOne, renderWithPlainPdfmake } from "./__tests__/plain-pdfmake.js";
import { styleLookupInEffect } from "./style-lookup.js";
import { renderPdfToBuffer } from "./write-pdf.js";

const date = new Date("2017-06-27T00:00:00Z");

describe("style lookups", () => {
  drawWordsOneByOne();

  it("resolve every property as pdfmake's own: named styles, lists of them, extends, overrides, tables", async () => {
    const document = {
      content: [
        { text: "Heading", style: "h1" },
        {
          text: [
            "plain ",
            { text: "strong", style: "strong" },
            { text: " both", style: ["em", "strong"] },
            { text: " last wins", style: ["lead", "small"] },
            { text: " override", color: "#ff0000", fontSize: 14 },
          ],
        },
        { text: "inherits", style: "child" },
        { text: "grandchild overrides the parent", style: ["grandchild", "muted"] },
        { text: "a loop of extends ends", style: "loopA" },
        { stack: [{ text: "the inner style wins", style: "small" }, "the outer one applies"], style: "lead" },
        {
          style: "table",
          table: {
            headerRows: 1,
            widths: ["*", 60],
            body: [
              [
                { text: "Instrument", style: "tableHeader" },
                { text: "Year", style: ["tableHeader", "numeric"] },
              ],
              [
                { text: ["Palermo ", { text: "(a)", italics: true }] },
                { text: "2002", style: ["in-period", "numeric"] },
              ],
            ],
          },
        },
        { ul: ["one", { text: "two", style: "lead" }] },
      ],
      styles: {
        ...styles,
        child: { extends: "lead", color: "#123456" },
        grandchild: { extends: ["child", "note"], fontSize: 9 },
        loopA: { extends: "loopB" },
        loopB: { extends: "loopA", italics: true },
      },
      defaultStyle,
      pageSize: "LETTER",
      pageOrientation: "portrait",
      pageMargins: 54,
      language: "en-US",
      info: { title: "styles", creationDate: date, modDate: date },
    } as unknown as PdfDocumentDefinition;
    const [expected] = await renderWithPlainPdfmake([document]);
    const ours = await renderPdfToBuffer(document);
    // Plain pdfmake's bytes prove nothing unless ours were made with the patch.
    expect(styleLookupInEffect()).toBe(true);
    expect(ours.equals(expected ?? Buffer.alloc(0))).toBe(true);
  });
});
