import { Parser } from "htmlparser2";
import { describe, expect, it } from "vitest";
import {
  chartAlternativeText,
  ratificationTimeline,
  TIMELINE_COLORS,
  TIMELINE_MEANINGS,
  textWidth,
  timelineLayout,
  type TimelineInput,
} from "./ratification-timeline.js";
import { elements, n } from "./__tests__/svg-elements.js";

// What an analyst reads in the brief's chart and in its text alternative: an action printed without a
// notation, the legend's exact words, labels on their halos, and a document a viewer can parse.

describe("the ratification timeline as a reader gets it", () => {
  it("draws an action whose year is printed without a notation: a dot, or a square in the period, in its colour, and no label", () => {
    const input: TimelineInput = {
      rows: [
        { label: "C29", adopted: 1930, actionYear: 1959 },
        { label: "P029", adopted: 2014, actionYear: 2016, inReportingPeriod: true },
      ],
      until: 2017,
      period: { from: 2016, to: 2017 },
    };
    const all = elements(ratificationTimeline(input));
    const layout = timelineLayout(input);
    const yearX = (year: number) =>
      layout.plot.left +
      ((year - layout.first) / (layout.last - layout.first)) * (layout.plot.right - layout.plot.left);
    const rowY = (i: number) => 6 + i * 12 + 6;
    const dot = all.find((e) => e.tag === "circle" && n(e, "cy") === rowY(0))!;
    expect(dot.attrs.fill).toBe(TIMELINE_COLORS.mark);
    expect(n(dot, "cx")).toBeCloseTo(yearX(1959.5), 0);
    const square = all.find((e) => e.tag === "rect" && e.attrs.fill === TIMELINE_COLORS.markInPeriod)!;
    expect(n(square, "y") + n(square, "height") / 2).toBeCloseTo(rowY(1), 1);
    expect(n(square, "x") + n(square, "width") / 2).toBeCloseTo(yearX(2016.5), 0);
    // No label and no halo: the rows' names, the axis's years and the legend are the only words.
    expect(all.filter((e) => e.tag === "rect" && e.attrs.fill === TIMELINE_COLORS.halo)).toEqual([]);
    const words = all.filter((e) => e.tag === "text").map((e) => e.text);
    expect(words.filter((w) => /^\d{4}/.test(w ?? "") && !/^\d{4}$/.test(w ?? ""))).toEqual([]);
    expect(words).not.toContain("1959");
  });

  it("prints the legend's words as written, a missing mark's in lower case after its colon", () => {
    const input: TimelineInput = {
      rows: [{ label: "C29", adopted: 1930 }],
      until: 2017,
      period: { from: 2016, to: 2017 },
    };
    const legend = elements(ratificationTimeline(input))
      .filter((e) => e.tag === "text" && n(e, "y") > timelineLayout(input).plot.bottom + 12)
      .map((e) => e.text);
    expect(legend).toEqual([
      "Open for ratification since adoption",
      "Became a party (year as published)",
      "Action within the reporting period",
      "The reporting period",
      "No mark: not a party",
    ]);
  });

  it("edges the legend's band sample on both sides, each edge as tall as the sample", () => {
    const input: TimelineInput = { rows: [{ label: "C29", adopted: 1930 }], until: 2017 };
    const layout = timelineLayout(input);
    const all = elements(ratificationTimeline(input));
    const band = all.find((e) => e.tag === "rect" && e.attrs.fill === TIMELINE_COLORS.band)!;
    const edges = all.filter((e) => e.tag === "line" && e.attrs.stroke === TIMELINE_COLORS.bandEdge);
    expect(band).toBeDefined();
    expect(n(band, "y")).toBeGreaterThan(layout.plot.bottom);
    expect(edges.map((e) => [n(e, "x1"), n(e, "x2"), n(e, "y1"), n(e, "y2")])).toEqual([
      [n(band, "x"), n(band, "x"), n(band, "y"), n(band, "y") + n(band, "height")],
      [n(band, "x") + 14, n(band, "x") + 14, n(band, "y"), n(band, "y") + n(band, "height")],
    ]);
  });

  it("sets each notation on its mark's level, its digits inside their halo, and keeps halos clear of the axis", () => {
    const input: TimelineInput = {
      rows: [
        { label: "C29", adopted: 1930, actionYear: 1931, notation: "1931" },
        { label: "P029", adopted: 2014, actionYear: 2017, notation: "2017(a)", inReportingPeriod: true },
      ],
      until: 2017,
      period: { from: 2016, to: 2017 },
    };
    const all = elements(ratificationTimeline(input));
    const axis = all.find(
      (e) => e.tag === "line" && e.attrs.stroke === TIMELINE_COLORS.axis && e.attrs.y1 === e.attrs.y2,
    )!;
    for (const [i, notation] of ["1931", "2017(a)"].entries()) {
      const y = 6 + i * 12 + 6;
      const label = all.find((e) => e.tag === "text" && e.text === notation)!;
      const halo = all.find((e) => e.tag === "rect" && e.attrs.fill === TIMELINE_COLORS.halo && n(e, "y") === y - 4)!;
      // Roboto's digits stand 0.71 em above the baseline: the label's digits are centred on the row.
      const baseline = n(label, "y");
      const capTop = baseline - 0.71 * n(label, "font-size");
      expect((capTop + baseline) / 2, notation).toBeCloseTo(y, 0);
      expect(capTop, notation).toBeGreaterThanOrEqual(n(halo, "y"));
      expect(baseline, notation).toBeLessThanOrEqual(n(halo, "y") + n(halo, "height"));
      expect(n(halo, "y") + n(halo, "height"), notation).toBeLessThan(n(axis, "y1"));
    }
  });

  it("leaves half a row of blank canvas under the legend's last line, its descenders included", () => {
    const input: TimelineInput = { rows: [{ label: "C29", adopted: 1930 }], until: 2017 };
    const all = elements(ratificationTimeline(input));
    const height = n(all[0]!, "height");
    const lowest = Math.max(...all.filter((e) => e.tag === "text").map((e) => n(e, "y") + 0.27 * n(e, "font-size")));
    expect(height - lowest).toBeGreaterThanOrEqual(6);
  });

  it("is one well-formed SVG document: its root closed, no stray characters outside its text", () => {
    const svg = ratificationTimeline({
      rows: [
        { label: "Palermo", adopted: 2000, actionYear: 2016, notation: "2016(a)", inReportingPeriod: true },
        { label: "P029", adopted: 2014 },
      ],
      until: 2017,
      period: { from: 2016, to: 2017 },
    });
    const closed: string[] = [];
    const stray: string[] = [];
    const open: string[] = [];
    const parser = new Parser(
      {
        onopentag: (name) => open.push(name),
        onclosetag: (name, implied) => {
          open.pop();
          if (!implied) closed.push(name);
        },
        ontext: (text) => {
          if (open.at(-1) !== "text") stray.push(text);
        },
      },
      { xmlMode: true },
    );
    parser.write(svg);
    parser.end();
    expect(closed.at(-1)).toBe("svg");
    expect(closed.filter((name) => name === "svg")).toHaveLength(1);
    expect(stray).toEqual([]);
  });

  it("measures a space as room between words", () => {
    expect(textWidth("a b", 10)).toBeGreaterThan(textWidth("ab", 10));
  });
});

describe("the chart's text alternative, word for word", () => {
  it("reads the legend without a band when there is no period, then each instrument, one sentence after another", () => {
    const text = chartAlternativeText({
      rows: [
        { label: "C29", adopted: 1930, actionYear: 1959, notation: "1959" },
        { label: "P029", adopted: 2014 },
      ],
      until: 2017,
      party: "Maldives",
    });
    const m = TIMELINE_MEANINGS;
    expect(text).toBe(
      "Timeline of Maldives's ratifications, 1930 to 2018, one row per instrument. " +
        `Legend: a line: ${m.line.text.toLowerCase()}; a dot: ${m.mark.text.toLowerCase()}; ` +
        `a square: ${m.markInPeriod.text.toLowerCase()}; no mark: not a party. ` +
        "C29 (adopted 1930): 1959. P029 (adopted 2014): not a party.",
    );
  });
});
