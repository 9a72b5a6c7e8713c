import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ActionSchema, actionKinds, describeCell, formatNotation, parseNotation, type Cell } from "./actions.js";

describe("published notation", () => {
  const forms: [string, Cell][] = [
    ["2002", { kind: "ratification", year: 2002 }],
    ["2006(a)", { kind: "accession", year: 2006 }],
    ["2006(A)", { kind: "acceptance", year: 2006 }],
    ["2001(AA)", { kind: "approval", year: 2001 }],
    ["1993(d)", { kind: "succession", year: 1993 }],
    ["—", null],
    ["2016-11-09(a)", { kind: "accession", year: 2016, date: "2016-11-09" }],
  ];

  it.each(forms)("parses %s and prints it back", (notation, cell) => {
    expect(parseNotation(notation)).toEqual({ ok: true, value: cell });
    expect(formatNotation(cell, { fullDate: true })).toBe(notation);
  });

  it("prints years only unless asked for the full date, as the report does", () => {
    expect(formatNotation({ kind: "accession", year: 2016, date: "2016-11-09" })).toBe("2016(a)");
  });

  it("rejects a letter for a digit, an unknown code and an impossible date", () => {
    const hint =
      "write a year (2002), a year with a code (2006(a), 2006(A), 2006(AA), 2006(d)), a date (2016-11-09(a)) or — for none";
    expect(parseNotation("20O2")).toEqual({ ok: false, message: '"20O2" is not in the published notation', hint });
    expect(parseNotation("2006(b)")).toEqual({
      ok: false,
      message: '"2006(b)" is not in the published notation',
      hint,
    });
    expect(parseNotation("2006-02-30")).toEqual({
      ok: false,
      message: '"2006-02-30" has an impossible date',
      hint: "check the day and month",
    });
  });

  it("describes a cell in words", () => {
    expect(forms.map(([, cell]) => describeCell(cell))).toEqual([
      "Ratified 2002",
      "Acceded 2006",
      "Accepted 2006",
      "Approved 2001",
      "Succeeded 1993",
      "Not a party",
      "Acceded 2016",
    ]);
  });

  it("rejects an action whose date and year disagree", () => {
    expect(ActionSchema.safeParse({ kind: "ratification", year: 2016, date: "2017-01-01" }).success).toBe(false);
  });
});

describe("published notation, fuzzed", () => {
  const kind = fc.constantFrom(...actionKinds);
  const yearOnly = fc.record({ kind, year: fc.integer({ min: 1000, max: 9999 }) });
  const dated = fc
    .tuple(
      kind,
      fc.date({ min: new Date("1000-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true }),
    )
    .map(([kind, d]) => {
      const date = d.toISOString().slice(0, 10);
      return { kind, year: Number(date.slice(0, 4)), date };
    });
  const validCell: fc.Arbitrary<Cell> = fc.oneof(fc.constant(null), yearOnly, dated);
  const nearNotation = fc.stringMatching(/^\s?\d{4}(-\d{2}-\d{2})?\s?(\((a|A|AA|d|b|)\))?$/);

  it("never throws, and whatever parses prints back to the same cell", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), nearNotation), (text) => {
        const parsed = parseNotation(text);
        if (!parsed.ok) return typeof parsed.message === "string";
        expect(parseNotation(formatNotation(parsed.value, { fullDate: true }))).toEqual(parsed);
        return true;
      }),
    );
  });

  it("round-trips any valid cell", () => {
    fc.assert(
      fc.property(validCell, (cell) => {
        expect(cell === null || ActionSchema.safeParse(cell).success).toBe(true);
        expect(parseNotation(formatNotation(cell, { fullDate: true }))).toEqual({ ok: true, value: cell });
      }),
    );
  });
});

describe("published notation, as editors type it", () => {
  it("reads a cell with spaces around it, and a hyphen or an en dash for none", () => {
    expect(parseNotation(" 2006(a) ")).toEqual({ ok: true, value: { kind: "accession", year: 2006 } });
    expect(parseNotation("-")).toEqual({ ok: true, value: null });
    expect(parseNotation("–")).toEqual({ ok: true, value: null });
    expect(parseNotation(" — ")).toEqual({ ok: true, value: null });
  });
});
