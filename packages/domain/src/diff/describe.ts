import { ACTION_KINDS, formatNotation, type Action } from "../model/actions.js";
import type { ReportingPeriod } from "../model/edition.js";
import type { InstrumentId } from "../model/instruments.js";
import { MONTHS } from "../months.js";

/** How the diff names an instrument in one line, as the issues and the report's footnotes do. */
export const INSTRUMENT_LABELS = {
  palermo: "Palermo Protocol",
  opsc: "OPSC",
  opac: "OPAC",
  c029: "C29",
  p029: "P029",
  c105: "C105",
  c182: "C182",
  c189: "C189",
} as const satisfies Record<InstrumentId, string>;

export function instrumentLabel(id: string): string {
  return Object.hasOwn(INSTRUMENT_LABELS, id) ? INSTRUMENT_LABELS[id as InstrumentId] : id;
}

// en-US grouping whatever the machine's locale, so that summaries are the same everywhere. Made on
// first use: setting up a number format costs some 10 ms, which a run that never diffs need not pay.
let count: Intl.NumberFormat | undefined;

/** 107574 → "107,574"; null (none published) → "none". */
export function formatCount(n: number | null): string {
  return n === null ? "none" : grouped(n);
}

const grouped = (n: number): string => (count ??= new Intl.NumberFormat("en-US")).format(n);

/** "+2,426", "-12". */
export function formatDelta(delta: number): string {
  return `${delta > 0 ? "+" : "-"}${grouped(Math.abs(delta))}`;
}

/** "107,574 → 110,000 (+2,426)". */
export function describeFigure(before: number | null, after: number | null): string {
  const delta = before !== null && after !== null ? ` (${formatDelta(after - before)})` : "";
  return `${formatCount(before)} → ${formatCount(after)}${delta}`;
}

/** "2016-04" → "April 2016"; anything else is printed as is. */
export function formatMonth(yearMonth: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(yearMonth);
  const name = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && name ? `${name} ${m[1]}` : yearMonth;
}

/** "April 2016 – March 2017", as the report's table intro words it. */
export function formatPeriod(period: ReportingPeriod): string {
  return `${formatMonth(period.start)} – ${formatMonth(period.end)}`;
}

/** The published notation with the full date where known: "2016(a)", "2016-11-09". */
export function formatAction(action: Action): string {
  return formatNotation(action, { fullDate: true });
}

/** "ratification", "accession"… */
export function actionKindName(action: Action): string {
  return ACTION_KINDS[action.kind]?.label.toLowerCase() ?? String(action.kind);
}

/** Folds running text onto one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

const MAX_QUOTE = 80;
const CONTEXT = 24;

/** Shortens text to at most `max` characters, at a word boundary where there is one, ending on "…". */
export function clip(text: string, max = MAX_QUOTE): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** “text”, on one line, shortened. */
export function quote(text: string | null): string {
  return text === null ? "none" : `“${clip(oneLine(text))}”`;
}

/**
 * Both sides of a wording change, cut down to the part that differs with a little context
 * on either side: “…allegations in 2016 were…” → “…allegations in 2017 were…”. A text whose
 * words stayed and whose spacing or line breaks changed is quoted once, and said to be so.
 */
export function describeTextChange(before: string | null, after: string | null): string {
  if (before === null || after === null) return `${quote(before)} → ${quote(after)}`;
  const a = oneLine(before);
  const b = oneLine(after);
  if (a === b) return `${quote(a)} (only the spacing changed)`;
  if (a.length <= MAX_QUOTE && b.length <= MAX_QUOTE) return `${quote(a)} → ${quote(b)}`;
  const shortest = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < shortest && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < shortest - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const start = wordStart(a, Math.max(0, prefix - CONTEXT), prefix);
  const excerpt = (s: string) => {
    const end = wordEnd(s, s.length - suffix, Math.min(s.length, s.length - suffix + CONTEXT));
    const middle = s.slice(start, end);
    return `“${start > 0 ? "…" : ""}${clip(middle, MAX_QUOTE)}${end < s.length && middle.length <= MAX_QUOTE ? "…" : ""}”`;
  };
  return `${excerpt(a)} → ${excerpt(b)}`;
}

/** The start of the first word at or after `from`, no further than `limit`. */
function wordStart(s: string, from: number, limit: number): number {
  if (from === 0) return 0;
  const space = s.indexOf(" ", from);
  return space >= 0 && space < limit ? space + 1 : from;
}

/** The end of the last word before `to`, no earlier than `limit`. */
function wordEnd(s: string, limit: number, to: number): number {
  if (to >= s.length) return s.length;
  const space = s.lastIndexOf(" ", to);
  return space > limit ? space : to;
}
