import { describe, expect, it } from "vitest";
import { column, minimalEdition, withTable } from "../rules/__tests__/fixtures.js";
import { findRow, tableActions, tableInstruments } from "./table.js";

describe("tableInstruments", () => {
  it("lists the column instruments in order, each once", () => {
    expect(tableInstruments(minimalEdition())).toEqual(["palermo", "opac", "c029", "p029"]);
    expect(tableInstruments(withTable({ columns: [column("c029"), column("palermo"), column("c029")] }))).toEqual([
      "c029",
      "palermo",
    ]);
  });
});

describe("findRow", () => {
  it("finds a country's row by code, in any case", () => {
    expect(findRow(minimalEdition(), "brn")?.name).toBe("Brunei");
    expect(findRow(minimalEdition(), "FRA")).toBeUndefined();
  });
});

describe("tableActions", () => {
  it("lists every action of the table's columns with its path, skipping —", () => {
    expect(tableActions(minimalEdition())).toEqual([
      {
        country: "ARG",
        name: "Argentina",
        instrument: "palermo",
        action: { kind: "ratification", year: 2002 },
        rowIndex: 0,
        path: ["conventions", "rows", 0, "cells", "palermo"],
      },
      {
        country: "ARG",
        name: "Argentina",
        instrument: "opac",
        action: { kind: "ratification", year: 2002 },
        rowIndex: 0,
        path: ["conventions", "rows", 0, "cells", "opac"],
      },
      {
        country: "ARG",
        name: "Argentina",
        instrument: "c029",
        action: { kind: "ratification", year: 1950 },
        rowIndex: 0,
        path: ["conventions", "rows", 0, "cells", "c029"],
      },
      {
        country: "ARG",
        name: "Argentina",
        instrument: "p029",
        action: { kind: "ratification", year: 2016 },
        rowIndex: 0,
        path: ["conventions", "rows", 0, "cells", "p029"],
      },
      {
        country: "BRN",
        name: "Brunei",
        instrument: "opac",
        action: { kind: "accession", year: 2016 },
        rowIndex: 1,
        path: ["conventions", "rows", 1, "cells", "opac"],
      },
    ]);
  });
});
