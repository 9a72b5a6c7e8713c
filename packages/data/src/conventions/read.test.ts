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
});
