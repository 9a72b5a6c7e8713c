// The loader reports every problem at once, each at the file, line and column an editor must fix.
import { readFile, rm } from "node:fs/promises";
import { formatIssue } from "@tip/domain";
import { afterEach, describe, expect, it } from "vitest";
import { loadEdition } from "../src/load/index.js";
import { copyOf2017, where } from "./edition-copy.js";

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanup.map((f) => f()));
  cleanup = [];
});
async function edition() {
  const copy = await copyOf2017();
  cleanup.push(copy.remove);
  return copy;
}

describe("one problem, one fixture", () => {
  it.each([
    ["bad-notation.csv", "conventions.csv", ["2017/conventions.csv:3:14 conventions/notation"]],
    ["unknown-country.csv", "conventions.csv", ["2017/conventions.csv:3:1 known-country"]],
    ["duplicate-country.csv", "conventions.csv", ["2017/conventions.csv:4:1 no-duplicate-country"]],
    ["p029-without-c29.csv", "conventions.csv", ["2017/conventions.csv:2:32 requires-prerequisite"]],
    ["unterminated-quote.csv", "conventions.csv", ["2017/conventions.csv:3:22 csv/unterminated-quote"]],
    ["syntax-error.glossary.yaml", "glossary.yaml", ["2017/glossary.yaml:6:1 yaml/missing-char"]],
    ["missing-field.photo-credits.yaml", "photo-credits.yaml", ["2017/photo-credits.yaml:6:5 schema/invalid_type"]],
    // The misspelt key is unknown, and the field it should have been is missing.
    [
      "unknown-field.glossary.yaml",
      "glossary.yaml",
      ["2017/glossary.yaml:5:5 schema/invalid_type", "2017/glossary.yaml:6:5 schema/unrecognized_keys"],
    ],
  ])("%s", async (fixtureName, file, expected) => {
    const copy = await edition();
    await copy.replace(file, fixtureName);
    const result = await copy.load();
    expect(result.ok).toBe(false);
    expect(where(result.issues)).toEqual(expected);
  });

  it("says what is wrong and how to fix it", async () => {
    const copy = await edition();
    await copy.replace("conventions.csv", "bad-notation.csv");
    const [issue] = (await copy.load()).issues;
    expect(formatIssue(issue!)).toBe(
      '2017/conventions.csv:3:14  conventions/notation  "2006(x)" is not in the published notation\n' +
        "    hint: write a year (2002), a year with a code (2006(a), 2006(A), 2006(AA), 2006(d)), a date (2016-11-09(a)) or — for none",
    );
  });

  it("accepts a CSV with a BOM and CRLF line ends", async () => {
    const copy = await edition();
    await copy.replace("conventions.csv", "bom-crlf.csv");
    const result = await copy.load();
    expect(where(result.issues)).toEqual([]);
    expect(result.ok && result.edition.conventions.rows.map((r) => r.country)).toEqual(["ARG", "BRN"]);
  });

  it("names a missing file", async () => {
    const copy = await edition();
    await rm(`${copy.dir}/staff.txt`);
    const result = await copy.load();
    expect(where(result.issues)).toEqual(["2017/staff.txt:1:1 file/missing"]);
  });

  it("reports a part written in edition.yaml instead of its own file", async () => {
    const copy = await edition();
    await copy.edit("edition.yaml", (t) => `${t}staff:\n  heading: THE STAFF\n  names: [Someone]\n`);
    const result = await copy.load();
    const text = await readFile(`${copy.dir}/edition.yaml`, "utf8");
    expect(where(result.issues)).toEqual([
      `2017/edition.yaml:${text.split("\n").indexOf("staff:") + 1}:1 edition/misplaced-field`,
    ]);
  });

  it("reports a CSV column that edition.yaml does not list, at its header cell", async () => {
    const copy = await edition();
    await copy.edit("edition.yaml", (t) => t.replace(/ {4}- instrument: c189\n( {6}.*\n)+?(?= {2}footnotes:)/, ""));
    const result = await copy.load();
    expect(where(result.issues)).toContain("2017/conventions.csv:1:52 conventions/unlisted-column");
  });

  it("reads memberships.yaml when there is one, and points at the list entry no mapping resolves", async () => {
    const copy = await edition();
    await copy.edit("memberships.yaml", (t) =>
      t.replace("  - organization: COE\n    factbook: CE\n", "  - organization: COE\n    factbook: CoE\n"),
    );
    const result = await copy.load();
    const text = await readFile(`${copy.dir}/memberships.yaml`, "utf8");
    const lineOf = (country: string) => text.split("\n").indexOf(`  - country: ${country}`) + 3;
    // Every country whose list names CE, at its participation value, and nothing else.
    expect(where(result.issues)).toEqual(
      ["CYP", "CZE", "EST", "FIN", "FRA", "POL"].map(
        (c) => `2017/memberships.yaml:${lineOf(c)}:20 membership-entries-resolve`,
      ),
    );
    expect(result.issues[0]!.message).toBe(
      `CYP's "CE" is neither mapped to an organization of the table nor recorded as outside it`,
    );
  });

  it("loads an edition without memberships.yaml, which then records none", async () => {
    const copy = await edition();
    await rm(`${copy.dir}/memberships.yaml`);
    const result = await copy.load();
    expect(where(result.issues)).toEqual([]);
    expect(result.ok && result.edition.memberships).toBeUndefined();
  });

  it("does not throw for a folder that does not exist", async () => {
    const result = await loadEdition("/nonexistent/editions/2099", { relativeTo: "/nonexistent" });
    expect(where(result.issues)).toEqual(["editions/2099:1:1 file/missing"]);
  });
});

describe("every problem at once", () => {
  it("reports reading and shape problems of several files together, sorted", async () => {
    const copy = await edition();
    await copy.replace("conventions.csv", "bad-notation.csv");
    await copy.replace("glossary.yaml", "syntax-error.glossary.yaml");
    await copy.replace("photo-credits.yaml", "missing-field.photo-credits.yaml");
    await copy.edit("peacekeeping.yaml", (t) => t.replace("    missions: 15\n", "    missions: 15\n    mision: 15\n"));
    const result = await copy.load();
    expect(where(result.issues)).toEqual([
      "2017/conventions.csv:3:14 conventions/notation",
      "2017/glossary.yaml:6:1 yaml/missing-char",
      "2017/peacekeeping.yaml:44:5 schema/unrecognized_keys",
      "2017/photo-credits.yaml:6:5 schema/invalid_type",
    ]);
  });

  it("reports every rule offense of the table together", async () => {
    const copy = await edition();
    await copy.edit("conventions.csv", (t) =>
      t
        .replace("BRN,Brunei,", "QQQ,Brunei,")
        .replace("CYP,Cyprus,", "ARG,Argentina,")
        .replace("FRA,France,2002,2003,2003,1937,", "FRA,France,2002,2003,2003,—,")
        .replace("GIN,Guinea,2004(a)", "GIN,Guinea,2004(x)"),
    );
    const result = await copy.load();
    expect(where(result.issues)).toEqual([
      "2017/conventions.csv:3:1 known-country",
      "2017/conventions.csv:4:1 no-duplicate-country",
      "2017/conventions.csv:8:29 requires-prerequisite",
      "2017/conventions.csv:9:12 conventions/notation",
    ]);
  });
});
