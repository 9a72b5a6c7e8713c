// Importing a convention table pasted from the published report.
import type { Edition } from "@tip/domain";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { formatCsvRecord, formatPublishedTable, importConventionTable, loadEdition } from "../src/load/index.js";
import { where } from "./edition-copy.js";
import { appendixLines, edition2017Dir } from "./source.js";

let edition: Edition;
/** The table as published: from the "Country" heading row through the Poland row. */
let published: string[];

beforeAll(async () => {
  const result = await loadEdition(edition2017Dir);
  if (!result.ok) throw new Error("the 2017 edition does not load");
  edition = result.edition;
  const lines = appendixLines();
  published = lines.slice(
    lines.findIndex((l) => l.startsWith("Country\t")),
    lines.findIndex((l) => l.startsWith("Poland\t")) + 1,
  );
});

const asCsv = (tsv: readonly string[]) => tsv.map((l) => formatCsvRecord(l.split("\t"))).join("\n");

describe("importConventionTable", () => {
  it("reads the published table (TSV) into the edition's rows and columns", () => {
    const result = importConventionTable(`${published.join("\n")}\n`, { file: "pasted.tsv", columns: edition.conventions.columns });
    expect(where(result.issues)).toEqual([]);
    if (!result.ok) return;
    expect(result.rows).toEqual(edition.conventions.rows);
    expect(result.columns).toEqual(edition.conventions.columns);
    expect(result.countryHeading).toBe("Country");
  });

  it("matches headings by the instruments' titles when no edition columns are given", () => {
    const result = importConventionTable(published.join("\n"), { file: "pasted.tsv" });
    expect(result.ok && result.columns.map((c) => c.instrument)).toEqual(edition.conventions.columns.map((c) => c.instrument));
  });

  it("reads the same table as CSV, and with a BOM and CRLF line ends", () => {
    const tsv = importConventionTable(published.join("\n"), { file: "pasted.tsv" });
    const csv = importConventionTable(asCsv(published), { file: "pasted.csv" });
    const bomCrlf = importConventionTable(`\uFEFF${asCsv(published).replaceAll("\n", "\r\n")}\r\n`, { file: "pasted.csv" });
    const tsvBomCrlf = importConventionTable(`\uFEFF${published.join("\r\n")}\r\n`, { file: "pasted.tsv" });
    expect(tsv.ok).toBe(true);
    expect(csv).toEqual(tsv);
    expect(bomCrlf).toEqual(tsv);
    expect(tsvBomCrlf).toEqual(tsv);
  });

  it("round-trips the published notation of the edition", () => {
    const result = importConventionTable(formatPublishedTable(edition), { file: "t.tsv", columns: edition.conventions.columns });
    expect(result.ok && result.rows).toEqual(edition.conventions.rows);
  });

  it("reports an unknown country name at its line and column", () => {
    const lines = [...published];
    lines[4] = lines[4]!.replace(/^Cyprus/, "Atlantis");
    const result = importConventionTable(lines.join("\n"), { file: "pasted.tsv" });
    expect(result.ok).toBe(false);
    expect(where(result.issues)).toEqual(["pasted.tsv:5:1 import/unknown-country"]);
    expect(result.issues[0]!.message).toBe('"Atlantis" is not a known country name');
  });

  it("accepts other spellings of a country (Czech Republic for Czechia)", () => {
    const lines = published.map((l) => l.replace(/^Czechia\t/, "Czech Republic\t"));
    const result = importConventionTable(lines.join("\n"), { file: "pasted.tsv" });
    expect(result.ok && result.rows.find((r) => r.country === "CZE")?.name).toBe("Czech Republic");
  });

  it("reports an unknown heading, a bad cell and a missing subheading row, all at once", () => {
    const lines = [...published];
    lines[0] = lines[0]!.replace("ILO Convention 189, Domestic Workers", "ILO Convention 999");
    lines[2] = lines[2]!.replace("2003", "2003(z)");
    lines.splice(1, 1);
    const result = importConventionTable(lines.join("\n"), { file: "pasted.tsv" });
    expect(where(result.issues)).toEqual([
      `pasted.tsv:1:${lines[0]!.indexOf("ILO Convention 999") + 1} import/unknown-heading`,
      "pasted.tsv:2:1 import/subheadings",
      "pasted.tsv:2:16 import/notation",
    ]);
  });

  it("reports an empty paste", () => {
    expect(where(importConventionTable("\n\n", { file: "p.tsv" }).issues)).toEqual(["p.tsv:1:1 import/empty"]);
  });

  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
        const result = importConventionTable(text, { file: "x" });
        expect(typeof result.ok).toBe("boolean");
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on a mangled published table", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom("", "\t", ",", '"', "\r\n", "—", "(a)", "x")), { maxLength: 8 }), (edits) => {
        let text = published.join("\n");
        for (const [at, length, insert] of edits) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + insert + text.slice(i + (length % 5));
        }
        const result = importConventionTable(text, { file: "x" });
        for (const issue of result.issues) expect(issue.line).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
