import { describe, expect, it } from "vitest";
import { ratificationTimeline, ratificationTimelineAlternative, TIMELINE_COLORS } from "./ratification-timeline.js";

const rows = [
  { label: "Palermo", adopted: 2000, actionYear: 2016, notation: "2016(a)", inReportingPeriod: true, action: "acceded" },
  { label: "C29", adopted: 1930, actionYear: 1959, notation: "1959", action: "ratified" },
  { label: "P029", adopted: 2014 },
];

describe("ratificationTimeline", () => {
  it("draws one line per instrument and a mark per action, the period's actions in their own colour", () => {
    const svg = ratificationTimeline({ rows, until: 2017, period: { from: 2016, to: 2017 } });
    expect(svg.match(/<circle /g)).toHaveLength(2);
    expect(svg).toContain(`fill="${TIMELINE_COLORS.markInPeriod}"/>`);
    expect(svg).toContain(">2016(a)</text>");
    expect(svg).toContain(">P029</text>");
    // The axis starts at the decade of the oldest adoption.
    expect(svg).toContain(">1930</text>");
  });

  it("escapes labels so that markup characters print as themselves", () => {
    const svg = ratificationTimeline({ rows: [{ label: "A&B <x>", adopted: 2000 }], until: 2017 });
    expect(svg).toContain(">A&amp;B &lt;x&gt;</text>");
  });

  it("is deterministic", () => {
    const input = { rows, until: 2017 };
    expect(ratificationTimeline(input)).toBe(ratificationTimeline(input));
  });

  it("says in words what it draws: each instrument's action, and what falls within the reporting period", () => {
    expect(ratificationTimelineAlternative({ rows, until: 2017, period: { from: 2016, to: 2017 } })).toBe(
      "Ratifications over time: Palermo, acceded 2016 (published as 2016(a)); C29, ratified 1959; P029, not a party. " +
        "Highlighted, within the reporting period (2016–2017): Palermo, acceded 2016 (published as 2016(a)).",
    );
    expect(ratificationTimelineAlternative({ rows: rows.slice(1), until: 2017, period: { from: 2016, to: 2016 } })).toBe(
      "Ratifications over time: C29, ratified 1959; P029, not a party. No action within the reporting period (2016).",
    );
  });
});
