import { describe, expect, it } from "vitest";
import { readConventionsCsv } from "./read.js";

const where = (text: string) =>
  readConventionsCsv(text, { file: "c.csv" }).issues.map((i) => `${i.line}:${i.column} ${i.rule}`);

describe("readConventionsCsv", () => {
  it("reads rows in the published notation, with each cell's location", () => {
    const result = readConventionsCsv("country,name,opsc,c029\nBRN,Brunei,2006(a),—\n", { file: "c.csv" });
    expect(result.issues).toEqual([]);
    expect(result.instruments).toEqual(["opsc", "c029"]);
    expect(result.rows).toEqual([
      { country: "BRN", name: "Brunei", cells: { opsc: { kind: "accession", year: 2006 }, c029: null } },
    ]);
    expect(result.locations.get([0, "cells", "c029"])).toEqual({ file: "c.csv", line: 2, column: 20 });
  });

  it("reports a bad header: wrong key columns, unknown or repeated instruments", () => {
    expect(where("code,name,opsc,c999,opsc\n")).toEqual([
      "1:1 conventions/header",
      "1:16 conventions/unknown-instrument",
      "1:21 conventions/duplicate-column",
    ]);
  });

  it("reports an empty file, an empty cell and a row of the wrong length", () => {
    expect(where("")).toEqual(["1:1 conventions/empty"]);
    expect(where("country,name,opsc\nARG,Argentina,\nBRN,Brunei,2006(a),x\n")).toEqual([
      "2:15 conventions/notation",
      "3:20 csv/field-count",
    ]);
  });

  it("takes the key columns in any case, trims values, and skips the cells of a column it does not know", () => {
    const result = readConventionsCsv("Country,NAME,opsc,c999\n ARG , Argentina ,2003,xx\n", { file: "c.csv" });
    expect(result.rows).toEqual([
      { country: "ARG", name: "Argentina", cells: { opsc: { kind: "ratification", year: 2003 } } },
    ]);
    expect(result.issues.map((i) => `${i.line}:${i.column} ${i.rule}`)).toEqual([
      "1:19 conventions/unknown-instrument",
    ]);
    expect(result.locations.get([0])).toEqual({ file: "c.csv", line: 2, column: 1 });
  });

  it("reports a short row just after its last value, and marks its lines as malformed", () => {
    const result = readConventionsCsv("country,name,opsc\nARG,Argentina,2003\nBRN,Brunei\n", { file: "c.csv" });
    expect(result.issues.map((i) => `${i.line}:${i.column} ${i.rule} ${i.message}`)).toEqual([
      "3:11 csv/field-count this row has 2 fields, the header has 3",
    ]);
    expect(result.badLines).toEqual([{ from: 3, to: 3 }]);
  });

  it("gives up on the rest of the file after a quote that never closes, without reading its text as a cell", () => {
    const result = readConventionsCsv('country,name,opsc\nARG,Argentina,"2003\nBRN,Brunei,2006(a)\n', {
      file: "c.csv",
    });
    expect(result.issues.map((i) => `${i.line}:${i.column} ${i.rule}`)).toEqual(["2:15 csv/unterminated-quote"]);
    expect(result.rows).toEqual([{ country: "ARG", name: "Argentina", cells: {} }]);
    expect(result.badLines).toEqual([{ from: 2, to: Number.POSITIVE_INFINITY }]);
    expect(result.badCells).toEqual([]);
  });

  it("says what each problem is and how to fix it", () => {
    const said = (text: string) =>
      readConventionsCsv(text, { file: "c.csv" }).issues.map(
        (i) => `${i.line}:${i.column} ${i.rule} ${i.message} (${i.hint})`,
      );
    expect(said("")).toEqual([
      "1:1 conventions/empty conventions.csv has no header row (start with the header country,name,palermo,opsc,opac,c029,p029,c105,c182,c189)",
    ]);
    expect(said("country,title,opsc,c99,opsc\nARG,Argentina,,2002,2003\nBRN,Brunei,—,—,—,—\n")).toEqual([
      '1:9 conventions/header column 2 must be "name", found "title" (the header starts with country,name)',
      '1:20 conventions/unknown-instrument "c99" is not an instrument id (use one of: palermo, opsc, opac, c029, p029, c105, c182, c189)',
      '1:24 conventions/duplicate-column the column "opsc" appears twice (keep one column per instrument)',
      "2:15 conventions/notation the cell is empty (write a year (2002), a year with a code (2006(a), 2006(A), 2006(AA), 2006(d)), a date (2016-11-09(a)) or — for none)",
      "3:18 csv/field-count this row has 6 fields, the header has 5 (give one value per column; quote a value that contains a comma)",
    ]);
  });

  it("reads a header with spaces after its commas, and keeps a short row's missing name empty", () => {
    const result = readConventionsCsv("country, name, opsc\nARG\n", { file: "c.csv" });
    expect(result.instruments).toEqual(["opsc"]);
    expect(result.rows).toEqual([{ country: "ARG", name: "", cells: {} }]);
    expect(result.issues.map((i) => `${i.line}:${i.column} ${i.rule} ${i.message}`)).toEqual([
      "2:4 csv/field-count this row has 1 field, the header has 3",
    ]);
  });

  it("locates each row's country and name at their own cells", () => {
    const result = readConventionsCsv("country,name,opsc\nARG,Argentina,2003\n", { file: "c.csv" });
    expect(result.locations.get([0, "country"])).toEqual({ file: "c.csv", line: 2, column: 1 });
    expect(result.locations.get([0, "name"])).toEqual({ file: "c.csv", line: 2, column: 5 });
  });
});
