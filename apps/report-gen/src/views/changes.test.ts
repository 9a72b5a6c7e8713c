import { edition2017 } from "@tip/data";
import { DIFF_SECTIONS, diffEditions, type Edition } from "@tip/domain";
import { beforeEach, describe, expect, it } from "vitest";
import { buildChangesView, inWords } from "./changes.js";

// A next edition of the shipped one: a new title (edition section), a row dropped and an action added
// (convention table), a glossary entry dropped; the other sections unchanged.
const before: Edition = edition2017;
const [first, second, ...rest] = before.conventions.rows;
const after: Edition = {
  ...before,
  year: before.year + 1,
  title: `${before.year + 1} Trafficking in Persons Report`,
  conventions: {
    ...before.conventions,
    rows: [{ ...second!, cells: { ...second!.cells, c189: { kind: "ratification", year: before.year + 1 } } }, ...rest],
  },
  glossary: { ...before.glossary, entries: before.glossary.entries.slice(1) },
};
const diff = diffEditions(before, after);

describe("buildChangesView", () => {
  // Built before each test, not while the tests are collected: a mutation test's mutant is active only then, and only then is its coverage the test's.
  let view: ReturnType<typeof buildChangesView>;
  beforeEach(() => {
    view = buildChangesView(diff);
  });

  it("groups the changes by section, in report order, leaving out the sections without any", () => {
    const sections = view.sections.map((s) => s.title);
    expect(sections).toEqual([DIFF_SECTIONS.edition, DIFF_SECTIONS.conventions, DIFF_SECTIONS.glossary]);
    expect(view.sections.flatMap((s) => s.changes)).toHaveLength(diff.changes.length);
    expect(view.total).toBe(diff.changes.length);
  });

  it("says of each change whether it added, removed or changed something, and counts each effect", () => {
    const conventions = view.sections.find((s) => s.title === DIFF_SECTIONS.conventions)!;
    const effects = conventions.changes.map((c) => c.effect).sort();
    expect(effects).toEqual(["added", "removed"]);
    const dropped = conventions.changes.find((c) => c.effect === "removed")!;
    expect(dropped.summary).toContain(first!.name);
    expect(dropped.subject).toContain(first!.country);
    expect(view.byEffect.removed).toBeGreaterThanOrEqual(2);
    expect(view.byEffect.added).toBe(1);
    expect(view.byEffect.added + view.byEffect.removed + view.byEffect.changed).toBe(view.total);
    expect(view.from).toBe(diff.from);
    expect(view.to).toBe(diff.to);
  });

  it("words every arrow of a summary, since the documents' font has none", () => {
    const summaries = view.sections.flatMap((s) => s.changes.map((c) => c.summary));
    expect(diff.changes.some((c) => c.summary.includes("→"))).toBe(true);
    expect(summaries.filter((s) => s.includes("→"))).toEqual([]);
    expect(summaries.some((s) => s.includes(`${before.title}" to "${after.title}`) || s.includes(" to "))).toBe(true);
  });
});

describe("inWords", () => {
  it("replaces each arrow and the spaces around it with ' to '", () => {
    expect(inWords("2016 → 2017")).toBe("2016 to 2017");
    expect(inWords("a→b  →   c")).toBe("a to b to c");
    expect(inWords("no arrow here")).toBe("no arrow here");
  });
});
