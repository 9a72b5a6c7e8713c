import type { Action } from "../model/actions.js";
import type { ReportingPeriod } from "../model/edition.js";
import { MONTHS } from "../months.js";

const yearOf = (yearMonth: string): number => Number(yearMonth.slice(0, 4));

/**
 * Whether an action falls inside the reporting period, both ends included.
 * A year-only action is inside when its year is within the start and end years
 * (the table prints years only); a dated action is inside when its month is.
 */
export function isInReportingPeriod(action: Action, period: ReportingPeriod): boolean {
  if (action.date !== undefined) {
    const month = action.date.slice(0, 7);
    return period.start <= month && month <= period.end;
  }
  return yearOf(period.start) <= action.year && action.year <= yearOf(period.end);
}

/** Whether an action is later than the end of the reporting period, at the precision the action is known. */
export function isAfterReportingPeriod(action: Action, period: ReportingPeriod): boolean {
  if (action.date !== undefined) return action.date.slice(0, 7) > period.end;
  return action.year > yearOf(period.end);
}

/** "April 2016" for "2016-04". */
export function formatYearMonth(yearMonth: string): string {
  const month = MONTHS[Number(yearMonth.slice(5, 7)) - 1] ?? yearMonth.slice(5, 7);
  return `${month} ${yearMonth.slice(0, 4)}`;
}

/** "April 2016 to March 2017", as the report words it. */
export function formatReportingPeriod(period: ReportingPeriod): string {
  return `${formatYearMonth(period.start)} to ${formatYearMonth(period.end)}`;
}
