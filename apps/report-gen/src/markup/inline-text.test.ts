import { describe, expect, it } from "vitest";
import { collapseWhitespace, plainText, type TextRun } from "./inline-text.js";

const run = (text: string, ...style: string[]): TextRun => ({ kind: "text", text, style });
const br: TextRun = { kind: "break" };

describe("collapseWhitespace", () => {
  it("collapses runs of whitespace and trims the block's ends", () => {
    expect(collapseWhitespace([run("\n   Côte   d'Ivoire\t\n ")])).toEqual([{ text: "Côte d'Ivoire" }]);
  });

  it("collapses across element boundaries, keeping the space with the earlier run", () => {
    expect(collapseWhitespace([run("a "), run(" link ", "link"), run(" b")])).toEqual([
      { text: "a " },
      { text: "link ", style: ["link"] },
      { text: "b" },
    ]);
  });

  it("drops spaces around line breaks", () => {
    expect(collapseWhitespace([run("one  "), br, run("  two")])).toEqual([
      { text: "one" },
      { text: "\n" },
      { text: "two" },
    ]);
  });

  it("keeps a line break that came with the data (U+2028) as a line break", () => {
    expect(collapseWhitespace([run(" Türkiye and Curaçao\u2028 second line ")])).toEqual([
      { text: "Türkiye and Curaçao" },
      { text: "\n" },
      { text: "second line" },
    ]);
  });

  it("keeps no-break spaces, which are text", () => {
    expect(collapseWhitespace([run(" 10\u00A0000 ")])).toEqual([{ text: "10\u00A0000" }]);
  });

  it("drops runs that are only whitespace", () => {
    expect(collapseWhitespace([run("  "), run("\n", "em")])).toEqual([]);
  });

  it("gives bookmark text without line breaks", () => {
    expect(plainText([{ text: "Trafficking" }, { text: "\n" }, { text: "Profile" }])).toBe("Trafficking Profile");
  });
});
