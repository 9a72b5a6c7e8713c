import { execFileSync } from "node:child_process";
import { cp, mkdtemp, readFile, rename, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadEdition } from "../load/index.js";
import { scaffoldEdition } from "../scaffold/scaffold.js";
import { previousWording } from "./previous-wording.js";

const EDITION_2017 = fileURLToPath(new URL("../../editions/2017", import.meta.url));

describe("previousWording", () => {
  const check = (text: string, reviewed: string[] = []) =>
    previousWording({
      file: "notes.md",
      text,
      previous:
        "# Notes\n\nBetween April 2016 and March 2017.\nAdopted in 2000.\n  - url: https://example.org/2016/page\n",
      years: [2016, 2017],
      year: 2018,
      reviewed: new Set(reviewed),
    }).map((i) => `${i.line}:${i.column} ${i.rule}`);

  it("flags a line that is still word for word last year's and mentions one of its years", () => {
    expect(
      check(
        "# Notes\n\nBetween April 2016 and March 2017.\nAdopted in 2000.\n    - url: https://example.org/2016/page\n",
      ),
    ).toEqual(["3:15 review/previous-wording", "5:32 review/previous-wording"]);
  });

  it("lets a changed line go, and a line listed under reviewed (indentation aside)", () => {
    expect(
      check("# Notes\n\nBetween April 2017 and March 2018.\n  - url: https://example.org/2016/page\n", [
        "- url: https://example.org/2016/page",
      ]),
    ).toEqual([]);
  });

  it("takes a long line's reviewed entry as its beginning and an ellipsis, as the hint prints it", () => {
    const long = "Between April 2016 and March 2017, a line far longer than a terminal shows in one quoted value.";
    const flag = (reviewed: string[]) =>
      previousWording({
        file: "notes.md",
        text: `${long}\n`,
        previous: `${long}\n`,
        years: [2016, 2017],
        year: 2018,
        reviewed: new Set(reviewed),
      });
    const [issue] = flag([]);
    const entry = JSON.parse(issue!.hint!.split("edition.yaml: - ")[1]!) as string;
    expect(entry).toBe("Between April 2016 and March 2017, a line far longer than a terminal sh…");
    expect(flag([entry])).toEqual([]);
    // The beginning keeps only the lines it begins.
    expect(check("# Notes\n\nBetween April 2016 and March 2017.\n", ["Between April 2016 and March 2017, a…"])).toEqual(
      ["3:15 review/previous-wording"],
    );
  });

  it("has nothing to say without a previous file", () => {
    expect(
      previousWording({
        file: "a.md",
        text: "In 2017.",
        previous: undefined,
        years: [2017],
        year: 2018,
        reviewed: new Set(),
      }),
    ).toEqual([]);
  });
});

describe("validate after the scaffold", () => {
  let tmp: string;
  beforeEach(async () => {
    tmp = await mkdtemp(join(tmpdir(), "tip-review-"));
    await cp(EDITION_2017, join(tmp, "2017"), { recursive: true });
    await scaffoldEdition({ fromDir: join(tmp, "2017"), toDir: join(tmp, "2018"), year: 2018 });
  });
  afterEach(() => rm(tmp, { recursive: true, force: true }));

  const flagged = async () =>
    (await loadEdition(join(tmp, "2018"), { relativeTo: tmp })).issues
      .filter((i) => i.rule === "review/previous-wording")
      .map((i) => `${i.file}:${i.line}`);

  it("keeps the places flagged until each is changed or listed under reviewed", async () => {
    const before = await flagged();
    expect(before).toContain("2018/edition.yaml:1");
    const edition = join(tmp, "2018", "edition.yaml");
    const text = await readFile(edition, "utf8");
    // Changing the text clears its flag; listing a line under `reviewed` clears that one.
    await writeFile(
      edition,
      `${text.replace("# The 2017 edition of the appendix", "# The 2018 edition of the appendix")}\nreviewed:\n  - "years: [ 2016 ]"\n`,
    );
    const after = await flagged();
    expect(after).not.toContain("2018/edition.yaml:1");
    expect(after).not.toContain("2018/organizations.yaml:142");
    expect(before.filter((p) => !after.includes(p))).toEqual(["2018/edition.yaml:1", "2018/organizations.yaml:142"]);
  });

  it("reads the previous edition as the loader reads any input: a named pipe or a link out of it is skipped, never waited on", async () => {
    const before = await flagged();
    expect(before).toContain("2018/organizations.yaml:142");
    expect(before).toContain("2018/edition.yaml:1");
    // The previous edition's organizations.yaml becomes a FIFO (a plain read would wait forever), its
    // edition.yaml a link to a copy outside its folder.
    await rm(join(tmp, "2017", "organizations.yaml"));
    execFileSync("mkfifo", [join(tmp, "2017", "organizations.yaml")]);
    const withFifo = await flagged();
    expect(withFifo.filter((p) => p.startsWith("2018/organizations.yaml"))).toEqual([]);
    expect(withFifo).toContain("2018/edition.yaml:1");
    await rename(join(tmp, "2017", "edition.yaml"), join(tmp, "edition-elsewhere.yaml"));
    await symlink(join(tmp, "edition-elsewhere.yaml"), join(tmp, "2017", "edition.yaml"));
    expect(await flagged()).toEqual([]);
  });

  it("says the release date is empty, as one problem at its line", async () => {
    const result = await loadEdition(join(tmp, "2018"), { relativeTo: tmp });
    const published = result.issues.filter((i) => i.file === "2018/edition.yaml" && i.line === 9);
    expect(published.map((i) => [i.rule, i.message])).toEqual([
      ["edition/published-missing", "published is empty: the edition's release date is not filled in yet"],
    ]);
  });
});
