// Where the parser sends an editor for text a template wrote where only elements go, in the forms
// markup-messages.test.ts does not write: text that starts with a character reference, right after an
// opening, a self-closing or a closing tag, or on both sides of a comment; and the hint of an attribute
// an element with several attributes does not take. What an editor reads: `severity line:column rule:
// message (hint)`, as printIssues prints and counts it.
import { describe, expect, it } from "vitest";
import { markupToContent } from "./index.js";

function problems(markup: string): string[] {
  const result = markupToContent(markup, { file: "t.hbs" });
  return "errors" in result
    ? result.errors.map((e) => `${e.severity} ${e.line}:${e.column} ${e.rule}: ${e.message} (${e.hint})`)
    : [];
}

const inList = "markup/misplaced-text: text is not allowed directly inside <ul> (put list text inside <li>)";

describe("text where only elements go", () => {
  it("that starts with a character reference: at the reference", () => {
    expect(problems("<ul>&#65; list</ul>")).toEqual([`error 1:5 ${inList}`]);
    expect(problems("<ul>\n  &#x41;<li>a</li></ul>")).toEqual([`error 2:3 ${inList}`]);
  });

  it("that is a reference alone, after an opening, a self-closing and a closing tag", () => {
    expect(problems("<ul>&#65;<li>a</li></ul>")).toEqual([`error 1:5 ${inList}`]);
    expect(problems("<ul><li/>&#65;</ul>")).toEqual([`error 1:10 ${inList}`]);
    expect(problems("<ul><li>a</li>&#65;</ul>")).toEqual([`error 1:15 ${inList}`]);
  });

  it("on both sides of a comment: each where it is", () => {
    expect(problems("<ul>a<!-- note -->b<li>c</li></ul>")).toEqual([`error 1:5 ${inList}`, `error 1:19 ${inList}`]);
  });
});

describe("an attribute an element does not take", () => {
  it("names every attribute the element takes", () => {
    expect(problems('<table><tr><td width="2">a</td></tr></table>')).toEqual([
      'error 1:16 markup/unknown-attribute: <td> has no attribute "width" (<td> takes: colspan, rowspan, class)',
    ]);
  });
});

describe("an element where it does not belong", () => {
  it("a footnote among list items: inline text, with where it goes", () => {
    expect(problems("<ul><footnote>1</footnote></ul>")).toEqual([
      "error 1:5 markup/misplaced-element: <footnote> is not allowed inside <ul> (<footnote> is inline text: put it inside a paragraph, heading, list item or cell)",
    ]);
  });
});

describe("what the converter refuses, as an error with its hint", () => {
  it("a class the stylesheet does not define, and a chart without a text alternative", () => {
    expect(problems('<p class="shiny">a</p>').map((p) => p.split(" (")[0])).toEqual([
      'error 1:4 markup/unknown-class: unknown class "shiny" on <p>',
    ]);
    const result = markupToContent('<chart ref="c"/>', { file: "t.hbs", charts: { c: "<svg/>" } });
    expect("errors" in result ? result.errors.map((e) => `${e.severity} ${e.rule}: ${e.hint}`) : []).toEqual([
      'error markup/missing-alternative: a screen reader reads the alternative instead of the drawing: write alt="what the chart shows", or supply the chart with its alternative',
    ]);
  });
});

describe("a closing tag that closes nothing", () => {
  it("whatever its name, even the name the parser gives the top level", () => {
    expect(problems("<p>a</p></#root>")).toEqual([
      "error 1:9 markup/unexpected-closing-tag: </#root> closes nothing (remove it, or add the <#root> it should close)",
    ]);
  });
});
