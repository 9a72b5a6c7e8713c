// The loader reports every problem at once, each at the file, line and column an editor must fix.
import { cp, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { formatIssue } from "@tip/domain";
import { afterEach, describe, expect, it } from "vitest";
import { loadEdition, writeConventionTable } from "../src/load/index.js";
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
    expect(result.issues[0]!.message).toBe('"staff" belongs in staff.txt, not in edition.yaml');
    expect(result.issues[0]!.hint).toBe("move it to staff.txt");
  });

  it("reports a CSV column that edition.yaml does not list, at its header cell", async () => {
    const copy = await edition();
    await copy.edit("edition.yaml", (t) => t.replace(/ {4}- instrument: c189\n( {6}.*\n)+?(?= {2}footnotes:)/, ""));
    const result = await copy.load();
    expect(where(result.issues)).toContain("2017/conventions.csv:1:52 conventions/unlisted-column");
    const unlisted = result.issues.find((i) => i.rule === "conventions/unlisted-column")!;
    expect(unlisted.message).toBe('the column "c189" is not among the columns in edition.yaml');
    expect(unlisted.hint).toBe('list "c189" under conventions.columns in edition.yaml, or remove the column');
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
    expect(result.ok && Object.keys(result.edition)).not.toContain("memberships");
  });

  it("does not throw for a folder that does not exist", async () => {
    const result = await loadEdition("/nonexistent/editions/2099", { relativeTo: "/nonexistent" });
    expect(result.ok).toBe(false);
    expect(where(result.issues)).toEqual(["editions/2099:1:1 file/missing"]);
    expect(result.issues[0]!.hint).toBe(
      "give the folder that holds edition.yaml, conventions.csv and the other edition files",
    );
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

/** The 1-based number of the first line that is exactly `line`. */
const lineOf = (text: string, line: string) => text.split("\n").indexOf(line) + 1;

describe("what edition.yaml must not hold, and what it must agree with", () => {
  it("reports rows written in edition.yaml, at their key, and still reads the rows from conventions.csv", async () => {
    const copy = await edition();
    await copy.edit("edition.yaml", (t) => t.replace("  footnotes:\n", "  rows: []\n  footnotes:\n"));
    const result = await copy.load();
    const text = await readFile(`${copy.dir}/edition.yaml`, "utf8");
    expect(where(result.issues)).toEqual([`2017/edition.yaml:${lineOf(text, "  rows: []")}:3 edition/misplaced-field`]);
    expect(result.issues[0]!.message).toBe('"conventions.rows" belongs in conventions.csv, not in edition.yaml');
    expect(result.issues[0]!.hint).toBe("move the rows to conventions.csv");
  });

  it("reports memberships written in edition.yaml", async () => {
    const copy = await edition();
    await copy.edit("edition.yaml", (t) => `${t}memberships: {}\n`);
    const result = await copy.load();
    const text = await readFile(`${copy.dir}/edition.yaml`, "utf8");
    expect(where(result.issues)).toEqual([
      `2017/edition.yaml:${lineOf(text, "memberships: {}")}:1 edition/misplaced-field`,
    ]);
    expect(result.issues[0]!.message).toBe('"memberships" belongs in memberships.yaml, not in edition.yaml');
    expect(result.issues[0]!.hint).toBe("move it to memberships.yaml");
  });

  it("reports a column edition.yaml lists that conventions.csv lacks, at the instrument in edition.yaml", async () => {
    const copy = await edition();
    await copy.edit("conventions.csv", (t) =>
      t
        .split("\n")
        .map((l) => l.replace(/,[^,]*$/, ""))
        .join("\n"),
    );
    const result = await copy.load();
    const text = await readFile(`${copy.dir}/edition.yaml`, "utf8");
    // Each row then also has a cell fewer than the columns (the domain's cells-match-columns).
    const columnIssues = result.issues.filter((i) => i.rule.startsWith("conventions/"));
    expect(where(columnIssues)).toEqual([
      `2017/edition.yaml:${lineOf(text, "    - instrument: c189")}:19 conventions/missing-column`,
    ]);
    expect(columnIssues[0]!.message).toBe('conventions.csv has no column "c189", which edition.yaml lists');
  });

  it("reports only the syntax error of a broken edition.yaml, not the columns it could not list", async () => {
    const copy = await edition();
    await copy.edit("edition.yaml", (t) => t.replace("year: 2017\n", 'year: 2017\ntitle2: "open\n'));
    const result = await copy.load();
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.rule).filter((r) => r.startsWith("conventions/"))).toEqual([]);
    expect(result.issues.every((i) => i.file === "2017/edition.yaml" && i.rule.startsWith("yaml/"))).toBe(true);
  });

  it("reports an empty release date once, as not filled in yet, where the date goes", async () => {
    const copy = await edition();
    await copy.edit("edition.yaml", (t) => t.replace("published: 2017-06-27\n", "published:\n"));
    const result = await copy.load();
    const text = await readFile(`${copy.dir}/edition.yaml`, "utf8");
    expect(where(result.issues)).toEqual([
      `2017/edition.yaml:${lineOf(text, "published:")}:11 edition/published-missing`,
    ]);
  });

  it("reports a memberships.yaml that cannot be read, or not parsed, by that alone", async () => {
    const unreadable = await edition();
    await rm(`${unreadable.dir}/memberships.yaml`);
    await mkdir(`${unreadable.dir}/memberships.yaml`);
    expect(where((await unreadable.load()).issues)).toEqual(["2017/memberships.yaml:1:1 file/not-a-file"]);

    const broken = await edition();
    await broken.edit("memberships.yaml", (t) => `${t}  - country: "open\n`);
    const issues = (await broken.load()).issues;
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.file === "2017/memberships.yaml" && i.rule.startsWith("yaml/"))).toBe(true);
  });
});

describe("how files are named in issues", () => {
  it("relative to the working directory by default, or absolute when the folder lies outside it", async () => {
    const outside = "/nonexistent/editions/2099";
    expect(where((await loadEdition(outside)).issues)).toEqual([`${outside}:1:1 file/missing`]);
    const inside = join(process.cwd(), "no-such-edition");
    expect(where((await loadEdition(inside)).issues)).toEqual(["no-such-edition:1:1 file/missing"]);
    expect(where((await loadEdition(inside, { label: (p) => `<${p.length}>` })).issues)).toEqual([
      `<${inside.length}>:1:1 file/missing`,
    ]);
  });

  it.skipIf(process.platform === "win32")(
    "keeps a backslash in a folder's name (POSIX), as the folder is spelt",
    async () => {
      const inside = join(process.cwd(), "editions\\draft", "2099");
      expect(where((await loadEdition(inside)).issues)).toEqual(["editions\\draft/2099:1:1 file/missing"]);
    },
  );
});

describe("writeConventionTable", () => {
  it("writes conventions.csv whole and leaves no temporary file; into a missing folder it throws, naming the file", async () => {
    const copy = await edition();
    const loaded = await copy.load();
    if (!loaded.ok) throw new Error("the copy does not load");
    const before = await readFile(`${copy.dir}/conventions.csv`, "utf8");
    await rm(`${copy.dir}/conventions.csv`);
    expect(await writeConventionTable(copy.dir, loaded.edition.conventions)).toBe(join(copy.dir, "conventions.csv"));
    expect(await readFile(`${copy.dir}/conventions.csv`, "utf8")).toBe(before);
    expect((await readdir(copy.dir)).filter((f) => f.includes(".tmp"))).toEqual([]);

    const missing = join(copy.dir, "no-such-folder");
    await expect(writeConventionTable(missing, loaded.edition.conventions)).rejects.toMatchObject({
      code: "ENOENT",
      syscall: "write",
      path: join(missing, "conventions.csv"),
    });
  });
});

describe("the loader's other refusals and choices", () => {
  it("says a file given for the edition's folder is not an edition folder", async () => {
    const copy = await edition();
    const result = await loadEdition(join(copy.dir, "edition.yaml"), { relativeTo: join(copy.dir, "..") });
    expect(where(result.issues)).toEqual(["2017/edition.yaml:1:1 file/missing"]);
    expect(result.issues[0]!.message).toBe("2017/edition.yaml is not an edition folder");
  });

  it("names the folder itself by its full path when issues are relative to it", async () => {
    const dir = "/nonexistent/editions/2099";
    expect(where((await loadEdition(dir, { relativeTo: dir })).issues)).toEqual([`${dir}:1:1 file/missing`]);
  });

  it("reports a conventions entry that is no mapping as that, not as its missing fields", async () => {
    const copy = await edition();
    await copy.edit("edition.yaml", (t) => t.replace(/^conventions:\n( {2}.*\n|\s*#.*\n)*/m, "conventions: none\n"));
    const result = await copy.load();
    const text = await readFile(`${copy.dir}/edition.yaml`, "utf8");
    expect(where(result.issues)).toEqual([
      `2017/edition.yaml:${lineOf(text, "conventions: none")}:14 schema/invalid_type`,
    ]);
  });

  it("reports a row with a field too many by its field count alone, and the next row's problems still", async () => {
    const copy = await edition();
    await copy.edit("conventions.csv", (t) =>
      t.replace("BRN,Brunei,", "BRN,Brunei,2001,").replace("CYP,Cyprus,", "QQQ,Cyprus,"),
    );
    const result = await copy.load();
    // Reported at the first field the header has no column for.
    const brunei = (await readFile(`${copy.dir}/conventions.csv`, "utf8")).split("\n")[2]!;
    const extra = brunei.split(",").slice(0, 10).join(",").length + 2;
    expect(where(result.issues)).toEqual([
      `2017/conventions.csv:3:${extra} csv/field-count`,
      "2017/conventions.csv:4:1 known-country",
    ]);
  });

  it("warns of the previous edition's wording left in the next one, unless told not to review; a reviewed line is not warned of", async () => {
    const copy = await edition();
    const next = join(copy.dir, "..", "2018");
    await cp(copy.dir, next, { recursive: true });
    await writeFile(
      join(next, "edition.yaml"),
      `${(await readFile(join(next, "edition.yaml"), "utf8")).replace("year: 2017", "year: 2018")}reviewed:\n  - "title: 2017 Trafficking in Persons Report"\n`,
    );
    const relativeTo = join(copy.dir, "..");
    const reviewed = await loadEdition(next, { relativeTo });
    const warnings = reviewed.issues.filter((i) => i.rule === "review/previous-wording");
    expect(reviewed.ok).toBe(true);
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.every((w) => w.severity === "warning" && w.file.startsWith("2018/"))).toBe(true);
    expect(warnings.some((w) => w.message.includes("title: 2017 Trafficking in Persons Report"))).toBe(false);
    expect((await loadEdition(next, { relativeTo, review: false })).issues).toEqual([]);
  });
});

describe("each file's problems in that file", () => {
  it("places a shape problem of the organizations, the closing note and the staff list in their own files", async () => {
    const copy = await edition();
    await copy.edit("organizations.yaml", (t) => t.replace("\nheading: MULTILATERAL", "\nheadline: MULTILATERAL"));
    await copy.edit("closing-note.md", (t) => `${t.split("\n")[0]}\n`);
    await copy.edit("staff.txt", (t) => `${t.split("\n")[0]}\n`);
    const result = await copy.load();
    expect(where(result.issues)).toEqual([
      "2017/closing-note.md:1:1 schema/too_small",
      "2017/organizations.yaml:2:1 schema/invalid_type",
      "2017/organizations.yaml:2:1 schema/unrecognized_keys",
      "2017/staff.txt:1:1 schema/too_small",
    ]);
  });
});

describe("a broken edition.yaml is reported with the other files' problems, never thrown", () => {
  it("an edition.yaml of comments only: its fields are missing, and nothing throws", async () => {
    const copy = await edition();
    await copy.edit("edition.yaml", () => "# to be filled in\n");
    const result = await copy.load();
    expect(result.ok).toBe(false);
    expect(result.issues.filter((i) => i.rule === "schema/invalid_type").map((i) => i.message)).toContain(
      "Invalid input: expected number, received undefined at year",
    );
  });

  it("conventions left out of edition.yaml: each of its fields is named as missing (its rows are in conventions.csv)", async () => {
    const copy = await edition();
    await copy.edit("edition.yaml", (t) => t.replace(/^conventions:\n( {2}.*\n|\s*#.*\n)*/m, ""));
    const result = await copy.load();
    expect(result.issues.map((i) => `${i.line}:${i.column} ${i.message.replace(/.* at /, "")}`)).toEqual(
      ["columns", "footnotes", "countryHeading", "heading", "intro"].map((field) => `6:1 conventions.${field}`),
    );
  });

  it("columns that are no list, or entries that are no column, are reported by the schema alone", async () => {
    const notAList = await edition();
    await notAList.edit("edition.yaml", (t) =>
      t.replace(/^ {2}columns:\n( {4}.*\n|\s*#.*\n)*/m, "  columns: palermo\n"),
    );
    const text = await readFile(`${notAList.dir}/edition.yaml`, "utf8");
    expect(where((await notAList.load()).issues)).toEqual([
      `2017/edition.yaml:${lineOf(text, "  columns: palermo")}:12 schema/invalid_type`,
    ]);

    // An entry that is a word, one that is empty, and one whose instrument is a number, before the real ones:
    // no column named "undefined" or "29" is looked for in conventions.csv.
    const entries = await edition();
    await entries.edit("edition.yaml", (t) =>
      t.replace(
        "    - instrument: palermo\n",
        "    - palermo\n    -\n    - instrument: 29\n    - instrument: palermo\n",
      ),
    );
    const issues = (await entries.load()).issues;
    expect(issues.every((i) => i.file === "2017/edition.yaml" && i.rule.startsWith("schema/"))).toBe(true);
    expect(issues.map((i) => i.message.replace(/ at .*/, "")).sort()).toEqual(
      [
        "Invalid input: expected object, received string",
        "Invalid input: expected object, received null",
        "Invalid input: expected string, received undefined",
        "Invalid input: expected string, received undefined",
        expect.stringMatching(/^Invalid option: expected one of "palermo"/),
      ].sort(),
    );
  });

  it("reports a column conventions.csv lacks at its own entry, after entries that are no column", async () => {
    const copy = await edition();
    await copy.edit("edition.yaml", (t) =>
      t.replace("    - instrument: palermo\n", "    - palermo\n    - instrument: palermo\n"),
    );
    await copy.edit("conventions.csv", (t) =>
      t
        .split("\n")
        .map((l) => l.replace(/,[^,]*$/, ""))
        .join("\n"),
    );
    const text = await readFile(`${copy.dir}/edition.yaml`, "utf8");
    const missing = (await copy.load()).issues.filter((i) => i.rule === "conventions/missing-column");
    expect(where(missing)).toEqual([
      `2017/edition.yaml:${lineOf(text, "    - instrument: c189")}:19 conventions/missing-column`,
    ]);
    expect(missing[0]!.hint).toBe('add a "c189" column to conventions.csv, or remove the column from edition.yaml');
  });

  it("files that are missing do not hide edition.yaml's problems, nor each other", async () => {
    const copy = await edition();
    for (const file of ["conventions.csv", "closing-note.md", "staff.txt"]) await rm(join(copy.dir, file));
    await copy.edit("edition.yaml", (t) => t.replace("title: 2017 Trafficking in Persons Report\n", ""));
    const result = await copy.load();
    expect(where(result.issues)).toEqual([
      "2017/closing-note.md:1:1 file/missing",
      "2017/conventions.csv:1:1 file/missing",
      "2017/edition.yaml:6:1 schema/invalid_type",
      "2017/staff.txt:1:1 file/missing",
    ]);
    expect(result.issues[0]!.hint).toBe(
      "an edition folder holds edition.yaml, conventions.csv, peacekeeping.yaml, organizations.yaml, glossary.yaml, photo-credits.yaml, closing-note.md, staff.txt",
    );
  });

  it("a quote left open in conventions.csv silences the rest of that file only, not its earlier lines or other files", async () => {
    const copy = await edition();
    await copy.edit("conventions.csv", (t) =>
      t.replace("ARG,Argentina,", "QQQ,Argentina,").replace("CYP,Cyprus,2003,", 'CYP,Cyprus,"2003,'),
    );
    await copy.replace("glossary.yaml", "unknown-field.glossary.yaml");
    expect(where((await copy.load()).issues)).toEqual([
      "2017/conventions.csv:2:1 known-country",
      "2017/conventions.csv:4:12 csv/unterminated-quote",
      "2017/glossary.yaml:5:5 schema/invalid_type",
      "2017/glossary.yaml:6:5 schema/unrecognized_keys",
    ]);
  });

  it("an empty release date hides only the other reports of that date, not the rest of the file or other files on its line", async () => {
    const copy = await edition();
    await copy.edit("edition.yaml", (t) =>
      t
        .replace("published: 2017-06-27\n", "published:\n")
        .replace(
          "title: 2017 Trafficking in Persons Report\n",
          "title: 2017 Trafficking in Persons Report\ntitel: x\n",
        ),
    );
    const text = await readFile(`${copy.dir}/edition.yaml`, "utf8");
    const published = lineOf(text, "published:");
    // A row of conventions.csv on the same line number as the date, with an unknown country code.
    await copy.edit("conventions.csv", (t) =>
      t
        .split("\n")
        .map((l, i) => (i === published - 1 ? l.replace(/^[A-Z]{3},/, "QQQ,") : l))
        .join("\n"),
    );
    expect(where((await copy.load()).issues)).toEqual([
      `2017/conventions.csv:${published}:1 known-country`,
      `2017/edition.yaml:${lineOf(text, "titel: x")}:1 schema/unrecognized_keys`,
      `2017/edition.yaml:${published}:11 edition/published-missing`,
    ]);
  });

  it("a year that is no whole number is reported, and no previous edition's wording is looked for", async () => {
    const copy = await edition();
    await cp(copy.dir, join(copy.dir, "..", "2016"), { recursive: true });
    for (const year of ["2017.5", "", '"2018"']) {
      await copy.edit("edition.yaml", (t) => t.replace(/^year:.*\n/m, `year: ${year}\n`.replace(": \n", ":\n")));
      const result = await copy.load();
      expect(result.issues.map((i) => i.rule)).toEqual(["schema/invalid_type"]);
    }
  });

  it("a reviewed line that is no text is reported, and the text ones still silence their lines", async () => {
    const copy = await edition();
    const next = join(copy.dir, "..", "2018");
    await cp(copy.dir, next, { recursive: true });
    await writeFile(
      join(next, "edition.yaml"),
      `${(await readFile(join(next, "edition.yaml"), "utf8")).replace("year: 2017", "year: 2018")}reviewed:\n  - 2018\n  - "title: 2017 Trafficking in Persons Report"\n`,
    );
    const result = await loadEdition(next, { relativeTo: join(copy.dir, "..") });
    const errors = result.issues.filter((i) => i.severity === "error");
    expect(errors.map((i) => i.message)).toEqual(["Invalid input: expected string, received number at reviewed.0"]);
    const warnings = result.issues.filter((i) => i.rule === "review/previous-wording");
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.some((w) => w.message.includes("title: 2017 Trafficking in Persons Report"))).toBe(false);
  });
});
