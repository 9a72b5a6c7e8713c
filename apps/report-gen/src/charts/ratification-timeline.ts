/** One instrument's line on the chart. */
export interface TimelineRow {
  readonly label: string;
  /** The year the instrument was adopted: its line starts there. */
  readonly adopted: number;
  /** The year of the country's action, if any. */
  readonly actionYear?: number | undefined;
  /** Printed beside the mark, e.g. "2006(a)". */
  readonly notation?: string | undefined;
  readonly inReportingPeriod?: boolean | undefined;
}

export interface TimelineInput {
  readonly rows: readonly TimelineRow[];
  /** The last year on the axis (the edition's reporting period end). */
  readonly until: number;
  /** Shaded band for the reporting period, in years. */
  readonly period?: { readonly from: number; readonly to: number } | undefined;
  /** Whose actions the marks are, for the text alternative: "Argentina". */
  readonly party?: string | undefined;
}

export const TIMELINE_COLORS = {
  axis: "#9aa5b1",
  line: "#c9d0d8",
  mark: "#1f3a5f",
  markInPeriod: "#9a4a00",
  band: "#fbecd9",
  bandEdge: "#d9a66b",
  text: "#333333",
  halo: "#ffffff",
} as const;

/** What each mark means, in the legend's words; the text alternative says the same with the mark's name. */
export const TIMELINE_MEANINGS = {
  line: { name: "a line", text: "Open for ratification since adoption" },
  mark: { name: "a dot", text: "Became a party (year as published)" },
  markInPeriod: { name: "a square", text: "Action within the reporting period" },
  band: { name: "the shaded band", text: "The reporting period" },
  noMark: { name: "no mark", text: "Not a party" },
} as const;

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Roboto's advance widths, rounded up, in ems: wide enough that a label placed by them stays where it was put. */
export function textWidth(text: string, size: number): number {
  let ems = 0;
  for (const char of text) {
    if (/[0-9]/.test(char)) ems += 0.57;
    else if (/[()[\]|.,:;'!1]/.test(char)) ems += 0.35;
    else if (char === " ") ems += 0.26;
    else if (/[A-Z—–mwMW]/.test(char)) ems += 0.9;
    else ems += 0.6;
  }
  return ems * size;
}

const ROW_HEIGHT = 12;
const TOP = 6;
const LABEL_WIDTH = 52;
const RIGHT = 8;
const MARK_RADIUS = 3.5;
const LABEL_SIZE = 7;
const LABEL_GAP = 5;
const LEGEND_SIZE = 7;

export interface TimelineMark {
  readonly x: number;
  readonly shape: "dot" | "square";
  readonly label?:
    | { readonly text: string; readonly x: number; readonly width: number; readonly anchor: "start" | "end" }
    | undefined;
}

export interface TimelineRowLayout {
  readonly row: TimelineRow;
  readonly y: number;
  readonly line: { readonly from: number; readonly to: number };
  readonly mark?: TimelineMark | undefined;
}

/** Where everything goes, in the SVG's units (points at its natural width). */
export interface TimelineLayout {
  readonly width: number;
  readonly height: number;
  /** The area years map into; every mark and its label lies inside it. */
  readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  readonly first: number;
  readonly last: number;
  readonly rows: readonly TimelineRowLayout[];
  readonly band?: { readonly from: number; readonly to: number } | undefined;
  readonly ticks: readonly { readonly year: number; readonly x: number }[];
  readonly legendTop: number;
}

/** Lays the chart out: one line per instrument from its adoption, a mark at the country's action, labels kept inside the plot. */
export function timelineLayout(input: TimelineInput, width = 504): TimelineLayout {
  const years = input.rows.flatMap((r) => [r.adopted, ...(r.actionYear === undefined ? [] : [r.actionYear])]);
  const first = Math.floor(Math.min(...years, input.until) / 10) * 10;
  const last = input.until + 1;
  const plot = {
    left: LABEL_WIDTH,
    right: width - RIGHT,
    top: TOP - 4,
    bottom: TOP + input.rows.length * ROW_HEIGHT + 2,
  };
  const x = (year: number) => plot.left + ((year - first) / (last - first)) * (plot.right - plot.left);
  const rows = input.rows.map((row, i): TimelineRowLayout => {
    const y = TOP + i * ROW_HEIGHT + ROW_HEIGHT / 2;
    const line = { from: x(row.adopted), to: x(last) };
    if (row.actionYear === undefined) return { row, y, line };
    const cx = x(row.actionYear + 0.5);
    const shape = row.inReportingPeriod ? "square" : "dot";
    if (!row.notation) return { row, y, line, mark: { x: cx, shape } };
    const labelWidth = textWidth(row.notation, LABEL_SIZE);
    const fitsRight = cx + MARK_RADIUS + LABEL_GAP + labelWidth <= plot.right;
    const label = fitsRight
      ? { text: row.notation, x: cx + MARK_RADIUS + LABEL_GAP, width: labelWidth, anchor: "start" as const }
      : { text: row.notation, x: cx - MARK_RADIUS - LABEL_GAP, width: labelWidth, anchor: "end" as const };
    return { row, y, line, mark: { x: cx, shape, label } };
  });
  const step = last - first > 60 ? 20 : 10;
  const ticks: { year: number; x: number }[] = [];
  for (let year = first; year <= last; year += step) ticks.push({ year, x: x(year) });
  const band = input.period ? { from: x(input.period.from), to: x(input.period.to + 1) } : undefined;
  const legendTop = plot.bottom + 21;
  return { width, height: legendTop + 2 * 12 + 2, plot, first, last, rows, band, ticks, legendTop };
}

const f = (n: number) => n.toFixed(1);

function markSvg(mark: TimelineMark, y: number, size = MARK_RADIUS): string {
  const c = TIMELINE_COLORS;
  return mark.shape === "square"
    ? `<rect x="${f(mark.x - size)}" y="${f(y - size)}" width="${f(2 * size)}" height="${f(2 * size)}" fill="${c.markInPeriod}"/>`
    : `<circle cx="${f(mark.x)}" cy="${f(y)}" r="${f(size)}" fill="${c.mark}"/>`;
}

/**
 * Draws a country's ratifications over time as SVG: one line per instrument from its adoption,
 * a mark at the year the country acted (a square within the reporting period), the reporting
 * period shaded and edged, and a legend. Marks differ in shape and lightness, not in hue alone.
 */
export function ratificationTimeline(input: TimelineInput, width = 504): string {
  const layout = timelineLayout(input, width);
  const c = TIMELINE_COLORS;
  const { plot } = layout;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${f(layout.height)}" viewBox="0 0 ${width} ${f(layout.height)}">`,
  );
  if (layout.band) {
    const { from, to } = layout.band;
    parts.push(
      `<rect x="${f(from)}" y="${f(plot.top)}" width="${f(to - from)}" height="${f(plot.bottom - plot.top)}" fill="${c.band}"/>`,
      `<line x1="${f(from)}" y1="${f(plot.top)}" x2="${f(from)}" y2="${f(plot.bottom)}" stroke="${c.bandEdge}" stroke-width="0.5"/>`,
      `<line x1="${f(to)}" y1="${f(plot.top)}" x2="${f(to)}" y2="${f(plot.bottom)}" stroke="${c.bandEdge}" stroke-width="0.5"/>`,
    );
  }
  for (const { row, y, line, mark } of layout.rows) {
    parts.push(
      `<text x="0" y="${f(y + 3)}" font-family="Roboto" font-size="8" fill="${c.text}">${esc(row.label)}</text>`,
      `<line x1="${f(line.from)}" y1="${f(y)}" x2="${f(line.to)}" y2="${f(y)}" stroke="${c.line}" stroke-width="3" stroke-linecap="butt"/>`,
    );
    if (mark === undefined) continue;
    parts.push(markSvg(mark, y));
    if (mark.label) {
      const { text, x, width: w, anchor } = mark.label;
      const left = anchor === "start" ? x : x - w;
      const color = mark.shape === "square" ? c.markInPeriod : c.mark;
      parts.push(
        // A halo, so the label reads over the line.
        `<rect x="${f(left - 1)}" y="${f(y - 4)}" width="${f(w + 2)}" height="8" fill="${c.halo}"/>`,
        `<text x="${f(x)}" y="${f(y + 2.5)}" font-family="Roboto" font-size="${LABEL_SIZE}" fill="${color}"${anchor === "end" ? ' text-anchor="end"' : ""}>${esc(text)}</text>`,
      );
    }
  }
  parts.push(
    `<line x1="${f(plot.left)}" y1="${f(plot.bottom)}" x2="${f(plot.right)}" y2="${f(plot.bottom)}" stroke="${c.axis}" stroke-width="0.75"/>`,
  );
  for (const tick of layout.ticks) {
    parts.push(
      `<line x1="${f(tick.x)}" y1="${f(plot.bottom)}" x2="${f(tick.x)}" y2="${f(plot.bottom + 3)}" stroke="${c.axis}" stroke-width="0.75"/>`,
      `<text x="${f(tick.x)}" y="${f(plot.bottom + 12)}" font-family="Roboto" font-size="7" fill="${c.text}" text-anchor="middle">${tick.year}</text>`,
    );
  }
  parts.push(...legendSvg(layout));
  parts.push("</svg>");
  return parts.join("");
}

/** The legend: two rows under the axis, each sample drawn as the chart draws it. */
function legendSvg(layout: TimelineLayout): string[] {
  const c = TIMELINE_COLORS;
  const column = (layout.width - LABEL_WIDTH) / 3;
  const at = (i: number) => ({ x: LABEL_WIDTH + (i % 3) * column, y: layout.legendTop + Math.floor(i / 3) * 12 });
  const text = (x: number, y: number, words: string) =>
    `<text x="${f(x)}" y="${f(y + 2.5)}" font-family="Roboto" font-size="${LEGEND_SIZE}" fill="${c.text}">${esc(words)}</text>`;
  const items: ((x: number, y: number) => string)[] = [
    (x, y) =>
      `<line x1="${f(x)}" y1="${f(y)}" x2="${f(x + 14)}" y2="${f(y)}" stroke="${c.line}" stroke-width="3"/>${text(x + 18, y, TIMELINE_MEANINGS.line.text)}`,
    (x, y) => markSvg({ x: x + 7, shape: "dot" }, y) + text(x + 18, y, TIMELINE_MEANINGS.mark.text),
    (x, y) => markSvg({ x: x + 7, shape: "square" }, y) + text(x + 18, y, TIMELINE_MEANINGS.markInPeriod.text),
    (x, y) =>
      `<rect x="${f(x)}" y="${f(y - 4)}" width="14" height="8" fill="${c.band}"/>` +
      `<line x1="${f(x)}" y1="${f(y - 4)}" x2="${f(x)}" y2="${f(y + 4)}" stroke="${c.bandEdge}" stroke-width="0.5"/>` +
      `<line x1="${f(x + 14)}" y1="${f(y - 4)}" x2="${f(x + 14)}" y2="${f(y + 4)}" stroke="${c.bandEdge}" stroke-width="0.5"/>` +
      text(x + 18, y, TIMELINE_MEANINGS.band.text),
    (x, y) => text(x, y, `No mark: ${TIMELINE_MEANINGS.noMark.text.toLowerCase()}`),
  ];
  return items.map((draw, i) => {
    const { x, y } = at(i);
    return draw(x, y);
  });
}

/**
 * The chart's meaning in words, for its figure's text alternative: what the marks mean and each
 * instrument's mark, from the same input the chart is drawn from.
 */
export function chartAlternativeText(input: TimelineInput): string {
  const party = input.party ?? "the country";
  const { first, last } = timelineLayout(input);
  const m = TIMELINE_MEANINGS;
  const meaning = (entry: { readonly name: string; readonly text: string }, detail = "") =>
    `${entry.name}: ${entry.text.toLowerCase()}${detail}`;
  const legend = [
    meaning(m.line),
    meaning(m.mark),
    meaning(m.markInPeriod),
    ...(input.period ? [meaning(m.band, ` (${input.period.from}–${input.period.to})`)] : []),
    meaning(m.noMark),
  ];
  const rows = input.rows.map((row) => {
    const status =
      row.actionYear === undefined
        ? m.noMark.text.toLowerCase()
        : `${row.notation || row.actionYear}${row.inReportingPeriod ? ", within the reporting period" : ""}`;
    return `${row.label} (adopted ${row.adopted}): ${status}.`;
  });
  return [
    `Timeline of ${party}'s ratifications, ${first} to ${last}, one row per instrument. Legend: ${legend.join("; ")}.`,
    ...rows,
  ].join(" ");
}
