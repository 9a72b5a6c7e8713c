import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inlineLinks, parseInline, plainText } from "./text.js";

describe("inline text", () => {
  it("splits emphasis", () => {
    expect(parseInline("The *Trafficking in Persons Report* includes data")).toEqual([
      { text: "The " },
      { text: "Trafficking in Persons Report", emphasis: true },
      { text: " includes data" },
    ]);
  });

  it("finds http(s) and mailto links, also inside emphasis", () => {
    expect(parseInline("available at: <http://www.state.gov/tipreport>")).toEqual([
      { text: "available at: " },
      { text: "http://www.state.gov/tipreport", href: "http://www.state.gov/tipreport" },
    ]);
    expect(parseInline("*see <mailto:tip@state.gov>*")).toEqual([
      { text: "see ", emphasis: true },
      { text: "mailto:tip@state.gov", href: "mailto:tip@state.gov", emphasis: true },
    ]);
    expect(inlineLinks("<https://a.org> and <http://b.org/x>")).toEqual(["https://a.org", "http://b.org/x"]);
  });

  it("keeps angle brackets that do not hold a link as text", () => {
    expect(parseInline("a <b> c <www.un.org> d <")).toEqual([{ text: "a <b> c <www.un.org> d <" }]);
  });

  it("unescapes \\*, \\<, \\> and \\\\", () => {
    expect(parseInline("5 \\* 3 \\<x\\> a\\\\b \\n")).toEqual([{ text: "5 * 3 <x> a\\b \\n" }]);
    expect(plainText("\\*not emphasis\\* but *this*")).toBe("*not emphasis* but this");
  });

  it("never throws, and leaves text without notation as it is", () => {
    fc.assert(fc.property(fc.string(), (s) => Array.isArray(parseInline(s))));
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/[*<\\]/.test(s)),
        (s) => plainText(s) === s,
      ),
    );
  });

  it("keeps as text what only looks like a link: no closing bracket, words around the address, a stray >", () => {
    for (const text of [
      "see <http://www.state.gov/tipreport",
      "<see http://www.state.gov>",
      "<http://www.state.gov and more>",
      "Rates (https://www.fiscal.treasury.gov>)",
    ]) {
      expect(parseInline(text)).toEqual([{ text }]);
    }
  });
});
