import type { Footnote } from "../model/conventions.js";
import type { Edition, ReportingPeriod } from "../model/edition.js";
import { INSTRUMENTS, type InstrumentId } from "../model/instruments.js";
import { formatReportingPeriod } from "./reporting-period.js";
import { isInReportingPeriod } from "./reporting-period.js";
import { notRatified, statusOf, type InstrumentStatus } from "./status.js";
import { findRow, tableInstruments, type PartyAction } from "./table.js";

/** One instrument of a country brief: the table's column and the country's status under it. */
export interface BriefInstrument {
  readonly instrument: InstrumentId;
  /** The column heading as the edition prints it. */
  readonly heading: string;
  readonly shortTitle: string;
  /** The footnote mark printed after the heading, if any. */
  readonly footnote?: string;
  readonly status: InstrumentStatus;
}

/** Everything a one-country briefing needs. */
export interface CountryBrief {
  readonly country: string;
  /** The name as the edition prints it. */
  readonly name: string;
  readonly reportingPeriod: ReportingPeriod & { readonly label: string };
  readonly instruments: readonly BriefInstrument[];
  readonly counts: { readonly instruments: number; readonly parties: number; readonly inReportingPeriod: number };
  readonly actionsInReportingPeriod: readonly PartyAction[];
  readonly notRatified: readonly InstrumentId[];
  /** The footnotes of the columns shown. */
  readonly footnotes: readonly Footnote[];
}

/** The briefing on one country of the edition's table, or undefined when the table does not list it. */
export function countryBrief(edition: Edition, countryCode: string): CountryBrief | undefined {
  const row = findRow(edition, countryCode);
  if (!row) return undefined;
  const instruments = edition.conventions.columns.flatMap((column): BriefInstrument[] => {
    const status = statusOf(edition, row.country, column.instrument);
    if (!status) return [];
    const { instrument, heading, footnote } = column;
    const shortTitle = INSTRUMENTS[instrument].shortTitle;
    return [
      footnote === undefined
        ? { instrument, heading, shortTitle, status }
        : { instrument, heading, shortTitle, footnote, status },
    ];
  });
  const marks = new Set(instruments.map((i) => i.footnote));
  // The country's own row, as actionsInReportingPeriod lists it (column order): not the whole table
  // filtered, which made a brief's cost grow with the table and generating every brief grow with its square.
  const actions = tableInstruments(edition).flatMap((instrument): PartyAction[] => {
    const action = row.cells[instrument];
    return action && isInReportingPeriod(action, edition.reportingPeriod)
      ? [{ country: row.country, name: row.name, instrument, action }]
      : [];
  });
  return {
    country: row.country,
    name: row.name,
    reportingPeriod: { ...edition.reportingPeriod, label: formatReportingPeriod(edition.reportingPeriod) },
    instruments,
    counts: {
      instruments: instruments.length,
      parties: instruments.filter((i) => i.status.cell !== null).length,
      inReportingPeriod: actions.length,
    },
    actionsInReportingPeriod: actions,
    notRatified: notRatified(edition, row.country),
    footnotes: edition.conventions.footnotes.filter((f) => marks.has(f.mark)),
  };
}
