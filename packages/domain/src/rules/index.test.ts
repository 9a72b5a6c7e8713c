import { describe, expect, it } from "vitest";
import { minimalEdition, published2017Table } from "./__tests__/fixtures.js";
import { RULES } from "./index.js";

describe("RULES", () => {
  it("has one uniquely named rule per module, each with a one-line description", () => {
    const names = RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => !/^[a-z]+(-[a-z]+)*$/.test(n))).toEqual([]);
    expect(RULES.filter((r) => !r.description || r.description.includes("\n")).map((r) => r.name)).toEqual([]);
  });

  it("passes the minimal edition", () => {
    expect(RULES.flatMap((r) => r.check(minimalEdition()).map((o) => ({ rule: r.name, ...o })))).toEqual([]);
  });

  it("passes the 2017 convention table as published", () => {
    expect(published2017Table().conventions.rows).toHaveLength(14);
    expect(RULES.flatMap((r) => r.check(published2017Table()).map((o) => ({ rule: r.name, ...o })))).toEqual([]);
  });
});
