import { beforeEach, describe, expect, it } from "vitest";
import {
  ratificationTimeline,
  TIMELINE_COLORS,
  TIMELINE_MEANINGS,
  textWidth,
  timelineLayout,
  type TimelineInput,
} from "./ratification-timeline.js";
import { type Element, elements, n } from "./__tests__/svg-elements.js";

// Where the chart's pieces land, read back from the SVG a reader's viewer draws: the canvas, the
// years, the shaded period, the axis and the legend.

/** The box an element covers, text measured as the chart measures it. */
function box(e: Element): { left: number; right: number; top: number; bottom: number } {
  switch (e.tag) {
    case "rect":
      return { left: n(e, "x"), right: n(e, "x") + n(e, "width"), top: n(e, "y"), bottom: n(e, "y") + n(e, "height") };
    case "circle":
      return {
        left: n(e, "cx") - n(e, "r"),
        right: n(e, "cx") + n(e, "r"),
        top: n(e, "cy") - n(e, "r"),
        bottom: n(e, "cy") + n(e, "r"),
      };
    case "line":
      return {
        left: Math.min(n(e, "x1"), n(e, "x2")),
        right: Math.max(n(e, "x1"), n(e, "x2")),
        top: Math.min(n(e, "y1"), n(e, "y2")),
        bottom: Math.max(n(e, "y1"), n(e, "y2")),
      };
    default: {
      const size = n(e, "font-size");
      const width = textWidth(e.text ?? "", size);
      const anchor = e.attrs["text-anchor"] ?? "start";
      const left = anchor === "end" ? n(e, "x") - width : anchor === "middle" ? n(e, "x") - width / 2 : n(e, "x");
      return { left, right: left + width, top: n(e, "y") - size, bottom: n(e, "y") };
    }
  }
}

const input: TimelineInput = {
  rows: [
    { label: "Palermo", adopted: 2000, actionYear: 2016, notation: "2016(a)", inReportingPeriod: true },
    { label: "OPSC", adopted: 2000, actionYear: 2002, notation: "2002(A)" },
    { label: "C29", adopted: 1930, actionYear: 1931, notation: "1931" },
    { label: "P029", adopted: 2014, actionYear: 2017, notation: "2017", inReportingPeriod: true },
    { label: "C189", adopted: 2011 },
  ],
  until: 2017,
  period: { from: 2016, to: 2017 },
};

describe("the ratification timeline's geometry", () => {
  // Drawn before each test, not while the tests are collected: a mutation test's mutant is active only then, and only then is its coverage the test's.
  let all: Element[];
  let canvas: Element | undefined;
  let layout: ReturnType<typeof timelineLayout>;
  beforeEach(() => {
    all = elements(ratificationTimeline(input));
    [canvas] = all;
    layout = timelineLayout(input);
  });
  const yearX = (year: number) =>
    layout.plot.left + ((year - layout.first) / (layout.last - layout.first)) * (layout.plot.right - layout.plot.left);

  it("draws everything on its canvas, whose size the SVG declares", () => {
    expect(canvas!.attrs).toMatchObject({
      width: String(layout.width),
      height: layout.height.toFixed(1),
      viewBox: `0 0 ${layout.width} ${layout.height.toFixed(1)}`,
    });
    // Shapes whole; text by where it is set (its width is an estimate, rounded up).
    const outside = all.slice(1).filter((e) => {
      const b = e.tag === "text" ? { left: n(e, "x"), right: n(e, "x"), top: n(e, "y"), bottom: n(e, "y") } : box(e);
      return b.left < -0.05 || b.right > layout.width + 0.05 || b.top < -0.05 || b.bottom > layout.height + 0.05;
    });
    expect(outside).toEqual([]);
  });

  it("puts each mark in the middle of its year, on its instrument's line, which runs from adoption to the axis's end", () => {
    for (const [i, row] of input.rows.entries()) {
      const lines = all.filter(
        (e) => e.tag === "line" && e.attrs.stroke === TIMELINE_COLORS.line && e.attrs.y1 === e.attrs.y2,
      );
      const line = lines[i]!;
      expect(n(line, "x1")).toBeCloseTo(yearX(row.adopted), 0);
      expect(n(line, "x2")).toBeCloseTo(yearX(layout.last), 0);
      const label = all.find((e) => e.tag === "text" && e.text === row.label)!;
      // The instrument's name is at the left, level with its line.
      expect(n(label, "x")).toBe(0);
      expect(n(label, "y") - n(line, "y1")).toBeCloseTo(3, 0);
      if (row.actionYear === undefined) continue;
      const mark = box(layoutMark(i)!);
      expect((mark.left + mark.right) / 2).toBeCloseTo(yearX(row.actionYear + 0.5), 0);
      expect((mark.top + mark.bottom) / 2).toBeCloseTo(n(line, "y1"), 0);
    }
  });

  function layoutMark(i: number): Element | undefined {
    const y = layout.rows[i]!.y;
    return all.find(
      (e) =>
        (e.tag === "circle" && n(e, "cy") === Number(y.toFixed(1))) ||
        (e.tag === "rect" && e.attrs.fill === TIMELINE_COLORS.markInPeriod && n(e, "y") + n(e, "height") / 2 === y),
    );
  }

  it("shades the reporting period from the start of its first year to the end of its last, edged on both sides, across every row", () => {
    const band = all.find((e) => e.tag === "rect" && e.attrs.fill === TIMELINE_COLORS.band)!;
    const b = box(band);
    expect(b.left).toBeCloseTo(yearX(2016), 0);
    expect(b.right).toBeCloseTo(yearX(2018), 0);
    // From above the first row's mark to below the last row's line.
    expect(b.top).toBeLessThanOrEqual(layout.rows[0]!.y - 3.5);
    expect(b.bottom).toBeGreaterThanOrEqual(layout.rows.at(-1)!.y + 3.5);
    expect(b.bottom - b.top).toBeLessThanOrEqual(input.rows.length * 12 + 6);
    const edges = all.filter((e) => e.tag === "line" && e.attrs.stroke === TIMELINE_COLORS.bandEdge).slice(0, 2);
    expect(edges.map((e) => [n(e, "x1"), n(e, "x2")])).toEqual([
      [Number(b.left.toFixed(1)), Number(b.left.toFixed(1))],
      [Number(b.right.toFixed(1)), Number(b.right.toFixed(1))],
    ]);
    for (const edge of edges)
      expect([n(edge, "y1"), n(edge, "y2")]).toEqual([b.top, b.bottom].map((v) => Number(v.toFixed(1))));
    // Every square centred inside the band, every dot outside it.
    for (const [i, row] of input.rows.entries()) {
      if (row.actionYear === undefined) continue;
      const mark = box(layoutMark(i)!);
      const centre = (mark.left + mark.right) / 2;
      const inside = centre > b.left && centre < b.right;
      expect(inside, row.label).toBe(row.inReportingPeriod === true);
    }
  });

  it("sets each action's notation inside the plot beside its mark, on a halo that covers it, on whichever side it fits", () => {
    for (const [i, row] of input.rows.entries()) {
      if (row.notation === undefined) continue;
      const label = all.find((e) => e.tag === "text" && e.text === row.notation)!;
      const text = box(label);
      const mark = box(layoutMark(i)!);
      expect(text.left, row.label).toBeGreaterThanOrEqual(layout.plot.left);
      expect(text.right, row.label).toBeLessThanOrEqual(layout.plot.right);
      const gap = text.left >= mark.right ? text.left - mark.right : mark.left - text.right;
      expect(gap, row.label).toBeCloseTo(5, 1);
      const halo = all.find(
        (e) => e.tag === "rect" && e.attrs.fill === TIMELINE_COLORS.halo && Math.abs(n(e, "x") - text.left + 1) < 0.1,
      );
      expect(halo, row.label).toBeDefined();
      const h = box(halo!);
      expect(h.left <= text.left && h.right >= text.right, row.label).toBe(true);
      expect((h.top + h.bottom) / 2).toBeCloseTo((mark.top + mark.bottom) / 2, 1);
    }
    // Late actions have their notation on the left of the mark, early ones on the right.
    const side = (notation: string) =>
      all.find((e) => e.tag === "text" && e.text === notation)!.attrs["text-anchor"] ?? "start";
    expect(["2016(a)", "2002(A)", "1931", "2017"].map(side)).toEqual(["end", "start", "start", "end"]);
  });

  it("draws the axis under the rows with a tick and a year every twenty years from the decade of the oldest adoption", () => {
    const axis = all.find(
      (e) => e.tag === "line" && e.attrs.stroke === TIMELINE_COLORS.axis && e.attrs.y1 === e.attrs.y2,
    )!;
    expect(box(axis)).toEqual({
      left: Number(layout.plot.left.toFixed(1)),
      right: Number(layout.plot.right.toFixed(1)),
      top: Number(layout.plot.bottom.toFixed(1)),
      bottom: Number(layout.plot.bottom.toFixed(1)),
    });
    const rowLines = all.filter(
      (e) => e.tag === "line" && e.attrs.stroke === TIMELINE_COLORS.line && e.attrs.y1 === e.attrs.y2,
    );
    for (const line of rowLines.slice(0, input.rows.length)) expect(n(line, "y1")).toBeLessThan(n(axis, "y1"));
    const years = all.filter((e) => e.tag === "text" && e.attrs["text-anchor"] === "middle");
    expect(years.map((e) => e.text)).toEqual(["1930", "1950", "1970", "1990", "2010"]);
    const ticks = all.filter(
      (e) => e.tag === "line" && e.attrs.stroke === TIMELINE_COLORS.axis && e.attrs.x1 === e.attrs.x2,
    );
    expect(ticks.map((e) => e.attrs.x1)).toEqual(years.map((e) => e.attrs.x));
    for (const [i, tick] of ticks.entries()) {
      expect(n(tick, "x1")).toBeCloseTo(yearX(Number(years[i]!.text)), 0);
      expect(n(tick, "y1")).toBe(n(axis, "y1"));
      expect(n(tick, "y2")).toBeGreaterThan(n(axis, "y1"));
      expect(n(years[i]!, "y")).toBeGreaterThan(n(tick, "y2"));
    }
    // Over sixty years or fewer, a year every ten.
    const tickYears = (adopted: number, until: number) =>
      elements(ratificationTimeline({ rows: [{ label: "C29", adopted }], until }))
        .filter((e) => e.attrs["text-anchor"] === "middle")
        .map((e) => e.text);
    expect(tickYears(1960, 2019)).toEqual(["1960", "1970", "1980", "1990", "2000", "2010", "2020"]);
    expect(tickYears(1960, 2020)).toEqual(["1960", "1980", "2000", "2020"]);
    expect(tickYears(2000, 2017)).toEqual(["2000", "2010"]);
  });

  it("sets the legend under the axis in two rows of three columns, each sample before its words, no two items overlapping", () => {
    const texts = Object.values(TIMELINE_MEANINGS).map((m) => m.text);
    const words = all.filter(
      (e) => e.tag === "text" && texts.some((t) => e.text?.toLowerCase().includes(t.toLowerCase())),
    );
    expect(words).toHaveLength(5);
    const column = (layout.width - 52) / 3;
    expect(words.map((e) => Math.round((n(e, "x") - 52) / column - 0.01))).toEqual([0, 1, 2, 0, 1]);
    expect(words.map((e) => n(e, "y") - 2.5)).toEqual([
      layout.legendTop,
      layout.legendTop,
      layout.legendTop,
      layout.legendTop + 12,
      layout.legendTop + 12,
    ]);
    expect(layout.legendTop).toBeGreaterThan(layout.plot.bottom + 12);
    // The samples: a line, a dot, a square, the band with its two edges.
    const below = all.filter((e) => e.tag !== "text" && box(e).top >= layout.legendTop - 4.5);
    expect(below.map((e) => `${e.tag} ${e.attrs.fill ?? e.attrs.stroke}`)).toEqual([
      `line ${TIMELINE_COLORS.line}`,
      `circle ${TIMELINE_COLORS.mark}`,
      `rect ${TIMELINE_COLORS.markInPeriod}`,
      `rect ${TIMELINE_COLORS.band}`,
      `line ${TIMELINE_COLORS.bandEdge}`,
      `line ${TIMELINE_COLORS.bandEdge}`,
    ]);
    const [line, dot, square, band, edgeLeft, edgeRight] = below.map(box);
    for (const [sample, text] of [
      [line, words[0]],
      [dot, words[1]],
      [square, words[2]],
      [band, words[3]],
    ] as const) {
      expect(sample!.right).toBeLessThan(box(text!).left);
      expect(box(text!).left - sample!.right).toBeLessThan(8);
      expect((sample!.top + sample!.bottom) / 2).toBeCloseTo(n(text!, "y") - 2.5, 1);
    }
    expect([edgeLeft!.left, edgeRight!.left]).toEqual([band!.left, band!.right]);
    expect([edgeLeft!.top, edgeLeft!.bottom]).toEqual([band!.top, band!.bottom]);
    const boxes = words.map(box);
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        expect(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top).toBe(true);
  });

  it("measures text as Roboto sets it: digits and narrow marks narrower than capitals, a space narrowest", () => {
    expect(textWidth("", 10)).toBe(0);
    expect(textWidth("2016", 10)).toBeCloseTo(4 * 5.7, 5);
    expect(textWidth("()", 10)).toBeCloseTo(2 * 3.5, 5);
    expect(textWidth("!", 10)).toBeLessThan(textWidth("2", 10));
    expect(textWidth(" ", 10)).toBeLessThan(textWidth(".", 10));
    expect(textWidth("M", 10)).toBeGreaterThan(textWidth("a", 10));
    expect(textWidth("—", 7)).toBeCloseTo(0.9 * 7, 5);
    expect(textWidth("ab", 7)).toBeCloseTo(1.2 * 7, 5);
  });
});
