/** Moving an edition's dates on by whole years. */

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** "2016-04" moved on `years` → "2017-04"; undefined when the text is not a YYYY-MM month. */
export function shiftMonth(yearMonth: string, years: number): string | undefined {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(yearMonth);
  if (!m) return undefined;
  return `${Number(m[1]) + years}-${m[2]}`;
}

/**
 * "2017-06-27" moved on `years` → "2018-06-27"; February 29 becomes February 28 in a
 * year without it. Undefined when the text is not a YYYY-MM-DD date.
 */
export function shiftDate(date: string, years: number): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return undefined;
  const year = Number(m[1]) + years;
  const day = m[2] === "02" && m[3] === "29" && !isLeap(year) ? "28" : m[3];
  return `${year}-${m[2]}-${day}`;
}

/** The title with the old year, as a whole number, replaced: "2017 Trafficking in Persons Report" → "2018 …". */
export function retitle(title: string, from: number, to: number): string {
  return title.replace(new RegExp(`(?<!\\d)${from}(?!\\d)`, "g"), String(to));
}
