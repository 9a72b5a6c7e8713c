import { describe, expect, it } from "vitest";
import { describeStructure } from "@tip/pdf-engine";
import { untagged } from "./__tests__/untagged.js";
import { markupToContent, type ChartDrawing } from "./index.js";

const file = "templates/test.hbs";
const content = (markup: string, charts: Record<string, string | ChartDrawing> = {}) => {
  const result = markupToContent(markup, { file, charts });
  if ("errors" in result)
    throw new Error(result.errors.map((e) => `${e.line}:${e.column} ${e.rule} ${e.message}`).join("\n"));
  return untagged(result.content) as typeof result.content;
};
const structure = (markup: string, charts: Record<string, string | ChartDrawing> = {}) => {
  const result = markupToContent(markup, { file, charts });
  if ("errors" in result)
    throw new Error(result.errors.map((e) => `${e.line}:${e.column} ${e.rule} ${e.message}`).join("\n"));
  return describeStructure(result.structure).split("\n");
};
const errors = (markup: string) => {
  const result = markupToContent(markup, { file });
  return "errors" in result ? result.errors.map((e) => `${e.line}:${e.column} ${e.rule}`) : [];
};

describe("convertMarkup", () => {
  it("turns a paragraph with inline elements into styled runs", () => {
    expect(
      content(
        '<p class="lead">The <em>Palermo</em> <strong>Protocol</strong>, see <a href="https://www.state.gov/">state.gov</a>.</p>',
      ),
    ).toEqual([
      {
        style: ["p", "lead"],
        text: [
          { text: "The " },
          { text: "Palermo ", style: ["em"] },
          { text: "Protocol", style: ["strong"] },
          { text: ", see " },
          { text: "state.gov", style: ["link"], link: "https://www.state.gov/" },
          { text: "." },
        ],
      },
    ]);
  });

  it("makes h1 and h2 bookmarks nested under their section, and contents entries when there is a toc", () => {
    const [toc, section] = content(
      '<toc/><section title="Africa"><h1>Angola</h1><h2>Protection</h2><h3>Minor</h3></section>',
    );
    expect(toc).toMatchObject({ toc: { title: { text: [{ text: "Contents" }] } } });
    expect(section).toEqual({
      stack: [
        { text: "", id: "outline-1", outline: true, outlineText: "Africa" },
        {
          text: [{ text: "Angola" }],
          style: ["h1"],
          headlineLevel: 1,
          id: "outline-2",
          outline: true,
          outlineText: "Angola",
          outlineParentId: "outline-1",
          tocItem: true,
        },
        {
          text: [{ text: "Protection" }],
          style: ["h2"],
          headlineLevel: 2,
          id: "outline-3",
          outline: true,
          outlineText: "Protection",
          outlineParentId: "outline-2",
          tocItem: true,
          tocStyle: "tocEntryMinor",
          tocMargin: [12, 2, 0, 0],
        },
        { text: [{ text: "Minor" }], style: ["h3"], headlineLevel: 3 },
      ],
    });
  });

  it("hangs a section's bookmark on a heading that repeats its title, not on a second, nested entry", () => {
    const [section] = content('<section title="Glossary"><h1>Glossary</h1><h2>Notes</h2></section>');
    expect(section).toEqual({
      stack: [
        {
          text: [{ text: "Glossary" }],
          style: ["h1"],
          headlineLevel: 1,
          id: "outline-1",
          outline: true,
          outlineText: "Glossary",
        },
        {
          text: [{ text: "Notes" }],
          style: ["h2"],
          headlineLevel: 2,
          id: "outline-2",
          outline: true,
          outlineText: "Notes",
          outlineParentId: "outline-1",
        },
      ],
    });
  });

  it("allows one table of contents", () => {
    expect(errors("<toc/><p>x</p>\n<toc/>")).toEqual(["2:1 markup/duplicate-toc"]);
  });

  it("starts a section with an orientation on a new page", () => {
    expect(content('<section orientation="landscape"><p>wide</p></section>')).toEqual([
      { stack: [{ text: [{ text: "wide" }], style: ["p"] }], pageBreak: "before", pageOrientation: "landscape" },
    ]);
    expect(errors('<section orientation="sideways"/>')).toEqual(["1:10 markup/invalid-attribute"]);
  });

  it("allows only http, https and mailto links", () => {
    expect(
      errors(
        '<p><a href="javascript:alert(1)">x</a> <a href="/relative">y</a> <a href="mailto:tip@state.gov">z</a></p>',
      ),
    ).toEqual(["1:7 markup/unsafe-link", "1:43 markup/unsafe-link"]);
  });

  it("accepts only classes the stylesheet defines", () => {
    expect(
      errors('<p class="muted fancy">x</p><table class="zebra"><tr><td>1</td></tr></table><p class="zebra">y</p>'),
    ).toEqual(["1:4 markup/unknown-class", "1:80 markup/unknown-class"]);
  });

  it("draws charts the caller supplies, each a Figure with its text alternative", () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>';
    expect(content('<chart ref="timeline" width="300"/>', { timeline: { svg, alt: "Parties by year" } })).toEqual([
      { svg, style: "chart", width: 300 },
    ]);
    expect(structure('<chart ref="timeline"/>', { timeline: { svg, alt: "Parties by year" } })).toEqual([
      "Document",
      '  Figure alt="Parties by year"',
    ]);
    expect(structure('<chart ref="timeline" alt="Given  here"/>', { timeline: svg })).toEqual([
      "Document",
      '  Figure alt="Given here"',
    ]);
    expect(errors('<chart ref="missing"/>')).toEqual(["1:8 markup/unknown-chart"]);
  });

  it("refuses markup that cannot be tagged well: a chart without text alternative, a heading level skipped", () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>';
    const result = markupToContent('<h1>A</h1>\n<chart ref="c"/>\n<h3>B</h3>\n<chart ref="c" alt=" "/>', {
      file,
      charts: { c: svg },
    });
    expect("errors" in result ? result.errors.map((e) => `${e.line}:${e.column} ${e.rule} ${e.message}`) : []).toEqual([
      '2:1 markup/missing-alternative chart "c" has no text alternative',
      "3:1 markup/heading-level <h3> follows <h1>, skipping a level",
      '4:16 markup/missing-alternative chart "c" has no text alternative',
    ]);
    expect(errors("<h2>Starts low</h2>")).toEqual(["1:1 markup/heading-level"]);
  });

  it("builds the structure tree in document order: sections, headings, paragraphs, lists, tables with header scope, links", () => {
    expect(
      structure(
        '<section title="Part"><h1>T</h1>Loose <a href="https://x.org/">x</a> text<ul><li>One</li></ul>' +
          '<table><thead><tr><th colspan="4">H</th></tr></thead>' +
          '<tr><th>R</th><td>1</td><td>see <a href="https://y.org/">y</a></td><td><p>a</p><p>b</p></td></tr></table></section>',
      ),
    ).toEqual([
      "Document",
      '  Sect title="Part"',
      "    H1",
      "    P",
      '      Link href="https://x.org/"',
      '    L listNumbering="Disc"',
      "      LI",
      "        Lbl",
      "        LBody",
      "          P",
      "    Table",
      "      THead",
      "        TR",
      // A cell of text alone holds its text (and links) itself; a cell of paragraphs holds them.
      '          TH scope="Column" colSpan=4',
      "      TBody",
      "        TR",
      '          TH scope="Row"',
      "          TD",
      "          TD",
      '            Link href="https://y.org/"',
      "          TD",
      "            P",
      "            P",
    ]);
  });

  it("sets footnotes as small text, inline after text and as a paragraph on their own", () => {
    expect(content("<p>Ratified<footnote>1</footnote></p><footnote>1 In force 2003.</footnote>")).toEqual([
      { text: [{ text: "Ratified" }, { text: "1", style: ["footnote"] }], style: ["p"] },
      { text: [{ text: "1 In force 2003." }], style: ["footnote"] },
    ]);
  });

  it("groups loose text into paragraphs and keeps lists' items", () => {
    expect(
      content("Loose <em>text</em>\n<ul>\n  <li>one</li>\n  <li><p>two</p><ol><li>nested</li></ol></li>\n</ul>"),
    ).toEqual([
      { text: [{ text: "Loose " }, { text: "text", style: ["em"] }] },
      {
        ul: [
          { text: [{ text: "one" }], style: ["listItem"] },
          {
            stack: [
              { text: [{ text: "two" }], style: ["p"] },
              { ol: [{ text: [{ text: "nested" }], style: ["listItem"] }], style: ["list"] },
            ],
            style: ["listItem"],
          },
        ],
        style: ["list"],
      },
    ]);
  });

  it("starts what follows a page-break on a new page", () => {
    expect(content("<p>a</p><page-break/><p>b</p>")).toEqual([
      { text: [{ text: "a" }], style: ["p"] },
      { text: [{ text: "b" }], style: ["p"], pageBreak: "before" },
    ]);
    expect(content("<section><p>a</p><page-break/></section>")).toEqual([
      {
        stack: [
          { text: [{ text: "a" }], style: ["p"] },
          { text: "", pageBreak: "after" },
        ],
      },
    ]);
  });
});
