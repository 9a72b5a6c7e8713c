import { describeCell, formatNotation, type Cell } from "../model/actions.js";
import type { ConventionRow } from "../model/conventions.js";
import type { Edition } from "../model/edition.js";
import type { InstrumentId } from "../model/instruments.js";
import { isInReportingPeriod } from "./reporting-period.js";
import { findRow, tableActions, tableInstruments, type PartyAction } from "./table.js";

/** Where a country stands under one instrument. */
export interface InstrumentStatus {
  readonly cell: Cell;
  /** The published notation: "2006(a)", "—". */
  readonly notation: string;
  /** "Ratified 2002", "Acceded 2006", "Accepted 2006", "Not a party". */
  readonly description: string;
  /** Whether the action falls inside the edition's reporting period. */
  readonly inReportingPeriod: boolean;
}

/** The status of a country under an instrument, or undefined when the table lacks the country or the column. */
export function statusOf(
  edition: Edition,
  countryCode: string,
  instrumentId: InstrumentId,
): InstrumentStatus | undefined {
  if (!tableInstruments(edition).includes(instrumentId)) return undefined;
  const cell = findRow(edition, countryCode)?.cells[instrumentId];
  if (cell === undefined) return undefined;
  return {
    cell,
    notation: formatNotation(cell),
    description: describeCell(cell),
    inReportingPeriod: cell !== null && isInReportingPeriod(cell, edition.reportingPeriod),
  };
}

/** The rows of the countries party to an instrument (a non-null cell), in table order. */
export function partiesTo(edition: Edition, instrumentId: InstrumentId): ConventionRow[] {
  if (!tableInstruments(edition).includes(instrumentId)) return [];
  return edition.conventions.rows.filter((r) => r.cells[instrumentId] != null);
}

/** Every action inside the edition's reporting period, row by row, in column order. */
export function actionsInReportingPeriod(edition: Edition): PartyAction[] {
  return tableActions(edition)
    .filter((a) => isInReportingPeriod(a.action, edition.reportingPeriod))
    .map(({ country, name, instrument, action }) => ({ country, name, instrument, action }));
}

/** The table's instruments a country is not party to (its cell is —); empty when the table lacks the country. */
export function notRatified(edition: Edition, countryCode: string): InstrumentId[] {
  const row = findRow(edition, countryCode);
  if (!row) return [];
  return tableInstruments(edition).filter((id) => row.cells[id] === null);
}

export interface InstrumentCounts {
  /** Countries in the table party to the instrument. */
  readonly parties: number;
  /** Of those, the ones whose action falls inside the reporting period. */
  readonly inReportingPeriod: number;
}

/** Parties and actions inside the reporting period, for each instrument of the table. */
export function countsPerInstrument(edition: Edition): Partial<Record<InstrumentId, InstrumentCounts>> {
  const actions = tableActions(edition);
  return Object.fromEntries(
    tableInstruments(edition).map((id) => {
      const mine = actions.filter((a) => a.instrument === id);
      const inPeriod = mine.filter((a) => isInReportingPeriod(a.action, edition.reportingPeriod));
      return [id, { parties: mine.length, inReportingPeriod: inPeriod.length }];
    }),
  );
}
