// What the markup becomes where convert.test.ts does not look: the element each piece of text is tagged
// with (what a screen reader announces, and a link's description), bookmarks of headings in every order,
// and the pdfmake content of cells, list items, charts and sections in the forms an editor may write.
import { describe, expect, it } from "vitest";
import { describeStructure, linkDescription, StructureNode } from "@tip/pdf-engine";
import { untagged } from "./__tests__/untagged.js";
import { markupToContent, type ChartDrawing } from "./index.js";

const file = "templates/test.hbs";
const converted = (markup: string, charts: Record<string, string | ChartDrawing> = {}) => {
  const result = markupToContent(markup, { file, charts });
  if ("errors" in result)
    throw new Error(result.errors.map((e) => `${e.line}:${e.column} ${e.rule} ${e.message}`).join("\n"));
  return result;
};
const content = (markup: string, charts: Record<string, string | ChartDrawing> = {}) =>
  untagged(converted(markup, charts).content);
const structure = (markup: string) => describeStructure(converted(markup).structure).split("\n");

/** The elements a node sits in, below the document: `Sect > P > Link`, a link with its description. */
const chain = (node: StructureNode): string => {
  const own = node.role === "Link" ? `Link[${linkDescription(node)}]` : node.role;
  return node.parent === null || node.parent.role === "Document" ? own : `${chain(node.parent)} > ${own}`;
};

/** Each piece of text in reading order, with the elements a screen reader announces it in. */
const read = (markup: string): string[] => {
  const pieces: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(walk);
      return;
    }
    if (value === null || typeof value !== "object") return;
    const piece = value as { text?: unknown; tag?: unknown };
    if (typeof piece.text === "string" && piece.text !== "") {
      pieces.push(
        `${piece.tag instanceof StructureNode ? chain(piece.tag) : "(untagged)"}: ${JSON.stringify(piece.text)}`,
      );
    }
    for (const [key, inner] of Object.entries(value)) if (key !== "tag" && key !== "lbl") walk(inner);
  };
  walk(converted(markup).content);
  return pieces;
};

describe("the element each piece of text is read in", () => {
  it("a link in a paragraph: its words in the link, the description naming them and where it leads", () => {
    expect(
      read(
        '<p>See the <a href="https://www.state.gov/">State <em>Department</em></a>, and <a href="mailto:tip@state.gov">write</a>.</p>',
      ),
    ).toEqual([
      'P: "See the "',
      'P > Link[State Department (link to https://www.state.gov/)]: "State "',
      'P > Link[State Department (link to https://www.state.gov/)]: "Department"',
      'P: ", and "',
      'P > Link[write (link to mailto:tip@state.gov)]: "write"',
      'P: "."',
    ]);
  });

  it("a link inside a link to the same place is one link; to another place, a link of its own", () => {
    expect(
      read(
        '<p><a href="https://a.org/">one <a href="https://a.org/">two</a></a> <a href="https://b.org/">x <a href="https://a.org/">y</a></a></p>',
      ),
    ).toEqual([
      'P > Link[one two (link to https://a.org/)]: "one "',
      'P > Link[one two (link to https://a.org/)]: "two "',
      'P > Link[x (link to https://b.org/)]: "x "',
      'P > Link[x (link to https://b.org/)] > Link[y (link to https://a.org/)]: "y"',
    ]);
  });

  it("a link's words split over elements without a space: one word in its description", () => {
    expect(read('<p><a href="https://a.org/">Traf<em>fick</em>ing</a></p>').map((p) => p.split("]")[0])).toEqual([
      "P > Link[Trafficking (link to https://a.org/)",
      "P > Link[Trafficking (link to https://a.org/)",
      "P > Link[Trafficking (link to https://a.org/)",
    ]);
  });

  it("a line break in a paragraph, in a heading and in a link", () => {
    expect(read('<h1>Trafficking<br/>in Persons</h1><p>a<br/><a href="https://a.org/">b<br/>c</a></p>')).toEqual([
      'H1: "Trafficking"',
      'H1: "\\n"',
      'H1: "in Persons"',
      'P: "a"',
      'P: "\\n"',
      'P > Link[b c (link to https://a.org/)]: "b"',
      'P: "\\n"',
      'P > Link[b c (link to https://a.org/)]: "c"',
    ]);
  });

  it("text in a span, a footnote and a cell, in the element around them", () => {
    expect(
      read(
        '<p><em><span class="muted">quiet</span></em></p><footnote>1 In force.</footnote>' +
          "<table><tr><td>cell <strong>text</strong></td><td>more<p>a paragraph</p></td><td> </td></tr></table>",
      ),
    ).toEqual([
      'P: "quiet"',
      'P: "1 In force."',
      'Table > TBody > TR > TD: "cell "',
      'Table > TBody > TR > TD: "text"',
      // Text beside a block in a cell is a paragraph of its own, as the block is.
      'Table > TBody > TR > TD > P: "more"',
      'Table > TBody > TR > TD > P: "a paragraph"',
    ]);
    expect(untagged(converted('<p><em><span class="muted">quiet</span></em></p>').content)).toEqual([
      { text: [{ text: "quiet", style: ["em", "muted"] }], style: ["p"] },
    ]);
  });
});

describe("the structure tree", () => {
  it("leaves out the whitespace between blocks, and keeps a blank cell", () => {
    expect(
      structure(
        '<section title="Part">\n  <h1>T</h1>\n  <p>a</p>\n  <footnote>1 note</footnote>\n</section>\n<table><tr><td> </td></tr></table>\n',
      ),
    ).toEqual([
      "Document",
      '  Sect title="Part"',
      "    H1",
      "    P",
      "    P",
      "  Table",
      "    TBody",
      "      TR",
      "        TD",
    ]);
  });

  it("groups, numbered lists and the table of contents, with its title", () => {
    expect(
      structure('<toc title="In this report"/><div class="muted"><p>a</p></div><ol><li>one</li></ol><h1>H</h1>'),
    ).toEqual([
      "Document",
      "  TOC",
      "    Caption",
      "  Div",
      "    P",
      '  L listNumbering="Decimal"',
      "    LI",
      "      Lbl",
      "      LBody",
      "        P",
      "  H1",
    ]);
    expect(content('<toc title="In this report"/><div class="muted"><p>a</p></div><div><p>b</p></div>')).toEqual([
      {
        toc: {
          title: { text: [{ text: "In this report" }], style: "tocTitle" },
          textStyle: "tocEntry",
          numberStyle: "tocNumber",
        },
      },
      { stack: [{ text: [{ text: "a" }], style: ["p"] }], style: ["muted"] },
      { stack: [{ text: [{ text: "b" }], style: ["p"] }] },
    ]);
  });
});

describe("headings' bookmarks", () => {
  const bookmarks = (markup: string): string[] => {
    const found: string[] = [];
    const walk = (item: Record<string, unknown>): void => {
      if (item.outline === true)
        found.push(`${item.id} ${item.outlineText}${item.outlineParentId ? ` < ${item.outlineParentId}` : ""}`);
      if (Array.isArray(item.stack)) item.stack.forEach(walk);
    };
    (content(markup) as Record<string, unknown>[]).forEach(walk);
    return found;
  };

  it("h2s under the h1 before them, at the top level and in a section, each h1 under the section", () => {
    expect(bookmarks("<h1>Chad</h1><h2>Prosecution</h2><h2>Protection</h2><h1>Mali</h1><h2>Prevention</h2>")).toEqual([
      "outline-1 Chad",
      "outline-2 Prosecution < outline-1",
      "outline-3 Protection < outline-1",
      "outline-4 Mali",
      "outline-5 Prevention < outline-4",
    ]);
    expect(bookmarks('<section title="Africa"><h1>Chad</h1><h1>Mali</h1><h2>Protection</h2></section>')).toEqual([
      "outline-1 Africa",
      "outline-2 Chad < outline-1",
      "outline-3 Mali < outline-1",
      "outline-4 Protection < outline-3",
    ]);
  });

  it("a section's title taken by a later h1 that repeats it, the h2s after it under the section", () => {
    expect(bookmarks('<section title="Africa"><h1>Overview</h1><h1>Africa</h1><h2>Protection</h2></section>')).toEqual([
      "outline-2 Overview < outline-1",
      "outline-1 Africa",
      "outline-3 Protection < outline-1",
    ]);
  });

  it("not taken by an h2 under an h1, though it repeats the title", () => {
    expect(bookmarks('<section title="Africa"><h1>Chad</h1><h2>Africa</h2></section>')).toEqual([
      "outline-1 Africa",
      "outline-2 Chad < outline-1",
      "outline-3 Africa < outline-2",
    ]);
  });

  it("nested sections, a title with spaces around it, a heading without words or starting with a line break", () => {
    expect(
      bookmarks('<section title=" Africa "><section title="West"><h1><br/>Chad</h1><h1> </h1></section></section>'),
    ).toEqual(["outline-1 Africa", "outline-2 West < outline-1", "outline-3 Chad < outline-2"]);
    expect(structure('<section title=" Africa "><p>a</p></section>')).toEqual([
      "Document",
      '  Sect title="Africa"',
      "    P",
    ]);
  });
});

describe("sections, charts, cells and list items as pdfmake content", () => {
  it("a portrait section after a landscape one, each on a new page", () => {
    expect(
      content('<section orientation="landscape"><p>a</p></section><section orientation="portrait"><p>b</p></section>'),
    ).toEqual([
      { stack: [{ text: [{ text: "a" }], style: ["p"] }], pageBreak: "before", pageOrientation: "landscape" },
      { stack: [{ text: [{ text: "b" }], style: ["p"] }], pageBreak: "before", pageOrientation: "portrait" },
    ]);
  });

  it("a chart drawn as bare SVG, with the markup's alternative and no width of its own", () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>';
    expect(content('<chart ref="c" alt="Ratifications by year"/>', { c: svg })).toEqual([{ svg, style: "chart" }]);
  });

  it("a cell of two paragraphs, an empty cell, and a cell whose only paragraph has a style of its own", () => {
    const [table] = content("<table><tr><td><p>a</p><p>b</p></td><td></td><td><p>c</p></td></tr></table>") as {
      table: { body: unknown[][] };
    }[];
    expect(table?.table.body[0]).toEqual([
      {
        stack: [
          { text: [{ text: "a" }], style: ["p"] },
          { text: [{ text: "b" }], style: ["p"] },
        ],
        style: ["tableCell"],
      },
      { text: "", style: ["tableCell"] },
      { stack: [{ text: [{ text: "c" }], style: ["p"] }], style: ["tableCell"] },
    ]);
  });

  it("list items: empty, a paragraph with its style, text followed by a nested list", () => {
    expect(content("<ul><li></li><li><p>a</p></li><li>one<ul><li>two</li></ul></li></ul>")).toEqual([
      {
        ul: [
          { stack: [], style: ["listItem"] },
          { stack: [{ text: [{ text: "a" }], style: ["p"] }], style: ["listItem"] },
          {
            stack: [
              { text: [{ text: "one" }] },
              { ul: [{ text: [{ text: "two" }], style: ["listItem"] }], style: ["list"] },
            ],
            style: ["listItem"],
          },
        ],
        style: ["list"],
      },
    ]);
  });

  it("a footnote after loose text joins its paragraph; after a block, or after whitespace alone, it is one of its own", () => {
    expect(content("Ratified <footnote>1</footnote>\n<p>a</p>\n<footnote>1 In force.</footnote>")).toEqual([
      { text: [{ text: "Ratified " }, { text: "1", style: ["footnote"] }] },
      { text: [{ text: "a" }], style: ["p"] },
      { text: [{ text: "1 In force." }], style: ["footnote"] },
    ]);
  });

  it("a line break alone before a footnote: the footnote is a paragraph of its own", () => {
    expect(content("<br/><footnote>1 In force.</footnote>")).toEqual([
      { text: [{ text: "\n" }] },
      { text: [{ text: "1 In force." }], style: ["footnote"] },
    ]);
  });

  it("a class attribute with spaces around its names", () => {
    expect(content('<p class="  lead   muted ">a</p>')).toEqual([
      { text: [{ text: "a" }], style: ["p", "lead", "muted"] },
    ]);
  });
});
