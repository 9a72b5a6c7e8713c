import { describe, expect, it } from "vitest";
import { markupToContent } from "./index.js";

// What an editor reads for markup a template wrote wrong: `line:column rule: message (hint)`, for
// every rule the parser and the converter check. The message names what is wrong where it is; the
// hint says what to write instead.

function problems(markup: string, charts: Record<string, string> = {}): string[] {
  const result = markupToContent(markup, { file: "t.hbs", charts });
  return "errors" in result
    ? result.errors.map((e) => `${e.line}:${e.column} ${e.rule}: ${e.message} (${e.hint})`)
    : [];
}

const ELEMENTS =
  "h1, h2, h3, p, div, ul, ol, li, table, thead, tbody, tr, th, td, em, strong, span, a, br, footnote, section, page-break, toc, chart";
const CLASSES =
  "muted, small, lead, note, caption, numeric, center, nowrap, subtitle, meta, body, legend, source, credit, cell-item, in-period, status, notation, country, subheading, row-label, figure, term, brief, conventions, peacekeeping, organizations, glossary, staff, changes";
const ENTITY_HINT =
  "write the character itself (templates are UTF-8), or a numeric reference such as &#160; for a no-break space";

describe("markup the parser refuses", () => {
  it("an HTML entity, in text or in an attribute, where it stands", () => {
    expect(problems("<p>&nbsp;x</p>")).toEqual([`1:4 markup/unknown-entity: unknown entity &nbsp; (${ENTITY_HINT})`]);
    expect(problems('<p><a href="https://x.org/?a=1&copy;">x</a></p>')).toEqual([
      `1:31 markup/unknown-entity: unknown entity &copy; (${ENTITY_HINT})`,
    ]);
    expect(problems("<p>&amp; &lt; &gt; &quot; &apos; &#160; &#xA0;</p>")).toEqual([]);
  });

  it("text where only elements go, with where the text belongs", () => {
    expect(problems("<table><tr>x<td>1</td></tr></table>")).toEqual([
      "1:12 markup/misplaced-text: text is not allowed directly inside <tr> (put table text inside <td> or <th>)",
    ]);
    for (const part of ["thead", "tbody"])
      expect(problems(`<table><${part}>x<tr><td>1</td></tr></${part}></table>`), part).toEqual([
        `1:${10 + part.length} markup/misplaced-text: text is not allowed directly inside <${part}> (put table text inside <td> or <th>)`,
      ]);
    expect(problems("<table> x <tr><td>1</td></tr></table>")).toEqual([
      "1:9 markup/misplaced-text: text is not allowed directly inside <table> (put table text inside <td> or <th>)",
    ]);
    for (const list of ["ul", "ol"])
      expect(problems(`<${list}>x<li>1</li></${list}>`), list).toEqual([
        `1:5 markup/misplaced-text: text is not allowed directly inside <${list}> (put list text inside <li>)`,
      ]);
    expect(problems("<p>a<br>x</br></p>")).toEqual([
      "1:9 markup/misplaced-text: text is not allowed directly inside <br> (<br> takes no content)",
    ]);
    // Layout whitespace between rows and items is not text.
    expect(problems("<table>\n  <tr><td>1</td></tr>\n</table>\n<ul>\n  <li>a</li>\n</ul>")).toEqual([]);
  });

  it("an unknown element, with the names there are, or the same name in lower case", () => {
    expect(problems("<blink>x</blink>")).toEqual([
      `1:1 markup/unknown-element: unknown element <blink> (use one of: ${ELEMENTS})`,
    ]);
    expect(problems("<P>x</P>")).toEqual([
      "1:1 markup/unknown-element: unknown element <P> (element names are lower case: <p>)",
    ]);
  });

  it("an element where it does not belong, with where it does", () => {
    expect(problems("<li>x</li>")).toEqual([
      "1:1 markup/misplaced-element: <li> is not allowed at the top level (<li> goes directly inside <ul> or <ol>)",
    ]);
    expect(problems("<p><p>x</p></p>")).toEqual([
      "1:4 markup/misplaced-element: <p> is not allowed inside <p> (<p> is a block: put it at the top level or inside <section>, <div>, <li>, <td> or <th>, not inside a paragraph, heading or inline element)",
    ]);
    expect(problems("<p><tr><td>1</td></tr></p>")).toEqual([
      "1:4 markup/misplaced-element: <tr> is not allowed inside <p> (<tr> goes inside <table>, <thead> or <tbody>)",
    ]);
    expect(problems("<table><tr><td><section/></td></tr></table>")).toEqual([
      "1:16 markup/misplaced-element: <section> is not allowed inside <td> (<section> goes at the top level of the document, or inside <section> or <div>)",
    ]);
    expect(problems("<ul><em>x</em></ul>")).toEqual([
      "1:5 markup/misplaced-element: <em> is not allowed inside <ul> (<em> is inline text: put it inside a paragraph, heading, list item or cell)",
    ]);
    expect(problems("<ul><li><toc/></li></ul>")).toEqual([
      "1:9 markup/misplaced-element: <toc> is not allowed inside <li> (<toc> goes at the top level of the document, or inside <section> or <div>)",
    ]);
    expect(problems("<table><tr><thead/></tr></table>")).toContain(
      "1:12 markup/misplaced-element: <thead> is not allowed inside <tr> (<thead> goes directly inside <table>)",
    );
    expect(problems("<table><td>1</td></table>")).toContain(
      "1:8 markup/misplaced-element: <td> is not allowed inside <table> (<td> goes directly inside <tr>)",
    );
  });

  it("elements nested deeper than 64, once, at the first too deep", () => {
    const nested = (depth: number) => `${"<div>".repeat(depth)}x${"</div>".repeat(depth)}`;
    expect(problems(nested(64))).toEqual([]);
    expect(problems(nested(70))).toEqual([
      "1:321 markup/too-deep: <div> is nested 65 elements deep; markup nests at most 64 deep (close elements before opening others (a loop in the template may be opening one each time round))",
    ]);
    // A self-closing element at that depth opens nothing.
    expect(problems(`${"<div>".repeat(64)}<br/><p/>${"</div>".repeat(64)}`)).toEqual([]);
  });

  it("elements nested too deep inside an unknown or a misplaced element: reported with it, not after it is fixed", () => {
    const inside = (open: string, close: string) =>
      `<div>${open}${"<div>".repeat(66)}x${"</div>".repeat(66)}${close}</div>`;
    expect(problems(inside("<dvi>", "</dvi>"))).toEqual([
      `1:6 markup/unknown-element: unknown element <dvi> (use one of: ${ELEMENTS})`,
      "1:321 markup/too-deep: <div> is nested 65 elements deep; markup nests at most 64 deep (close elements before opening others (a loop in the template may be opening one each time round))",
    ]);
    expect(problems(inside("<td>", "</td>"))).toEqual([
      "1:6 markup/misplaced-element: <td> is not allowed inside <div> (<td> goes directly inside <tr>)",
      "1:320 markup/too-deep: <div> is nested 65 elements deep; markup nests at most 64 deep (close elements before opening others (a loop in the template may be opening one each time round))",
    ]);
  });

  it("an attribute an element does not take, or one it needs and lacks", () => {
    expect(problems('<p foo="1">x</p>')).toEqual([
      '1:4 markup/unknown-attribute: <p> has no attribute "foo" (<p> takes: class)',
    ]);
    expect(problems('<p>a<br x="1"/></p>')).toEqual([
      '1:9 markup/unknown-attribute: <br> has no attribute "x" (<br> takes no attributes)',
    ]);
    expect(problems("<chart/>")).toEqual([
      '1:1 markup/missing-attribute: <chart> needs a "ref" attribute (write <chart ref="…">)',
    ]);
    expect(problems('<p class="muted" class="small">x</p>')).toEqual([
      '1:18 markup/duplicate-attribute: attribute "class" is given twice (keep one of them)',
    ]);
  });

  it("an element never closed, or a closing tag that closes nothing", () => {
    expect(problems("<p>x")).toEqual([
      "1:1 markup/unclosed-element: <p> is never closed (add </p> before the end of the template)",
    ]);
    expect(problems("<div><p>x</div>")).toEqual([
      "1:6 markup/unclosed-element: <p> is never closed (add </p> before </div>)",
    ]);
    expect(problems("<p>x</p></p>")).toEqual([
      "1:9 markup/unexpected-closing-tag: </p> closes nothing (remove it, or add the <p> it should close)",
    ]);
  });

  it("declarations and processing instructions, at their <", () => {
    expect(problems("<!DOCTYPE html><p>x</p>")).toEqual([
      "1:1 markup/unsupported-syntax: declarations such as <!DOCTYPE> are not part of the markup (remove it)",
    ]);
    expect(problems('<?xml version="1.0"?><p>x</p>\n  <?pi?>')).toEqual([
      "1:1 markup/unsupported-syntax: processing instructions such as <?xml?> are not part of the markup (remove it)",
      "2:3 markup/unsupported-syntax: processing instructions such as <?xml?> are not part of the markup (remove it)",
    ]);
  });

  it("keeps comments out and CDATA as text", () => {
    const result = markupToContent("<p>a<!-- note -->b<![CDATA[ c < d ]]></p>", { file: "t.hbs" });
    const paragraph = ("content" in result ? result.content[0] : undefined) as { text: { text: string }[] } | undefined;
    expect(paragraph?.text.map((run) => run.text).join("")).toBe("ab c < d");
  });
});

describe("markup the converter refuses", () => {
  it("a class the stylesheet does not define, with the ones it does", () => {
    expect(problems('<p class="muted fancy">x</p>')).toEqual([
      `1:4 markup/unknown-class: unknown class "fancy" on <p> (classes are defined in src/markup/stylesheet.ts: ${CLASSES})`,
    ]);
    expect(problems('<table class="zebra striped"><tr><td>1</td></tr></table>')).toEqual([
      `1:8 markup/unknown-class: unknown class "striped" on <table> (classes are defined in src/markup/stylesheet.ts: ${CLASSES}, rules, zebra)`,
    ]);
  });

  it("a link that is not an http, https or mailto URL", () => {
    expect(problems('<p><a href="javascript:alert(1)">x</a></p>')).toEqual([
      '1:7 markup/unsafe-link: link target "javascript:alert(1)" is not an http, https or mailto URL (links must be absolute, e.g. https://www.state.gov/trafficking-in-persons-report/)',
    ]);
  });

  it("a heading that skips a level, with the level to use", () => {
    expect(problems("<h2>x</h2>")).toEqual([
      "1:1 markup/heading-level: the first heading is <h2>, not <h1> (a screen reader's list of headings needs every level in turn: use <h1> here, or add the missing heading before it)",
    ]);
    expect(problems("<h1>a</h1><h3>b</h3>")).toEqual([
      "1:11 markup/heading-level: <h3> follows <h1>, skipping a level (a screen reader's list of headings needs every level in turn: use <h2> here, or add the missing heading before it)",
    ]);
    expect(problems("<h1>a</h1><h2>b</h2><h3>c</h3><h1>d</h1><h2>e</h2>")).toEqual([]);
  });

  it("a section with an orientation it does not know, or an empty title", () => {
    expect(problems('<section orientation="sideways"><p>x</p></section>')).toEqual([
      '1:10 markup/invalid-attribute: orientation="sideways" is not landscape or portrait (write orientation="landscape" or orientation="portrait")',
    ]);
    expect(problems('<section title="  "><p>x</p></section>')).toEqual([
      "1:10 markup/invalid-attribute: section title is empty (give the section a title for the bookmarks, or drop the attribute)",
    ]);
  });

  it("a chart nobody drew, with the ones there are", () => {
    expect(problems('<chart ref="c"/>')).toEqual([
      '1:8 markup/unknown-chart: no chart is named "c" (this document is given no charts)',
    ]);
    expect(problems('<chart ref="timeline"/>', { a: "<svg/>", b: "<svg/>" })).toEqual([
      '1:8 markup/unknown-chart: no chart is named "timeline" (charts available here: a, b)',
    ]);
    expect(problems('<chart ref="toString" alt="x"/>', {})).toEqual([
      '1:8 markup/unknown-chart: no chart is named "toString" (this document is given no charts)',
    ]);
  });

  it("a chart width that is not a number of points between 0 and 2000", () => {
    const width = (value: string) => problems(`<chart ref="c" alt="A chart" width="${value}"/>`, { c: "<svg/>" });
    for (const bad of ["wide", "0", "-5", "2000", ""])
      expect(width(bad), bad).toEqual([
        `1:30 markup/invalid-attribute: width="${bad}" is not a width in points (write e.g. width="400")`,
      ]);
    for (const good of ["0.5", "1999", "400"]) expect(width(good), good).toEqual([]);
  });

  it("a second table of contents", () => {
    expect(problems('<toc/><toc title="Again"/>')).toEqual([
      "1:7 markup/duplicate-toc: a document has one table of contents (remove this <toc/>)",
    ]);
  });
});

describe("tables the converter refuses", () => {
  it("a table without rows or without cells", () => {
    expect(problems("<table></table>")).toEqual([
      "1:1 markup/empty-table: <table> has no rows (add <tr> rows with <td> cells, or leave the table out)",
    ]);
    expect(problems("<table><tr></tr></table>")).toEqual([
      "1:1 markup/empty-table: <table> has no cells (add <td> cells to its rows, or leave the table out)",
    ]);
  });

  it("a rowspan past the last row, with how far it may span", () => {
    expect(problems('<table><tr><td rowspan="3">a</td></tr><tr><td>b</td></tr></table>')).toContain(
      '1:12 markup/table-shape: rowspan="3" runs past the last row (this cell can span at most 2 rows)',
    );
  });

  it("rows that do not fill the same number of columns, counting spans", () => {
    expect(problems("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>")).toEqual([
      "1:37 markup/table-shape: row 2 fills 1 of the table's 2 columns (every row needs the same number of cells, counting colspan and rowspan)",
    ]);
    expect(problems('<table><tr><td rowspan="2">a</td><td>b</td></tr><tr><td>c</td></tr></table>')).toEqual([]);
    expect(problems('<table><tr><td colspan="2">a</td></tr><tr><td>b</td><td>c</td></tr></table>')).toEqual([]);
  });

  it("a cell that overlaps one spanning from an earlier row", () => {
    expect(
      problems('<table><tr><td>a</td><td rowspan="2">b</td></tr><tr><td colspan="2">c</td></tr></table>'),
    ).toContain(
      "1:53 markup/table-shape: this cell overlaps a cell spanning from an earlier row (check the colspan and rowspan values)",
    );
  });

  it("a span that is not a whole number from 1 to 1000", () => {
    expect(
      problems(
        '<table><tr><td colspan="0">a</td><td colspan="1.5">b</td><td rowspan="1001">c</td><td colspan>d</td></tr></table>',
      ),
    ).toEqual([
      '1:16 markup/invalid-attribute: colspan="0" is not a positive whole number (write colspan="2" to span two)',
      '1:38 markup/invalid-attribute: colspan="1.5" is not a positive whole number (write colspan="2" to span two)',
      '1:62 markup/invalid-attribute: rowspan="1001" is not a positive whole number (write rowspan="2" to span two)',
      '1:87 markup/invalid-attribute: colspan="" is not a positive whole number (write colspan="2" to span two)',
    ]);
    const wide = `<table><tr><td colspan="1000">a</td></tr><tr>${"<td>b</td>".repeat(1000)}</tr></table>`;
    expect(problems(wide)).toEqual([]);
  });

  it("widths it cannot read, or not one per column", () => {
    expect(problems('<table widths="auto,wide,10px"><tr><td>a</td></tr></table>')).toEqual([
      '1:8 markup/invalid-attribute: widths has values it cannot read: "wide", "10px" (use auto, *, a number of points or a percentage, e.g. widths="auto,*,60")',
    ]);
    expect(problems('<table widths="auto,*"><tr><td>a</td></tr></table>')).toEqual([
      "1:8 markup/table-widths: widths lists 2 columns but the table has 1 (give one width per column)",
    ]);
  });

  it("a head after the body, or a second head", () => {
    const hint = "move the header rows into one <thead> at the top of the table";
    expect(problems("<table><tr><td>a</td></tr><thead><tr><th>h</th></tr></thead></table>")).toEqual([
      `1:27 markup/table-structure: <thead> must come first, and only once (${hint})`,
    ]);
    expect(problems("<table><thead><tr><th>h</th></tr></thead><thead><tr><th>i</th></tr></thead></table>")).toEqual([
      `1:42 markup/table-structure: <thead> must come first, and only once (${hint})`,
    ]);
  });
});
