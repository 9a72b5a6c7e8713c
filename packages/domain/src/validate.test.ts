import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pathToString, type DataPath, type Locate, type SourceLocation } from "./issues.js";
import type { Edition } from "./model/edition.js";
import { edited, minimalEdition, published2017Table } from "./rules/__tests__/fixtures.js";
import { checkShape, validateEdition } from "./validate.js";

const at = (file: string, line: number, column: number): SourceLocation => ({ file, line, column });

// Where a loader would say each value was read from; the rest is found through its nearest located ancestor.
const LOCATIONS: Record<string, SourceLocation> = {
  "": at("edition.yaml", 1, 1),
  year: at("edition.yaml", 1, 7),
  reportingPeriod: at("edition.yaml", 3, 1),
  "conventions.rows[1]": at("conventions.tsv", 4, 1),
  "conventions.rows[1].cells.opac": at("conventions.tsv", 4, 14),
  "peacekeeping.organizations[0]": at("peacekeeping.yaml", 5, 3),
  exceptions: at("exceptions.yaml", 1, 1),
};
const locate: Locate = (path) => LOCATIONS[pathToString(path)];

const withShapeErrors = (): unknown => {
  const data = structuredClone(minimalEdition()) as unknown as Record<string, any>;
  data.year = "2017";
  data.reportingPeriod = { start: "2017-04", end: "2016-03" };
  data.conventions.rows[1].cells.opac = "2016(a)";
  data.peacekeeping.organizations[0].personnel = -1;
  data.editor = "me";
  return data;
};

const un2017Allegations = (exceptions: Edition["exceptions"] = []): Edition =>
  edited((e) => {
    e.peacekeeping.organizations[0] = {
      ...e.peacekeeping.organizations[0]!,
      id: "un",
      heading: "UNITED NATIONS",
      allegations: {
        total: 165,
        breakdown: [
          { category: "civilian", count: 68 },
          { category: "military", count: 93 },
          { category: "police", count: 7 },
        ],
        narrative: "",
      },
    };
    e.exceptions = exceptions;
  });

const publishedMiscount = {
  rule: "allegations-add-up",
  subject: "peacekeeping/un/allegations",
  reason: "The 2017 report prints 165 in total but 68 + 93 + 7 = 168 by category.",
};

describe("checkShape", () => {
  it("lists every shape problem at once, located through the nearest located path", () => {
    expect(checkShape(withShapeErrors(), { locate })).toEqual({
      ok: false,
      issues: [
        {
          ...at("conventions.tsv", 4, 14),
          rule: "schema/invalid_type",
          message: "Invalid input: expected object, received string at conventions.rows.1.cells.opac",
          hint: "give a value of type object",
          severity: "error",
        },
        {
          ...at("edition.yaml", 1, 1),
          rule: "schema/unrecognized_keys",
          message: 'Unrecognized key: "editor"',
          hint: 'remove or rename "editor"; check the spelling against the documented fields',
          severity: "error",
        },
        {
          ...at("edition.yaml", 1, 7),
          rule: "schema/invalid_type",
          message: "Invalid input: expected number, received string at year",
          hint: "give a value of type number",
          severity: "error",
        },
        {
          ...at("edition.yaml", 3, 1),
          rule: "schema/custom",
          message: "the reporting period ends before it starts at reportingPeriod.end",
          hint: "give the period's first month as start and its last month as end",
          severity: "error",
        },
        {
          ...at("peacekeeping.yaml", 5, 3),
          rule: "schema/too_small",
          message: "Too small: expected number to be >=0 at peacekeeping.organizations.0.personnel",
          hint: "give a number of at least 0",
          severity: "error",
        },
      ],
    });
  });

  it("falls back to the given location when nothing is located", () => {
    const result = checkShape({ year: 2017 }, { fallback: at("edition.yaml", 1, 1) });
    expect(result.ok).toBe(false);
    expect(result.issues.filter((i) => i.file !== "edition.yaml")).toEqual([]);
    expect(result.issues.length).toBeGreaterThan(5);
  });
});

describe("validateEdition", () => {
  it("accepts the minimal edition and the 2017 table with no issues", () => {
    expect(validateEdition(minimalEdition())).toEqual({ ok: true, edition: minimalEdition(), issues: [] });
    expect(validateEdition(published2017Table()).issues).toEqual([]);
  });

  it("reports a rule's offense where the loader read it", () => {
    expect(validateEdition(un2017Allegations(), { locate })).toEqual({
      ok: false,
      issues: [
        {
          ...at("peacekeeping.yaml", 5, 3),
          rule: "allegations-add-up",
          message:
            "UNITED NATIONS: the allegations by category (civilian 68 + military 93 + police 7 = 168) do not add up to the total 165",
          hint: 'check the figures against the source; if the source itself disagrees, keep them and record an exception for "peacekeeping/un/allegations" with the reason',
          severity: "error",
        },
      ],
    });
  });

  it("lets a recorded exception suppress the offense it names", () => {
    const edition = un2017Allegations([publishedMiscount]);
    expect(validateEdition(edition, { locate })).toEqual({ ok: true, edition, issues: [] });
  });

  it("warns about an exception that matches no offense or names an unknown rule, without failing", () => {
    const edition = un2017Allegations([
      publishedMiscount,
      { ...publishedMiscount, subject: "peacekeeping/nato/allegations" },
      { ...publishedMiscount, rule: "allegations-add-upp" },
    ]);
    const warning = { ...at("exceptions.yaml", 1, 1), rule: "exception-unused", severity: "warning" };
    expect(validateEdition(edition, { locate })).toEqual({
      ok: true,
      edition,
      issues: [
        {
          ...warning,
          message: 'exception for allegations-add-up on "peacekeeping/nato/allegations" matches no offense',
          hint: "remove the exception, or correct its rule and subject to match the reported offense",
        },
        {
          ...warning,
          message: 'exception names an unknown rule "allegations-add-upp"',
          hint: "remove the exception, or correct its rule and subject to match the reported offense",
        },
      ],
    });
  });
});

describe("validateEdition, when some parts fail the schema", () => {
  // Each issue at the path it was found at, so that a test can say exactly where.
  const byPath: Locate = (path) => at(pathToString(path), 1, 1);
  const where = (data: unknown) => validateEdition(data, { locate: byPath }).issues.map((i) => `${i.file} ${i.rule}`);
  const table2017 = (): Record<string, any> => structuredClone(published2017Table()) as unknown as Record<string, any>;

  it("still runs the rules over the parts that passed: a broken year does not hide a duplicated country", () => {
    const data = table2017();
    data.year = "2017";
    data.conventions.rows.push(structuredClone(data.conventions.rows[0]));
    const last = data.conventions.rows.length - 1;
    expect(where(data)).toEqual([`conventions.rows[${last}].country no-duplicate-country`, "year schema/invalid_type"]);
  });

  it("keeps a broken row's neighbours at their own indexes and skips the broken row", () => {
    const data = table2017();
    data.conventions.rows[1].cells.opac = "2016(a)"; // a shape problem in row 1
    data.conventions.rows[1].country = "ZZZ"; // hidden while its row is broken
    data.conventions.rows[3].country = "QQQ"; // not hidden: row 3 passed
    data.conventions.rows.push(structuredClone(data.conventions.rows[0]));
    const last = data.conventions.rows.length - 1;
    expect(where(data)).toEqual([
      "conventions.rows[1].cells.opac schema/invalid_type",
      `conventions.rows[${last}].country no-duplicate-country`,
      "conventions.rows[3].country known-country",
    ]);
    const duplicate = validateEdition(data, { locate: byPath }).issues.find((i) => i.rule === "no-duplicate-country");
    expect(duplicate?.message).toMatch(/; first at conventions\.rows\[0\]\.country:1:1$/);
    expect(validateEdition(data).issues.find((i) => i.rule === "no-duplicate-country")?.message).toMatch(
      /; first at row 1$/,
    );
  });

  it("skips the rules that read a part that failed, rather than guessing", () => {
    const data = table2017();
    data.reportingPeriod = { start: "2016-4", end: "2017-03" };
    data.conventions.rows[0].country = "QQQ";
    expect(where(data)).toEqual([
      "conventions.rows[0].country known-country",
      "reportingPeriod.start schema/invalid_format",
    ]);
    expect(validateEdition(data).issues.find((i) => i.rule === "schema/invalid_format")?.hint).toBe(
      "write a month as YYYY-MM",
    );
  });

  it("honours exceptions, and warns about an unused one only once the whole edition passes the schema", () => {
    const edition = un2017Allegations([
      publishedMiscount,
      { ...publishedMiscount, subject: "peacekeeping/nato/allegations" },
    ]) as unknown as Record<string, any>;
    edition.year = "2017";
    expect(where(edition)).toEqual(["year schema/invalid_type"]);
    edition.exceptions = [{ ...publishedMiscount, reason: "short" }];
    // Broken exceptions cannot be honoured: the shape problems alone, no offense they might have covered.
    expect(where(edition)).toEqual(["exceptions[0].reason schema/too_small", "year schema/invalid_type"]);
  });

  it("gives the hint a refinement carries", () => {
    const data = table2017();
    data.published = "2017-02-30";
    expect(validateEdition(data).issues).toEqual([
      expect.objectContaining({
        rule: "schema/custom",
        message: "not a real calendar date at published",
        hint: "check the month (01–12) and the day (no 30 February, no 31 April)",
      }),
    ]);
  });
});

/** Every path in a value, the root included. */
function allPaths(value: unknown, path: DataPath = []): DataPath[] {
  if (Array.isArray(value)) return [path, ...value.flatMap((v, i) => allPaths(v, [...path, i]))];
  if (value !== null && typeof value === "object") {
    return [path, ...Object.entries(value).flatMap(([k, v]) => allPaths(v, [...path, k]))];
  }
  return [path];
}

type Node = Record<string | number, unknown>;

/** A copy of `root` with the value at `path` replaced (removed when `value` is undefined); unchanged if an earlier edit took the path away. */
function replaceAt(root: unknown, path: DataPath, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root);
  let parent: unknown = copy;
  for (const key of path.slice(0, -1))
    parent = parent !== null && typeof parent === "object" ? (parent as Node)[key] : undefined;
  if (parent === null || typeof parent !== "object") return root;
  const last = path[path.length - 1]!;
  if (value === undefined) delete (parent as Node)[last];
  else (parent as Node)[last] = value;
  return copy;
}

describe("validateEdition, fuzzed", () => {
  const gaveDataOrErrors = (data: unknown): boolean => {
    const result = validateEdition(data);
    if (result.ok) return result.issues.every((i) => i.severity === "warning");
    return result.issues.some((i) => i.severity === "error");
  };
  const fixture = minimalEdition();
  const path = fc.constantFrom(...allPaths(fixture));
  const plausible = fc.oneof(
    fc.string(),
    fc.integer({ min: -10, max: 3000 }),
    fc.constant(null),
    fc.constant(undefined),
    fc.constant([]),
  );

  it("never throws on arbitrary input", () => {
    fc.assert(fc.property(fc.anything(), gaveDataOrErrors));
    fc.assert(fc.property(fc.jsonValue(), gaveDataOrErrors));
  });

  it("never throws on mutations of a valid edition", () => {
    fc.assert(fc.property(path, fc.anything(), (p, v) => gaveDataOrErrors(replaceAt(fixture, p, v))));
    fc.assert(
      fc.property(fc.array(fc.tuple(path, plausible), { minLength: 1, maxLength: 4 }), (edits) =>
        gaveDataOrErrors(edits.reduce<unknown>((data, [p, v]) => replaceAt(data, p, v), fixture)),
      ),
    );
  });
});

describe("checkShape, the hint for each kind of schema problem", () => {
  it("says what to write: one of the kinds, a non-empty text, a number from 0, a value of the right type", () => {
    const data = structuredClone(minimalEdition()) as unknown as Record<string, any>;
    data.conventions.rows[0].cells.palermo = { kind: "adhesion", year: 2002 };
    data.title = "";
    data.peacekeeping.organizations[0].allegations.total = -1;
    data.peacekeeping.organizations[0].personnel = "many";
    data.staff.names = [];
    const result = checkShape(data);
    expect(result.ok).toBe(false);
    expect(Object.fromEntries(result.issues.map((i) => [i.message.replace(/^.* at /, ""), i.hint]))).toEqual({
      "conventions.rows.0.cells.palermo.kind":
        'use one of: "ratification", "accession", "acceptance", "approval", "succession"',
      title: "this value is required and cannot be empty",
      "peacekeeping.organizations.0.allegations.total": "give a number of at least 0",
      "peacekeeping.organizations.0.personnel": "give a value of type number",
      "staff.names": "this value is required and cannot be empty",
    });
  });

  it("accepts a reporting period of a single month, whose first month is its last", () => {
    const data = structuredClone(minimalEdition()) as unknown as Record<string, any>;
    data.reportingPeriod = { start: "2017-03", end: "2017-03" };
    expect(checkShape(data).issues).toEqual([]);
  });

  it("passes a well-formed edition through unchanged, with no issues", () => {
    const edition = minimalEdition();
    expect(checkShape(edition)).toEqual({ ok: true, edition, issues: [] });
  });
});
