import { describe, expect, it } from "vitest";
import { formatAllegationFigures, formatAllegations } from "./peacekeeping.js";

// The 2017 appendix's "Number of allegations in 2016" row.
const un = {
  total: 165,
  breakdown: [
    { category: "civilian", count: 68 },
    { category: "military", count: 93 },
    { category: "police", count: 7 },
  ],
  narrative: "103 allegations were reported against personnel of 14 UN peacekeeping and special political missions.",
};
const osce = { total: null, breakdown: [], narrative: "No reported allegations" };

describe("allegations as published", () => {
  it("prints the total with its breakdown, the total alone, or nothing where there is no total", () => {
    expect(formatAllegationFigures(un)).toBe("165 [civilian (68), military (93), police (7)]");
    expect(formatAllegationFigures({ total: 4, breakdown: [], narrative: "" })).toBe("4");
    expect(formatAllegationFigures(osce)).toBe("");
  });

  it("prints the whole cell: figures, then the narrative, without a stray space", () => {
    expect(formatAllegations(un)).toBe(
      "165 [civilian (68), military (93), police (7)] 103 allegations were reported against personnel of 14 UN peacekeeping and special political missions.",
    );
    expect(formatAllegations(osce)).toBe("No reported allegations");
    expect(formatAllegations({ total: 4, breakdown: [], narrative: "" })).toBe("4");
  });
});
