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
  /** What the country did, in words for a reader: "ratified", "acceded", "accepted". */
  readonly action?: string | undefined;
}

export interface TimelineInput {
  readonly rows: readonly TimelineRow[];
  /** The last year on the axis (the edition's reporting period end). */
  readonly until: number;
  /** Shaded band for the reporting period, in years. */
  readonly period?: { readonly from: number; readonly to: number } | undefined;
}

export const TIMELINE_COLORS = {
  axis: "#9aa5b1",
  line: "#d5dbe1",
  mark: "#1f3a5f",
  markInPeriod: "#b35c00",
  band: "#fbecd9",
  text: "#333333",
} as const;

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * Draws a country's ratifications over time as SVG: one line per instrument from its adoption,
 * a mark at the year the country acted, the reporting period shaded.
 */
export function ratificationTimeline(input: TimelineInput, width = 500): string {
  const c = TIMELINE_COLORS;
  const rowHeight = 16;
  const top = 8;
  const labelWidth = 52;
  const right = 46;
  const axisY = top + input.rows.length * rowHeight + 4;
  const height = axisY + 20;
  const years = input.rows.flatMap((r) => [r.adopted, ...(r.actionYear === undefined ? [] : [r.actionYear])]);
  const first = Math.floor(Math.min(...years, input.until) / 10) * 10;
  const last = input.until + 1;
  const plot = width - labelWidth - right;
  const x = (year: number) => labelWidth + ((year - first) / (last - first)) * plot;
  const f = (n: number) => n.toFixed(1);
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`);
  if (input.period) {
    const x0 = x(input.period.from);
    const x1 = x(input.period.to + 1);
    parts.push(`<rect x="${f(x0)}" y="${top - 4}" width="${f(x1 - x0)}" height="${f(axisY - top + 4)}" fill="${c.band}"/>`);
  }
  input.rows.forEach((row, i) => {
    const y = top + i * rowHeight + rowHeight / 2;
    parts.push(
      `<text x="0" y="${f(y + 3)}" font-family="Roboto" font-size="8" fill="${c.text}">${esc(row.label)}</text>`,
      `<line x1="${f(x(row.adopted))}" y1="${f(y)}" x2="${f(x(last))}" y2="${f(y)}" stroke="${c.line}" stroke-width="3" stroke-linecap="round"/>`,
    );
    if (row.actionYear !== undefined) {
      const color = row.inReportingPeriod ? c.markInPeriod : c.mark;
      const cx = x(row.actionYear + 0.5);
      parts.push(`<circle cx="${f(cx)}" cy="${f(y)}" r="4" fill="${color}"/>`);
      if (row.notation) {
        parts.push(
          `<text x="${f(cx + 7)}" y="${f(y + 3)}" font-family="Roboto" font-size="7" fill="${color}">${esc(row.notation)}</text>`,
        );
      }
    }
  });
  parts.push(`<line x1="${labelWidth}" y1="${axisY}" x2="${f(x(last))}" y2="${axisY}" stroke="${c.axis}" stroke-width="0.75"/>`);
  const step = last - first > 60 ? 20 : 10;
  for (let year = first; year <= last; year += step) {
    parts.push(
      `<line x1="${f(x(year))}" y1="${axisY}" x2="${f(x(year))}" y2="${axisY + 3}" stroke="${c.axis}" stroke-width="0.75"/>`,
      `<text x="${f(x(year))}" y="${axisY + 12}" font-family="Roboto" font-size="7" fill="${c.text}" text-anchor="middle">${year}</text>`,
    );
  }
  parts.push("</svg>");
  return parts.join("");
}

/**
 * What the timeline shows, in words: the text alternative a screen reader reads instead of the
 * drawing. Written from the same input as the drawing, so the two cannot disagree.
 * "Ratifications over time: Palermo, accepted 2006; …; C189, not a party; highlighted, within the
 * reporting period: P029, ratified 2017."
 */
export function ratificationTimelineAlternative(input: TimelineInput, title = "Ratifications over time"): string {
  const describe = (row: TimelineRow) =>
    row.actionYear === undefined ? `${row.label}, not a party` : `${row.label}, ${row.action ?? "acted"} ${row.actionYear}${row.notation && !/^\d{4}$/.test(row.notation) ? ` (published as ${row.notation})` : ""}`;
  const highlighted = input.rows.filter((row) => row.inReportingPeriod && row.actionYear !== undefined);
  const period = input.period ? ` (${input.period.from === input.period.to ? input.period.from : `${input.period.from}–${input.period.to}`})` : "";
  return [
    `${title}: ${input.rows.map(describe).join("; ")}.`,
    highlighted.length > 0 ? ` Highlighted, within the reporting period${period}: ${highlighted.map(describe).join("; ")}.` : ` No action within the reporting period${period}.`,
  ].join("");
}
