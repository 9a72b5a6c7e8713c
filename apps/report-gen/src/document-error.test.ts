import type { Issue } from "@tip/domain";
import { describe, expect, expectTypeOf, it } from "vitest";
import { positionFinder, type MarkupError, type TemplateError } from "./document-error.js";

describe("document errors", () => {
  it("have the project's one error shape, so the CLI prints them with the data's issues", () => {
    expectTypeOf<MarkupError>().toExtend<Issue>();
    expectTypeOf<TemplateError>().toExtend<Issue>();
  });

  it("find line and column, 1-based, of an offset", () => {
    const at = positionFinder("ab\ncd\n\nef");
    expect([0, 1, 2, 3, 5, 6, 7, 8].map(at)).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 2 },
      { line: 1, column: 3 },
      { line: 2, column: 1 },
      { line: 2, column: 3 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
      { line: 4, column: 2 },
    ]);
  });
});
