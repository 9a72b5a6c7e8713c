import { describe, expect, it } from "vitest";
import { lookupKey } from "./lookup-key.js";

describe("lookupKey", () => {
  it("ignores case, runs of spacing and the apostrophe's style", () => {
    expect(lookupKey("  Council of Europe’s\tGroup ")).toBe(lookupKey("council of europe's group"));
    expect(lookupKey("UN WOMEN")).not.toBe(lookupKey("UNWOMEN"));
  });
});
