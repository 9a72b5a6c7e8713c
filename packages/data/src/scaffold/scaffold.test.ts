import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { IssuesError, RULES, type Issue } from "@tip/domain";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadEditionDetails } from "../load/index.js";
import { PUBLISHED_COMMENT, scaffoldEdition, templatesReadme } from "./scaffold.js";

const EDITION_2017 = fileURLToPath(new URL("../../editions/2017", import.meta.url));

let tmp: string;
beforeEach(async () => {
  tmp = await mkdtemp(join(tmpdir(), "tip-scaffold-"));
});
afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** The issues an IssuesError carries, or the error itself when it is something else. */
async function issuesOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
    return "no error";
  } catch (e) {
    return e instanceof IssuesError ? e.issues : e;
  }
}

// Test fixture: a tiny edition folder, enough to show what the scaffold does to each kind of file.
async function tinyEdition(dir: string): Promise<void> {
  await mkdir(join(dir, "templates"), { recursive: true });
  await writeFile(
    join(dir, "edition.yaml"),
    [
      "# The 2017 edition (test fixture).",
      "year: 2017",
      "title: 2017 Trafficking in Persons Report # as printed",
      "published: 2017-06-27",
      "reportingPeriod:",
      "  start: 2016-04",
      "  end: 2017-03",
      "conventions:",
      "  intro: >-",
      "    Actions between April 2016 and March 2017.",
      "",
    ].join("\n"),
  );
  await writeFile(
    join(dir, "peacekeeping.yaml"),
    "heading: PEACEKEEPING\nallegationsYear: 2016 # NUMBER OF ALLEGATIONS IN 2016\n",
  );
  await writeFile(join(dir, "conventions.csv"), "country,name,palermo\nARG,Argentina,2002\nBRN,Brunei,—\n");
  await writeFile(join(dir, "staff.txt"), "STAFF\n\nJane Doe\n");
  await writeFile(join(dir, "templates", "appendix.hbs"), "<h1>{{title}}</h1>\n");
}

describe("scaffoldEdition on a tiny edition", () => {
  it("copies every file, moves the year, title and dates on, empties the release date, and keeps the rest byte for byte (the peacekeeping figures' year too: it goes with its figures)", async () => {
    const from = join(tmp, "2017");
    const to = join(tmp, "2018");
    await tinyEdition(from);
    const result = await scaffoldEdition({ fromDir: from, toDir: to, year: 2018 });

    expect(result.dir).toBe(to);
    expect(result.from).toBe(2017);
    expect(result.files).toEqual([
      "conventions.csv",
      "edition.yaml",
      "peacekeeping.yaml",
      "staff.txt",
      "templates/README.md",
    ]);
    expect(result.edits).toEqual([
      { file: "edition.yaml", line: 2, field: "year", before: 2017, after: 2018 },
      {
        file: "edition.yaml",
        line: 3,
        field: "title",
        before: "2017 Trafficking in Persons Report",
        after: "2018 Trafficking in Persons Report",
      },
      { file: "edition.yaml", line: 5, field: "published", before: "2017-06-27", after: "" },
      { file: "edition.yaml", line: 7, field: "reportingPeriod.start", before: "2016-04", after: "2017-04" },
      { file: "edition.yaml", line: 8, field: "reportingPeriod.end", before: "2017-03", after: "2018-03" },
    ]);
    expect(await readFile(join(to, "edition.yaml"), "utf8")).toBe(
      [
        "# The 2017 edition (test fixture).",
        "year: 2018",
        "title: 2018 Trafficking in Persons Report # as printed",
        PUBLISHED_COMMENT,
        'published: ""',
        "reportingPeriod:",
        "  start: 2017-04",
        "  end: 2018-03",
        "conventions:",
        "  intro: >-",
        "    Actions between April 2016 and March 2017.",
        "",
      ].join("\n"),
    );
    expect(await readFile(join(to, "peacekeeping.yaml"), "utf8")).toBe(
      "heading: PEACEKEEPING\nallegationsYear: 2016 # NUMBER OF ALLEGATIONS IN 2016\n",
    );
    expect(await readFile(join(to, "conventions.csv"), "utf8")).toBe(
      await readFile(join(from, "conventions.csv"), "utf8"),
    );
    expect(await readFile(join(to, "staff.txt"), "utf8")).toBe("STAFF\n\nJane Doe\n");
    expect(await readdir(join(to, "templates"))).toEqual(["README.md"]);
    expect(await readFile(join(to, "templates", "README.md"), "utf8")).toBe(templatesReadme(2018));
    expect(templatesReadme(2018)).toContain("override the shared templates");
  });

  it("lists the wording that still mentions the old years, and the templates left behind", async () => {
    const from = join(tmp, "2017");
    const to = join(tmp, "2018");
    await tinyEdition(from);
    const { review } = await scaffoldEdition({ fromDir: from, toDir: to, year: 2018 });
    expect(review.map((i) => [i.file, i.line, i.column, i.rule, i.severity])).toEqual([
      [join(to, "edition.yaml"), 1, 7, "review/previous-wording", "warning"],
      [join(to, "edition.yaml"), 11, 27, "review/previous-wording", "warning"],
      // The figures' year is kept, with its figures: flagged until the editor enters the new report's.
      [join(to, "peacekeeping.yaml"), 2, 18, "review/previous-wording", "warning"],
      [join(from, "templates", "appendix.hbs"), 1, 1, "scaffold/template-not-copied", "warning"],
    ]);
    expect(review[1]?.message).toBe(
      "still the 2017 edition's wording, mentioning 2016: Actions between April 2016 and March 2017.",
    );
  });

  it("moves the dates on by the years between the editions", async () => {
    const from = join(tmp, "2017");
    await tinyEdition(from);
    const { edits } = await scaffoldEdition({ fromDir: from, toDir: join(tmp, "2019"), year: 2019 });
    expect(edits.map((e) => [e.field, e.after])).toEqual([
      ["year", 2019],
      ["title", "2019 Trafficking in Persons Report"],
      ["published", ""],
      ["reportingPeriod.start", "2018-04"],
      ["reportingPeriod.end", "2019-03"],
    ]);
  });

  it("refuses to overwrite an existing folder, and leaves it as it was", async () => {
    const from = join(tmp, "2017");
    const to = join(tmp, "2018");
    await tinyEdition(from);
    await mkdir(to);
    await writeFile(join(to, "mine.txt"), "keep me");
    // A folder is not a place in a file: no file:line:col, but the rule, the cause and the fix.
    expect(await issuesOf(scaffoldEdition({ fromDir: from, toDir: to, year: 2018 }))).toMatchObject({
      name: "ScaffoldError",
      rule: "scaffold/target-exists",
      message: `${to} already exists`,
      hint: "choose a new folder, or move the existing one away first; it is never overwritten",
    });
    expect(await readdir(to)).toEqual(["mine.txt"]);
    expect((await readdir(tmp)).sort()).toEqual(["2017", "2018"]);
  });

  it("refuses a folder that is not an edition, and a year that does not come after", async () => {
    const from = join(tmp, "2017");
    await tinyEdition(from);
    expect(
      await issuesOf(scaffoldEdition({ fromDir: join(tmp, "nowhere"), toDir: join(tmp, "2018"), year: 2018 })),
    ).toMatchObject({
      name: "ScaffoldError",
      rule: "scaffold/source-missing",
    });
    // The year that it must come after is a line of the previous edition.yaml: the issue points there.
    const yearLine =
      (await readFile(join(from, "edition.yaml"), "utf8")).split("\n").findIndex((l) => l.startsWith("year:")) + 1;
    expect(await issuesOf(scaffoldEdition({ fromDir: from, toDir: join(tmp, "2016"), year: 2016 }))).toMatchObject([
      {
        file: join(from, "edition.yaml"),
        line: yearLine,
        column: 7,
        rule: "scaffold/year",
        message: "2016 does not come after the previous edition, 2017",
      },
    ]);
    expect(await issuesOf(scaffoldEdition({ fromDir: from, toDir: join(tmp, "x"), year: 18 }))).toMatchObject({
      name: "ScaffoldError",
      rule: "scaffold/year",
    });
    expect((await readdir(tmp)).sort()).toEqual(["2017"]);
  });

  it("writes nothing when the previous edition's YAML cannot be read", async () => {
    const from = join(tmp, "2017");
    await tinyEdition(from);
    await writeFile(join(from, "edition.yaml"), "year: 2017\ntitle: [unclosed\n");
    expect(await issuesOf(scaffoldEdition({ fromDir: from, toDir: join(tmp, "2018"), year: 2018 }))).toMatchObject([
      { file: join(from, "edition.yaml"), rule: "scaffold/source-unreadable" },
    ]);
    expect((await readdir(tmp)).sort()).toEqual(["2017"]);
  });
});

describe("scaffoldEdition on a copy of the 2017 edition", () => {
  it("gives a 2018 folder that differs from 2017 only where the edition moves on, and loads without a format problem", async () => {
    const from = join(tmp, "2017");
    const to = join(tmp, "2018");
    await cp(EDITION_2017, from, { recursive: true });
    const result = await scaffoldEdition({ fromDir: from, toDir: to, year: 2018 });

    const copied = (await readdir(from, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) =>
        join(e.parentPath, e.name)
          .slice(from.length + 1)
          .split("\\")
          .join("/"),
      );
    expect(result.files).toEqual([...copied, "templates/README.md"].sort());
    expect((await readdir(tmp)).sort()).toEqual(["2017", "2018"]);

    for (const file of copied) {
      const before = await readFile(join(from, file), "utf8");
      const after = await readFile(join(to, file), "utf8");
      if (file === "edition.yaml") {
        // The 2017 release's citation gives way to a request for the 2018 one; the date itself is left empty.
        const expected = before
          .replace(/^(?:#[^\n]*\n)+(?=published:)/m, `${PUBLISHED_COMMENT}\n`)
          .replace("\nyear: 2017\n", "\nyear: 2018\n")
          .replace("\ntitle: 2017 Trafficking", "\ntitle: 2018 Trafficking")
          .replace("\npublished: 2017-06-27\n", '\npublished: ""\n')
          .replace("start: 2016-04\n", "start: 2017-04\n")
          .replace("end: 2017-03\n", "end: 2018-03\n");
        expect(after).toBe(expected);
        expect(after).not.toMatch(/June 27, 2017/);
      } else {
        expect(after, file).toBe(before);
      }
    }

    // Only domain rules may object (the kept rows have no action in the new period), besides the release
    // date to fill in and the wording to review: no file, YAML or schema problem.
    const ruleNames = new Set([
      ...RULES.map((r) => r.name),
      "exception-unused",
      "edition/published-missing",
      "review/previous-wording",
    ]);
    const loaded = await loadEditionDetails(to);
    expect(loaded.result.issues.filter((i) => !ruleNames.has(i.rule))).toEqual([]);

    const old = await loadEditionDetails(from);
    const moved = structuredClone(old.raw) as Record<string, any>;
    moved.year = 2018;
    moved.title = "2018 Trafficking in Persons Report";
    moved.published = "";
    moved.reportingPeriod = { start: "2017-04", end: "2018-03" };
    expect(loaded.raw).toEqual(moved);

    // The table's intro still names the old period: the editor is asked to review that line.
    const introLine =
      readFileSync(join(to, "edition.yaml"), "utf8")
        .split("\n")
        .findIndex((l) => l.includes("between April 2016 and March 2017")) + 1;
    expect(introLine).toBeGreaterThan(0);
    const flagged = (issues: readonly Issue[]) =>
      issues
        .filter((i) => i.rule === "review/previous-wording")
        .map((i) => `${i.file.slice(i.file.lastIndexOf("2018/") + 5)}:${i.line}`);
    expect(flagged(result.review)).toContain(`edition.yaml:${introLine}`);
    // validate keeps flagging the same places the scaffold listed, until they are reviewed.
    expect(flagged(loaded.result.issues)).toEqual(flagged(result.review));
    expect(loaded.result.issues.filter((i) => i.rule === "edition/published-missing").map((i) => i.line)).toEqual([
      readFileSync(join(to, "edition.yaml"), "utf8").split("\n").indexOf('published: ""') + 1,
    ]);
  });
});
