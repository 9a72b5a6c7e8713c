import { describe, expect, it } from "vitest";
import { formatPhotoPlace } from "./back-matter.js";

describe("formatPhotoPlace", () => {
  it("prints every kind of place as the 2017 photo credits do", () => {
    expect(
      [
        { kind: "inside-front-cover" } as const,
        { kind: "table-of-contents" } as const,
        { kind: "opposite-page", page: 1 } as const,
        { kind: "page", page: 19 } as const,
        { kind: "pages", from: 36, to: 37 } as const,
        { kind: "inside-back-cover" } as const,
      ].map(formatPhotoPlace),
    ).toEqual([
      "Inside front cover",
      "Table of Contents",
      "Opposite Page 1",
      "Page 19",
      "Pages 36-37",
      "Inside back cover",
    ]);
  });
});
