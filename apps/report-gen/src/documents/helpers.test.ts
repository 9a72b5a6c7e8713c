import { describe, expect, it } from "vitest";
import { inlineMarkup, splitColumns } from "./helpers.js";

describe("inlineMarkup", () => {
  it("turns emphasis and links into markup and escapes everything else", () => {
    expect(inlineMarkup("The *Trafficking in Persons Report* & <https://www.state.gov/tipreport>")).toBe(
      'The <em>Trafficking in Persons Report</em> &amp; <a href="https://www.state.gov/tipreport">https://www.state.gov/tipreport</a>',
    );
  });

  it("escapes quotes and angle brackets that are not links", () => {
    expect(inlineMarkup(`Côte d'Ivoire <b> "x"`)).toBe("Côte d&#x27;Ivoire &lt;b&gt; &quot;x&quot;");
  });
});

describe("splitColumns", () => {
  it("fills columns top to bottom with the remainder in the last", () => {
    expect(splitColumns([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(splitColumns([], 4)).toEqual([]);
  });
});
