import type { DataPath } from "../issues.js";
import type { Action } from "../model/actions.js";
import type { ConventionRow } from "../model/conventions.js";
import type { Edition } from "../model/edition.js";
import type { InstrumentId } from "../model/instruments.js";

/** A country's action under one instrument, as its table row shows it. */
export interface PartyAction {
  readonly country: string;
  /** The country's name as the edition prints it. */
  readonly name: string;
  readonly instrument: InstrumentId;
  readonly action: Action;
}

/** A party action with where it stands in the edition. */
export interface TableAction extends PartyAction {
  readonly rowIndex: number;
  readonly path: DataPath;
}

/** The instruments of the table's columns, in column order, each once. */
export function tableInstruments(edition: Edition): InstrumentId[] {
  return [...new Set(edition.conventions.columns.map((c) => c.instrument))];
}

/** The table row of a country (code case-insensitive), or undefined when the table does not list it. */
export function findRow(edition: Edition, countryCode: string): ConventionRow | undefined {
  const code = countryCode.toUpperCase();
  return edition.conventions.rows.find((r) => r.country === code);
}

/** Every action in the table's columns, row by row, in column order. */
export function tableActions(edition: Edition): TableAction[] {
  const instruments = tableInstruments(edition);
  return edition.conventions.rows.flatMap((row, rowIndex) =>
    instruments.flatMap((instrument) => {
      const action = row.cells[instrument];
      if (!action) return [];
      const path = ["conventions", "rows", rowIndex, "cells", instrument];
      return [{ country: row.country, name: row.name, instrument, action, rowIndex, path }];
    }),
  );
}
