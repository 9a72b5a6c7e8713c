import { describe, expect, it } from "vitest";
import type { PdfDocumentDefinition } from "./definition.js";
import { defaultStyle, styles } from "./__tests__/test-styles.js";
import { drawWordsOneByOne, renderWithPlainPdfmake } from "./__tests__/plain-pdfmake.js";
import { styleLookupInEffect } from "./style-lookup.js";
import { renderPdfToBuffer } from "./write-pdf.js";

const date = new Date("2017-06-27T00:00:00Z");

/** A letter-size document with the engine's test stylesheet, and these styles beside it. */
function letter(
  title: string,
  content: unknown[],
  more: Record<string, Record<string, unknown>>,
): PdfDocumentDefinition {
  return {
    content,
    styles: { ...styles, ...more },
    defaultStyle,
    pageSize: "LETTER",
    pageOrientation: "portrait",
    pageMargins: 54,
    language: "en-US",
    info: { title, creationDate: date, modDate: date },
  } as unknown as PdfDocumentDefinition;
}

/** The engine writes exactly plain pdfmake's bytes for the document, with the patch in effect. */
async function expectPlainPdfmakeBytes(document: PdfDocumentDefinition): Promise<void> {
  const [expected] = await renderWithPlainPdfmake([document]);
  const ours = await renderPdfToBuffer(document);
  // Plain pdfmake's bytes prove nothing unless ours were made with the patch.
  expect(styleLookupInEffect()).toBe(true);
  expect(ours.equals(expected ?? Buffer.alloc(0))).toBe(true);
}

describe("style lookups", () => {
  drawWordsOneByOne();

  it("resolve every property as pdfmake's own: named styles, lists of them, extends, overrides, tables", async () => {
    const content = [
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
            [{ text: ["Palermo ", { text: "(a)", italics: true }] }, { text: "2002", style: ["in-period", "numeric"] }],
          ],
        },
      },
      { ul: ["one", { text: "two", style: "lead" }] },
    ];
    await expectPlainPdfmakeBytes(
      letter("styles", content, {
        child: { extends: "lead", color: "#123456" },
        grandchild: { extends: ["child", "note"], fontSize: 9 },
        loopA: { extends: "loopB" },
        loopB: { extends: "loopA", italics: true },
      }),
    );
  });

  it("measure every word as pdfmake does: each property measure sets, from a word, a style or the stack", async () => {
    // Each line sets one of the properties measure reads, on the word itself, in a style, or on
    // the paragraph around the words, so that a word's own value, its style's and the stack's
    // each decide a line's width, height, cuts or drawing somewhere below.
    const content = [
      { text: ["E = mc", { text: "2", sup: true }, " and H", { text: "2", sub: true }, "O"] },
      { text: ["x", { text: "n", style: "raised" }, " under a style's sup"] },
      { text: "indented first line of a paragraph that wraps onto a second line", leadingIndent: 24 },
      { text: "   kept leading spaces", preserveLeadingSpaces: true },
      { text: ["words and", { text: "   cut leading spaces" }] },
      // Right-aligned, so that whether a line's trailing spaces count moves its words.
      { text: "kept trailing spaces   \nnext line", preserveTrailingSpaces: true, alignment: "right" },
      { text: "   cut trailing spaces   \nnext line", preserveLeadingSpaces: true, alignment: "right" },
      {
        text: ["spaced out ", { text: "wider", characterSpacing: 2 }, " and ", { text: "by style", style: "spaced" }],
      },
      { text: ["tall lines in a style that wrap ".repeat(4)], style: "tall" },
      {
        text: ["struck", { text: " through", decoration: "lineThrough", decorationColor: "#ff0000" }],
        decoration: "underline",
        decorationStyle: "dashed",
      },
      { text: ["on a background", { text: " of its own", background: "#ffff00" }], background: "#eeeeee" },
      { text: ["a link", { text: " elsewhere", link: "https://example.org/b" }], link: "https://example.org/a" },
      { text: "no wrap here even when the line is far too long for the column it sits in, as it is", noWrap: true },
      { text: ["half seen", { text: " and whole", opacity: 1 }], opacity: 0.5 },
      { text: ["right", { text: " and centred by style", style: "centred" }], alignment: "right" },
      {
        text: ["bold by style ", { text: "but not here", bold: false }, " italic ", { text: "mixed", italics: true }],
        style: "strong",
      },
      {
        text: ["sized ", { text: "12", fontSize: 12 }, " then ", { text: "by style", style: "small" }],
        fontSize: 14,
      },
      { text: [{ text: "one style", style: "strong" }, { text: " the same style again", style: "strong" }, " none"] },
      {
        table: {
          body: [[{ text: ["a cell ", { text: "raised", style: "raised" }], lineHeight: 2 }, "plain cell"]],
        },
      },
    ];
    await expectPlainPdfmakeBytes(
      letter("measure", content, {
        raised: { sup: true, color: "#aa0000" },
        spaced: { characterSpacing: 1.5 },
        tall: { lineHeight: 2, fontSize: 10 },
        centred: { alignment: "center" },
      }),
    );
  });
});
