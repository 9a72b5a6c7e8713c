import {
  ACTION_KINDS,
  INSTRUMENTS,
  asOfMonth,
  countryBrief,
  countryHistory,
  fullCountryListUrl,
  type Edition,
  type InstrumentId,
  type ListingEntry,
} from "@tip/domain";
import { chartAlternativeText, ratificationTimeline, type TimelineInput } from "../charts/ratification-timeline.js";
import { buildMembershipsView, type MembershipsView } from "./memberships.js";

export interface BriefInstrumentView {
  readonly id: InstrumentId;
  readonly label: string;
  /** The column heading as the edition prints it. */
  readonly title: string;
  readonly fullTitle: string;
  readonly family: string;
  readonly party: boolean;
  /** "Ratified 2002", "Acceded 2006", "Not a party". */
  readonly status: string;
  /** The published notation: "2002", "2006(a)", "—". */
  readonly notation: string;
  readonly kind: string | null;
  readonly year: number | null;
  readonly inReportingPeriod: boolean;
  readonly footnoteMark: string | null;
}

/** One edition that listed the country, as the brief's history shows it. */
export interface BriefListingView extends ListingEntry {
  /** Whether this is the brief's own edition. */
  readonly current: boolean;
}

export interface BriefView {
  readonly edition: { readonly year: number; readonly title: string; readonly published: string };
  /** The month the brief's facts stand as of, in words: the end of the edition's reporting period ("March 2017"). */
  readonly asOf: string;
  /** Every edition up to this one that listed the country, oldest first, with what changed in its row. */
  readonly history: readonly BriefListingView[];
  /** Whether more than one edition listed the country (the brief then shows its history). */
  readonly listedBefore: boolean;
  /** Later editions (known to this run) whose tables do not list the country, oldest first. */
  readonly laterEditions: readonly { readonly year: number; readonly title: string }[];
  /** Where the report lists every country it covers (the table's intro link). */
  readonly fullListUrl: string;
  readonly country: { readonly code: string; readonly name: string };
  readonly reportingPeriod: string;
  readonly instruments: readonly BriefInstrumentView[];
  readonly counts: { readonly instruments: number; readonly parties: number; readonly inReportingPeriod: number };
  readonly parties: readonly BriefInstrumentView[];
  readonly notParties: readonly BriefInstrumentView[];
  readonly inReportingPeriod: readonly BriefInstrumentView[];
  readonly footnotes: readonly { readonly mark: string; readonly text: string }[];
  readonly source: { readonly name: string; readonly url: string };
  /** The table's multilateral organizations the country belongs to, by a source outside the report; null when the edition records none. */
  readonly memberships: MembershipsView | null;
  readonly charts: { readonly timeline: string };
  /** Each chart's meaning in words, written from the same input as the chart: its figure's text alternative. */
  readonly chartAlternatives: { readonly timeline: string };
}

/**
 * Everything the country brief template shows, as plain values; no wording. `editions` are the
 * other editions known to the run (any order, this one may be among them): they give the
 * country's history and the later editions that do not list it.
 */
export function buildBriefView(edition: Edition, code: string, editions: readonly Edition[] = []): BriefView {
  const brief = countryBrief(edition, code);
  if (!brief) throw new Error(`${code} is not in the ${edition.year} convention table`);
  const instruments = brief.instruments.map(({ instrument: id, heading, footnote, status }): BriefInstrumentView => {
    const def = INSTRUMENTS[id];
    return {
      id,
      label: def.label,
      title: heading,
      fullTitle: def.fullTitle,
      family: def.family,
      party: status.cell !== null,
      status: status.description,
      notation: status.notation,
      kind: status.cell ? ACTION_KINDS[status.cell.kind].label : null,
      year: status.cell ? status.cell.year : null,
      inReportingPeriod: status.inReportingPeriod,
      footnoteMark: footnote ?? null,
    };
  });
  const { start, end } = brief.reportingPeriod;
  const endYear = Number(end.slice(0, 4));
  const all = [edition, ...editions.filter((e) => e.year !== edition.year)];
  const history = countryHistory(all, code, edition.year).map((entry) => ({
    ...entry,
    current: entry.year === edition.year,
  }));
  const timeline: TimelineInput = {
    rows: instruments.map((i) => ({
      label: i.label,
      adopted: Number(INSTRUMENTS[i.id].adopted.slice(0, 4)),
      actionYear: i.year ?? undefined,
      notation: i.party ? i.notation : undefined,
      inReportingPeriod: i.inReportingPeriod,
    })),
    until: endYear,
    period: { from: Number(start.slice(0, 4)), to: endYear },
    party: brief.name,
  };
  return {
    edition: { year: edition.year, title: edition.title, published: edition.published },
    asOf: asOfMonth(edition),
    history,
    listedBefore: history.length > 1,
    laterEditions: all
      .filter((e) => e.year > edition.year && !e.conventions.rows.some((r) => r.country === code))
      .sort((a, b) => a.year - b.year)
      .map((e) => ({ year: e.year, title: e.title })),
    fullListUrl: fullCountryListUrl(edition),
    country: { code: brief.country, name: brief.name },
    reportingPeriod: brief.reportingPeriod.label,
    instruments,
    counts: brief.counts,
    parties: instruments.filter((i) => i.party),
    notParties: instruments.filter((i) => !i.party),
    inReportingPeriod: instruments.filter((i) => i.inReportingPeriod),
    footnotes: brief.footnotes,
    source: edition.source,
    memberships: buildMembershipsView(edition, code),
    charts: { timeline: ratificationTimeline(timeline) },
    chartAlternatives: { timeline: chartAlternativeText(timeline) },
  };
}
