// The editors' review step followed exactly as the terminal prints it, year after year: the 2017
// edition as shipped, then a next edition and the one after it, each made by `edition new` from the
// one before. Nothing here depends on which edition is newest: the years are the shipped 2017's
// successors, made in a temporary folder.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cli, tempEditions } from "./support/in-process-cli.js";

let root = "";
const yamlOf = (year: number) => join(root, `editions/${year}/edition.yaml`);

/** The `reviewed` entries the review warnings' hints tell the editor to add, exactly as printed. */
const hintedEntries = (stderr: string) =>
  stderr
    .split("\n")
    .filter((l) => l.startsWith("    hint: change it if it should now speak of "))
    .map((l) => {
      const at = l.indexOf('add the line to "reviewed" in edition.yaml: ');
      if (at < 0) throw new Error(`a review hint without its line to add: ${l}`);
      return l.slice(at + 'add the line to "reviewed" in edition.yaml: '.length);
    });

const reviewWarnings = (stderr: string) => stderr.split("\n").filter((l) => l.includes("review/previous-wording"));

/** The editor's review, as the guide says: the release date filled in with its source, each flagged line kept as the hint prints it. */
async function reviewAsHinted(year: number): Promise<{ flagged: number; after: Awaited<ReturnType<typeof cli>> }> {
  const file = yamlOf(year);
  writeFileSync(
    file,
    readFileSync(file, "utf8").replace(
      /^published: ""$/m,
      `published: ${year}-06-28 # test: an invented release date, cited inline as an editor may`,
    ),
  );
  const before = await cli(["validate", "--data", `editions/${year}`], root);
  const entries = hintedEntries(before.stderr);
  const text = readFileSync(file, "utf8");
  writeFileSync(
    file,
    /^reviewed:$/m.test(text)
      ? text.replace(/^reviewed:\n/m, `reviewed:\n${entries.map((e) => `  ${e}\n`).join("")}`)
      : `${text}\nreviewed:\n${entries.map((e) => `  ${e}`).join("\n")}\n`,
  );
  return { flagged: entries.length, after: await cli(["validate", "--data", `editions/${year}`], root) };
}

beforeAll(async () => {
  ({ root } = tempEditions());
});

describe("the review, done by pasting what the hints print", () => {
  it("clears every flagged place, long lines too (the terminal shortens long quoted lines)", async () => {
    const scaffolded = await cli(["edition", "new", "2018", "--from", "2017", "--data", "editions"], root);
    expect(scaffolded.code).toBe(0);
    const { flagged, after } = await reviewAsHinted(2018);
    expect(flagged).toBeGreaterThan(3);
    // (The rows copied from last year still fail validate: that is the table's import, not the review.)
    expect(reviewWarnings(after.stderr)).toEqual([]);
  });

  it("next year, flags neither last year's reviewed list nor carries the release date's citation over", async () => {
    const scaffolded = await cli(["edition", "new", "2019", "--from", "2018", "--data", "editions"], root);
    expect(scaffolded.code).toBe(0);
    const text = readFileSync(yamlOf(2019), "utf8");
    // The release date is empty again, with no citation of the year before's release beside it.
    expect(text).toMatch(/^published: ""$/m);
    expect(text).not.toContain("cited inline");

    const lines = text.split("\n");
    const start = lines.indexOf("reviewed:");
    expect(start).toBeGreaterThan(0);
    let end = start + 1;
    while (end < lines.length && /^\s+- /.test(lines[end] ?? "")) end++;
    const listLines = new Set(Array.from({ length: end - start }, (_, i) => start + 1 + i));
    const validated = await cli(["validate", "--data", "editions/2019"], root);
    const inList = reviewWarnings(validated.stderr).filter((l) => {
      const m = /^editions\/2019\/edition\.yaml:(\d+):/.exec(l);
      return m !== null && listLines.has(Number(m[1]));
    });
    expect(inList).toEqual([]);
    expect(
      reviewWarnings(scaffolded.stderr).filter((l) => {
        const m = /edition\.yaml:(\d+):/.exec(l);
        return m !== null && listLines.has(Number(m[1]));
      }),
    ).toEqual([]);

    // And that year's review, done the same way, clears too.
    const { after } = await reviewAsHinted(2019);
    expect(reviewWarnings(after.stderr)).toEqual([]);
  });
});
