import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markupString } from "./__tests__/markup-arbitrary.js";
import { markupToContent } from "./index.js";

/** Every link target in pdfmake content, in order. */
function links(node: unknown, seen = new Set<unknown>()): string[] {
  if (typeof node !== "object" || node === null || seen.has(node)) return [];
  seen.add(node);
  const own = "link" in node && typeof node.link === "string" ? [node.link] : [];
  return [...own, ...Object.values(node).flatMap((child) => links(child, seen))];
}

describe("markupToContent", () => {
  it("returns content or errors for any string, and never throws", () => {
    fc.assert(
      fc.property(markupString, (markup) => {
        const result = markupToContent(markup, { file: "fuzz.hbs", charts: { c: { svg: "<svg/>", alt: "A chart" } } });
        if ("errors" in result) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const error of result.errors) {
            expect(error.line).toBeGreaterThanOrEqual(1);
            expect(error.column).toBeGreaterThanOrEqual(1);
            expect(error.rule).toMatch(/^markup\/[a-z-]+$/);
          }
        } else {
          expect(Array.isArray(result.content)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("sorts errors by position", () => {
    const result = markupToContent('<p class="nope">x</p>\n<blink/>', { file: "a.hbs" });
    expect("errors" in result && result.errors.map((e) => [e.line, e.rule])).toEqual([
      [1, "markup/unknown-class"],
      [2, "markup/unknown-element"],
    ]);
  });

  it("decodes entities in attributes: a link's query string written with &amp; is the URL the reader follows", () => {
    const result = markupToContent(
      '<p><a href="https://www.ilo.org/dyn/normlex/en/f?p=1000:11300:0::NO&amp;p11300_instrument_id=312174&#38;x=&#x3C;y&#x3E;">C29</a></p>',
      { file: "a.hbs" },
    );
    expect("content" in result && links(result.content)).toEqual([
      "https://www.ilo.org/dyn/normlex/en/f?p=1000:11300:0::NO&p11300_instrument_id=312174&x=<y>",
    ]);
  });

  it("reports an HTML entity in an attribute where it stands, as it does in text", () => {
    const result = markupToContent('<p>x</p>\n<p><a href="https://x.org/?a=1&nbsp;b">x</a></p>', { file: "a.hbs" });
    expect("errors" in result && result.errors.map((e) => [e.line, e.column, e.rule, e.message])).toEqual([
      [2, 31, "markup/unknown-entity", "unknown entity &nbsp;"],
    ]);
  });
});
