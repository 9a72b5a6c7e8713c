// The wording of a diff's one-line summaries at its edges: where a quote is cut, how much of a long
// text is shown around a change, how a figure's change is signed. What an editor reads in
// `report-gen diff` and in the changelog.
import { describe, expect, it } from "vitest";
import { clip, describeFigure, describeTextChange, formatDelta, formatMonth } from "./describe.js";

describe("quotes cut to length", () => {
  it("keeps a text of exactly 80 characters whole, and cuts one of 81 to 79 and an ellipsis", () => {
    expect(clip("x".repeat(80))).toBe("x".repeat(80));
    expect(clip("x".repeat(81))).toBe(`${"x".repeat(79)}…`);
  });

  it("cuts at the last space only when it lies past the middle, and drops spaces before the ellipsis", () => {
    // max 12: the first 11 characters are kept; a space at 5 or 6 is too early to cut at, one at 7 is not.
    expect(clip("abcde fghijklmnop", 12)).toBe("abcde fghij…");
    expect(clip("abcdef ghijklmnop", 12)).toBe("abcdef ghij…");
    expect(clip("abcdefg hijklmnop", 12)).toBe("abcdefg…");
    expect(clip("abcdefg   hijklmnop", 12)).toBe("abcdefg…");
  });
});

describe("a wording change", () => {
  const text = "Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma";

  it("quotes both sides whole while each fits in 80 characters", () => {
    expect(describeTextChange("a".repeat(80), "b".repeat(80))).toBe(`“${"a".repeat(80)}” → “${"b".repeat(80)}”`);
    expect(describeTextChange("one\n  two", "one three")).toBe("“one two” → “one three”");
    expect(describeTextChange(null, "new")).toBe("none → “new”");
    const eighty = text.slice(0, 80);
    expect(describeTextChange(eighty, eighty.replace("kappa", "KAPPA"))).toBe(
      `“${eighty}” → “${eighty.replace("kappa", "KAPPA")}”`,
    );
    expect(describeTextChange(eighty.replace("kappa", "KAPPA"), eighty)).toBe(
      `“${eighty.replace("kappa", "KAPPA")}” → “${eighty}”`,
    );
  });

  it("shows a longer text from its start when the change is near it, and to its end when the change is there", () => {
    expect(describeTextChange(text, text.replace("Alpha", "ALPHA"))).toBe(
      "“Alpha beta gamma delta…” → “ALPHA beta gamma delta…”",
    );
    expect(describeTextChange(text, text.replace("sigma", "SIGMA"))).toBe(
      "“…nu xi omicron pi rho sigma” → “…nu xi omicron pi rho SIGMA”",
    );
    // Within the context of either end, the whole start or the whole end, not a word less.
    expect(describeTextChange(text, text.replace("gamma", "GAMMA"))).toBe(
      "“Alpha beta gamma delta epsilon zeta eta…” → “Alpha beta GAMMA delta epsilon zeta eta…”",
    );
    expect(describeTextChange(text, text.replace(" pi ", " PI "))).toBe(
      "“…mu nu xi omicron pi rho sigma” → “…mu nu xi omicron PI rho sigma”",
    );
  });

  it("shows a change in the middle with whole words of context on either side", () => {
    expect(describeTextChange(text, text.replace("kappa", "KAPPA"))).toBe(
      "“…zeta eta theta iota kappa lambda mu nu xi omicron…” → “…zeta eta theta iota KAPPA lambda mu nu xi omicron…”",
    );
    expect(describeTextChange(text, text.replace("lambda ", ""))).toBe(
      "“…eta theta iota kappa lambda mu nu xi omicron pi rho…” → “…eta theta iota kappa mu nu xi omicron pi rho…”",
    );
  });

  it("cuts a word longer than the context rather than leave the context out", () => {
    const after = (s: string) =>
      `Alpha beta gamma delta epsilon zeta eta theta iota kappa ${s} mu nu xi omicron pi rho sigma`;
    const long = after("Supercalifragilisticexpialidocious");
    expect(describeTextChange(long, long.replace("kappa", "KAPPA"))).toBe(
      "“…zeta eta theta iota kappa Supercalifragilisticexp…” → “…zeta eta theta iota KAPPA Supercalifragilisticexp…”",
    );
    const before =
      "Alpha beta gamma delta epsilon zeta eta theta Supercalifragilisticexpialidocious lambda mu nu xi omicron pi rho sigma";
    expect(describeTextChange(before, before.replace(" lambda", ", lambda"))).toBe(
      "“…ragilisticexpialidocious lambda mu nu xi omicron…” → “…ragilisticexpialidocious, lambda mu nu xi omicron…”",
    );
  });

  it("says a text whose words stayed and whose spacing changed is only respaced, quoting it once", () => {
    expect(describeTextChange("one  two", "one two")).toBe("“one two” (only the spacing changed)");
    // A long text rewrapped: its start, cut as any quote is.
    expect(describeTextChange(text, text.replace(" kappa ", "\nkappa\n"))).toBe(
      "“Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi…” (only the spacing changed)",
    );
    expect(describeTextChange(`${text}\n`, text)).toBe(
      "“Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi…” (only the spacing changed)",
    );
  });

  it("shows as much context after a correction that doubles a letter as after any other", () => {
    // The same words after the change as for "gamma" → "GAMMA" above: the common end is not
    // counted twice where the doubled letter could belong to either side.
    expect(describeTextChange(text.replace("gamma", "gama"), text)).toBe(
      "“Alpha beta gama delta epsilon zeta eta…” → “Alpha beta gamma delta epsilon zeta eta…”",
    );
    expect(describeTextChange(text, text.replace("kappa", "kappaa"))).toBe(
      "“…eta theta iota kappa lambda mu nu xi omicron…” → “…eta theta iota kappaa lambda mu nu xi omicron…”",
    );
  });

  it("ends an excerpt of exactly 80 characters that stops before the text does on an ellipsis", () => {
    const after = text.replace("kappa", "kappa one two three four five six fifteen");
    const excerpt = "eta theta iota kappa one two three four five six fifteen lambda mu nu xi omicron";
    expect(excerpt).toHaveLength(80);
    expect(describeTextChange(text, after)).toBe(`“…eta theta iota kappa lambda mu nu xi omicron…” → “…${excerpt}…”`);
  });

  it("cuts a changed part itself longer than a quote, with one ellipsis", () => {
    const after = text.replace(
      "kappa lambda",
      "kappa, long inserted words that make the middle part itself longer than eighty characters, lambda",
    );
    expect(describeTextChange(text, after)).toBe(
      "“…eta theta iota kappa lambda mu nu xi omicron…” → “…eta theta iota kappa, long inserted words that make the middle part itself…”",
    );
  });
});

describe("figures and months", () => {
  it("signs a change of one either way, and groups a large one", () => {
    expect(formatDelta(1)).toBe("+1");
    expect(formatDelta(-1)).toBe("-1");
    expect(formatDelta(-1234567)).toBe("-1,234,567");
    expect(describeFigure(5, null)).toBe("5 → none");
  });

  it("prints only a year and a month of the calendar as a month's name", () => {
    expect(formatMonth("2017-01")).toBe("January 2017");
    expect(formatMonth("2017-12")).toBe("December 2017");
    for (const other of ["2016-13", "2016-00", "x2016-04", "2016-04x", "2016-4"])
      expect(formatMonth(other)).toBe(other);
  });
});
