// What validateEdition reports beside a misspelt field, and the hint each kind of shape problem gets:
// an editor fixing a typo must not have to run the check again to learn of the next problem.
import { describe, expect, it } from "vitest";
import { pathToString, type Locate } from "./issues.js";
import { published2017Table } from "./rules/__tests__/fixtures.js";
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
