import { describe, expect, it } from "vitest";
import { parseMarkup } from "./parse.js";

const file = "templates/brief.hbs";
const rules = (source: string) => parseMarkup(source, file).errors.map((e) => `${e.line}:${e.column} ${e.rule}`);

describe("parseMarkup", () => {
  it("keeps line and column of every element and decodes entities", () => {
    const { document, errors } = parseMarkup(
      '<p>a</p>\n  <h1 class="muted">C&#xF4;te d&#x27;Ivoire &amp; &quot;x&quot;</h1>',
      file,
    );
    expect(errors).toEqual([]);
    expect(document.children).toMatchObject([
      { kind: "element", name: "p", line: 1, column: 1 },
      { kind: "text", text: "\n  ", line: 1, column: 9 },
      {
        kind: "element",
        name: "h1",
        line: 2,
        column: 3,
        attributes: { class: { value: "muted", line: 2, column: 7 } },
        children: [{ kind: "text", text: 'Côte d\'Ivoire & "x"' }],
      },
    ]);
  });

  it("reports an unknown element where it stands, with the error shape the CLI prints", () => {
    const { errors } = parseMarkup("<p>one</p>\n<p>two <blink>x</blink></p>", file);
    expect(errors).toEqual([
      {
        file,
        line: 2,
        column: 8,
        rule: "markup/unknown-element",
        message: "unknown element <blink>",
        hint: expect.stringContaining("use one of: h1, h2"),
        severity: "error",
      },
    ]);
  });

  it("reports every problem, not just the first", () => {
    expect(rules('<P>x</P>\n<p bogus="1">y</p>\n<td>z</td>\n<chart/>')).toEqual([
      "1:1 markup/unknown-element",
      "2:4 markup/unknown-attribute",
      "3:1 markup/misplaced-element",
      "4:1 markup/missing-attribute",
    ]);
  });

  it("suggests lower case for upper-case element names", () => {
    expect(parseMarkup("<P>x</P>", file).errors[0]?.hint).toBe("element names are lower case: <p>");
  });

  it("reports unclosed elements and stray closing tags", () => {
    expect(rules("<p>a <em>b</p>\n</strong>\n<ul><li>c</li>")).toEqual([
      "1:6 markup/unclosed-element",
      "2:1 markup/unexpected-closing-tag",
      "3:1 markup/unclosed-element",
    ]);
  });

  it("reports text and elements where the content model does not allow them", () => {
    expect(rules("<table>\n  stray\n  <tr><td>x</td></tr>\n</table>\n<p><h2>no</h2></p>\n<ul><p>x</p></ul>")).toEqual([
      "2:3 markup/misplaced-text",
      "5:4 markup/misplaced-element",
      "6:5 markup/misplaced-element",
    ]);
  });

  it("keeps page-level elements out of cells and paragraphs", () => {
    expect(rules("<table><tr><td><page-break/></td></tr></table><p><toc/></p>")).toEqual([
      "1:16 markup/misplaced-element",
      "1:50 markup/misplaced-element",
    ]);
  });

  it("reports HTML named entities, which the XML-strict markup does not decode", () => {
    const { errors } = parseMarkup("<p>a&nbsp;b &amp;nbsp; c</p>", file);
    expect(errors.map((e) => `${e.column} ${e.rule} ${e.message}`)).toEqual([
      "5 markup/unknown-entity unknown entity &nbsp;",
    ]);
  });

  it("reports duplicate attributes and declarations", () => {
    expect(rules('<!DOCTYPE html><p class="a" class="b">x</p>')).toEqual([
      "1:1 markup/unsupported-syntax",
      "1:29 markup/duplicate-attribute",
    ]);
  });

  it("accepts self-closing and empty element forms", () => {
    const { document, errors } = parseMarkup('<p>a<br/>b<br></br></p><chart ref="x"></chart>', file);
    expect(errors).toEqual([]);
    expect(document.children.map((n) => (n.kind === "element" ? n.name : "#text"))).toEqual(["p", "chart"]);
  });

  it("leaves out misplaced and unknown subtrees but still checks inside them", () => {
    const { document, errors } = parseMarkup("<x><y/></x><p><li>z</li></p>", file);
    expect(errors.map((e) => e.rule)).toEqual([
      "markup/unknown-element",
      "markup/unknown-element",
      "markup/misplaced-element",
    ]);
    expect(document.children).toMatchObject([{ name: "p", children: [] }]);
  });
});
