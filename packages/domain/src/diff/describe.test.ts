import { describe, expect, it } from "vitest";
import { clip, describeFigure, describeTextChange, formatMonth, formatPeriod, instrumentLabel } from "./describe.js";

describe("one-line descriptions", () => {
  it("prints figures with grouping and a signed change", () => {
    expect(describeFigure(107574, 110000)).toBe("107,574 → 110,000 (+2,426)");
    expect(describeFigure(2870, 2000)).toBe("2,870 → 2,000 (-870)");
    expect(describeFigure(null, 3)).toBe("none → 3");
  });

  it("prints months and periods as the report words them", () => {
    expect(formatMonth("2016-04")).toBe("April 2016");
    expect(formatMonth("spring")).toBe("spring");
    expect(formatPeriod({ start: "2016-04", end: "2017-03" })).toBe("April 2016 – March 2017");
  });

  it("names instruments briefly", () => {
    expect(instrumentLabel("c029")).toBe("C29");
    expect(instrumentLabel("palermo")).toBe("Palermo Protocol");
    expect(instrumentLabel("c999")).toBe("c999");
  });

  it("clips long text at a word", () => {
    expect(clip("short")).toBe("short");
    expect(clip("one two three four", 12)).toBe("one two…");
  });

  it("shows the part of a long text that changed, with some context", () => {
    const before = `${"Lorem ipsum dolor sit amet, ".repeat(4)}there were 165 allegations in 2016. ${"Sed do eiusmod tempor. ".repeat(3)}`;
    const after = before.replace("165 allegations in 2016", "170 allegations in 2017");
    expect(describeTextChange(before, after)).toBe(
      "“…sit amet, there were 165 allegations in 2016. Sed do eiusmod tempor.…” → “…sit amet, there were 170 allegations in 2017. Sed do eiusmod tempor.…”",
    );
    expect(describeTextChange("a", null)).toBe("“a” → none");
  });
});
