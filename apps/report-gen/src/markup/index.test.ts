import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markupString } from "./__tests__/markup-arbitrary.js";
import { markupToContent } from "./index.js";

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
});
