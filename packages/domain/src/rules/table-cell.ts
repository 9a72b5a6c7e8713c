import { formatNotation } from "../model/actions.js";
import { INSTRUMENTS } from "../model/instruments.js";
import type { TableAction } from "../queries/table.js";

/** How messages name a table cell: "Argentina (ARG), Palermo Protocol". */
export function cellLabel(a: TableAction): string {
  return `${a.name} (${a.country}), ${INSTRUMENTS[a.instrument].shortTitle}`;
}

/** The cell's value in the published notation, with its full date where known. */
export function cellValue(a: TableAction): string {
  return formatNotation(a.action, { fullDate: true });
}

/** The subject exceptions record for a cell: "ARG/p029". */
export function cellSubject(a: { country: string; instrument: string }): string {
  return `${a.country}/${a.instrument}`;
}
