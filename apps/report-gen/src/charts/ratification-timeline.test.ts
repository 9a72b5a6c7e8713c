import { describe, expect, it } from "vitest";
import {
  chartAlternativeText,
  ratificationTimeline,
  TIMELINE_COLORS,
  TIMELINE_MEANINGS,
  timelineLayout,
  type TimelineRow,
} from "./ratification-timeline.js";

const rows = [
  { label: "Palermo", adopted: 2000, actionYear: 2016, notation: "2016(a)", inReportingPeriod: true },
  { label: "C29", adopted: 1930, actionYear: 1959, notation: "1959" },
  { label: "P029", adopted: 2014 },
];
const input = { rows, until: 2017, period: { from: 2016, to: 2017 }, party: "Maldives" };

/** Every notation the report prints, at every year an action can have, in and out of the period. */
const everyAction: TimelineRow[] = Array.from({ length: 2017 - 1930 + 1 }, (_, i) => 1930 + i).flatMap((year) => [
  { label: "C29", adopted: 1930, actionYear: year, notation: `${year}(a)`, inReportingPeriod: year >= 2016 },
  { label: "OPSC", adopted: 1930, actionYear: year, notation: `${year}(A)` },
]);

describe("ratificationTimeline", () => {
  it("draws one line per instrument, a dot per action outside the period and a square inside it, each on its own row", () => {
    const layout = timelineLayout(input);
    expect(layout.rows.map((row) => row.mark?.shape)).toEqual(["square", "dot", undefined]);
    const svg = ratificationTimeline(input);
    const square = layout.rows[0]!;
    // The square sits on Palermo's row, in the period's colour; the dot on C29's, in the other.
    expect(svg).toContain(
      `<rect x="${(square.mark!.x - 3.5).toFixed(1)}" y="${(square.y - 3.5).toFixed(1)}" width="7.0" height="7.0" fill="${TIMELINE_COLORS.markInPeriod}"/>`,
    );
    expect(svg).toContain(
      `<circle cx="${layout.rows[1]!.mark!.x.toFixed(1)}" cy="${layout.rows[1]!.y.toFixed(1)}" r="3.5" fill="${TIMELINE_COLORS.mark}"/>`,
    );
    expect(svg).toContain(">P029</text>");
    // The axis starts at the decade of the oldest adoption.
    expect(svg).toContain(">1930</text>");
  });

  it("has a legend saying what a line, a dot, a square, the band and a missing mark mean", () => {
    const svg = ratificationTimeline(input);
    for (const meaning of Object.values(TIMELINE_MEANINGS))
      expect(svg.toLowerCase()).toContain(meaning.text.toLowerCase());
  });

  it("keeps every label inside the plot area, on whichever side of its mark it fits", () => {
    const outside = everyAction.flatMap((row) => {
      const layout = timelineLayout({ rows: [row], until: 2017, period: { from: 2016, to: 2017 } });
      const label = layout.rows[0]?.mark?.label;
      if (!label) return [`${row.notation}: no label`];
      const left = label.anchor === "start" ? label.x : label.x - label.width;
      return left >= layout.plot.left && left + label.width <= layout.plot.right
        ? []
        : [`${row.notation}: ${left.toFixed(1)}–${(left + label.width).toFixed(1)}`];
    });
    expect(outside).toEqual([]);
  });

  it("escapes labels so that markup characters print as themselves", () => {
    const svg = ratificationTimeline({ rows: [{ label: 'A&B <x> "y"', adopted: 2000 }], until: 2017 });
    expect(svg).toContain(">A&amp;B &lt;x&gt; &quot;y&quot;</text>");
  });

  it("colours each mark and its label by its own row: the period's colour within the period, the other outside", () => {
    const mixed = {
      rows: [
        { label: "Palermo", adopted: 2000, actionYear: 2002, notation: "2002" },
        { label: "OPSC", adopted: 2000, actionYear: 2016, notation: "2016(a)", inReportingPeriod: true },
        { label: "OPAC", adopted: 2000, actionYear: 2015, notation: "2015(A)", inReportingPeriod: false },
        { label: "C29", adopted: 1930, actionYear: 2017, notation: "2017", inReportingPeriod: true },
        { label: "P029", adopted: 2014 },
      ],
      until: 2017,
      period: { from: 2016, to: 2017 },
    };
    const svg = ratificationTimeline(mixed);
    const elements = [...svg.matchAll(/<(rect|circle|text)\b([^>]*?)\/?>(?:([^<]*)<\/text>)?/g)].map((m) => ({
      tag: m[1],
      attrs: Object.fromEntries([...m[2]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])),
      text: m[3],
    }));
    const drawn = timelineLayout(mixed).rows.map(({ row, y }) => {
      const mark = elements.find(
        (e) =>
          (e.tag === "circle" && e.attrs.cy === y.toFixed(1)) ||
          (e.tag === "rect" && e.attrs.y === (y - 3.5).toFixed(1)),
      );
      const label = elements.find((e) => e.tag === "text" && e.text === row.notation);
      return [row.label, mark && `${mark.tag} ${mark.attrs.fill}`, label?.attrs.fill];
    });
    const { mark, markInPeriod } = TIMELINE_COLORS;
    expect(drawn).toEqual([
      ["Palermo", `circle ${mark}`, mark],
      ["OPSC", `rect ${markInPeriod}`, markInPeriod],
      ["OPAC", `circle ${mark}`, mark],
      ["C29", `rect ${markInPeriod}`, markInPeriod],
      ["P029", undefined, undefined],
    ]);
    // Nothing else in the period's colour but the legend's square.
    expect(elements.filter((e) => e.attrs.fill === markInPeriod)).toHaveLength(2 * 2 + 1);
  });
});

describe("chartAlternativeText", () => {
  it("states the legend and every instrument's mark, as the chart draws them", () => {
    const text = chartAlternativeText(input);
    for (const meaning of Object.values(TIMELINE_MEANINGS))
      expect(text).toContain(`${meaning.name}: ${meaning.text.toLowerCase()}`);
    expect(text).toContain("Timeline of Maldives's ratifications, 1930 to 2018");
    expect(text).toContain("Palermo (adopted 2000): 2016(a), within the reporting period.");
    expect(text).toContain("C29 (adopted 1930): 1959.");
    expect(text).toContain("P029 (adopted 2014): not a party.");
  });

  it("says the year where no notation is printed, the country in general when unnamed, and no band without a period", () => {
    const text = chartAlternativeText({ rows: [{ label: "C29", adopted: 1930, actionYear: 1959 }], until: 2017 });
    expect(text).toContain("Timeline of the country's ratifications, 1930 to 2018");
    expect(text).toContain("C29 (adopted 1930): 1959.");
    expect(text).not.toContain(TIMELINE_MEANINGS.band.name);
    expect(text).toContain(`Legend: a line: ${TIMELINE_MEANINGS.line.text.toLowerCase()}; a dot:`);
  });
});
