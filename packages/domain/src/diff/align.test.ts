import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alignOrdered, compareNames, matchByKey, matchByKeys } from "./align.js";

describe("matchByKeys", () => {
  it("pairs by the first key, then by the next on what is left", () => {
    type Org = { name: string; abbreviation?: string };
    const before: Org[] = [
      { name: "African Union", abbreviation: "AU" },
      { name: "Council of Europe", abbreviation: "COE" },
    ];
    const after: Org[] = [
      { name: "Council of Europe", abbreviation: "CoE" },
      { name: "African Union Commission", abbreviation: "AU" },
    ];
    const m = matchByKeys(before, after, [(o) => o.abbreviation, (o) => o.name], (o) => o.abbreviation ?? o.name);
    expect(m.matched.map((p) => [p.before.name, p.after.name, p.key])).toEqual([
      ["Council of Europe", "Council of Europe", "CoE"],
      ["African Union", "African Union Commission", "AU"],
    ]);
    expect(m.added).toEqual([]);
    expect(m.removed).toEqual([]);
    expect(m.reorder).toEqual({ before: ["AU", "CoE"], after: ["CoE", "AU"] });
  });

  it("numbers repeated keys so that duplicates pair one to one", () => {
    const m = matchByKey(["ARG", "ARG", "BRN"], ["ARG", "BRN"], (k) => k);
    expect(m.removed).toEqual([{ item: "ARG", index: 1, key: "ARG#2" }]);
    expect(m.reorder).toBeUndefined();
  });
});

describe("alignOrdered", () => {
  const same = (a: string, b: string) => a === b;
  it("pairs a reworded item in place, keeps the rest, and reports what was inserted", () => {
    const steps = alignOrdered(["a", "b", "c"], ["a", "B", "new", "c"], (s) => s, same);
    expect(steps.map((s) => s.op)).toEqual(["same", "changed", "added", "same"]);
  });

  it("accounts for every item of both lists exactly once", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("a", "b", "c", "d")),
        fc.array(fc.constantFrom("a", "b", "c", "e")),
        (xs, ys) => {
          const steps = alignOrdered(xs, ys, (s) => s, same);
          const before = steps.flatMap((s) => ("beforeIndex" in s ? [s.beforeIndex] : []));
          const after = steps.flatMap((s) => ("afterIndex" in s ? [s.afterIndex] : []));
          expect([...before].sort((a, b) => a - b)).toEqual(xs.map((_, i) => i));
          expect([...after].sort((a, b) => a - b)).toEqual(ys.map((_, i) => i));
          if (xs.join() === ys.join()) expect(steps.every((s) => s.op === "same")).toBe(true);
        },
      ),
    );
  });
});

describe("compareNames", () => {
  it("finds names gained and lost, and a new order of the rest", () => {
    expect(compareNames(["A", "B", "C"], ["C", "A", "D"])).toEqual({
      added: ["D"],
      removed: ["B"],
      reorder: { before: ["A", "C"], after: ["C", "A"] },
    });
  });
});
