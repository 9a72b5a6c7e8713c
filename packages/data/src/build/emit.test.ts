import { describe, expect, it } from "vitest";
import { emitIndex } from "./emit.js";

describe("emitIndex", () => {
  it("exports every edition by name and by year, the latest last", () => {
    const files = emitIndex([2018, 2017]);
    const index = files.get("index.js")!;
    expect(index).toContain('import { edition2017 } from "./editions/2017.js";');
    expect(index).toContain("export const editions = Object.freeze({ 2017: edition2017, 2018: edition2018 });");
    expect(index).toContain("export const latestEdition = edition2018;");
    expect(files.get("index.d.ts")).toContain(
      "export declare const editions: { readonly 2017: Edition; readonly 2018: Edition };",
    );
  });

  it("refuses to index no edition", () => {
    expect(() => emitIndex([])).toThrow("no edition");
  });
});
