/**
 * Characters the report cannot print (issue 13, case 7): letters no embedded font has (Arabic,
 * Hebrew, CJK, emoji, U+202E) and control characters (a NUL byte, BEL) are reported by `validate`
 * at the file, line and column of the character, and `generate` refuses the edition, writing
 * nothing. Each edition is a copy of 2017 with such characters edited in.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { replaceIn } from "./support/editions.js";
import { cli, tempEditions } from "./support/in-process-cli.js";
import { listFiles } from "./support/output.js";
import type { CliRun } from "./support/run-cli.js";

let root: string;
let validate: CliRun;
let generate: CliRun;

beforeAll(async () => {
  const made = tempEditions();
  root = made.root;
  const e = made.edition;
  replaceIn(
    join(e, "glossary.yaml"),
    "definition: European Police Office",
    "definition: European Police Office (الشرطة)",
  );
  replaceIn(join(e, "staff.txt"), "Tom Babington", "Tom Babington \u05d0\u05d1");
  replaceIn(
    join(e, "organizations.yaml"),
    "name: Commonwealth of Independent States",
    "name: Commonwealth of Independent States 中文",
  );
  replaceIn(join(e, "closing-note.md"), "must rise to this challenge.", "must rise to this challenge. 😀");
  replaceIn(join(e, "staff.txt"), "Julia F. Anderson", "Julia F.\u0000 Anderson");
  // Written as YAML escapes: the characters are not in the file as such, so the value's place is given.
  replaceIn(join(e, "glossary.yaml"), "definition: European Union", 'definition: "European \\u202E Union \\x07"');
  validate = await cli(["validate", "--data", "editions/2017"], root);
  generate = await cli(["generate", "--data", "editions/2017", "--out", "out"], root);
});

const errorLines = (run: CliRun): string[] => run.stderr.split("\n").filter((line) => /^\S+:\d+:\d+ {2}/.test(line));

describe("validate: every character the report cannot print, where it is", () => {
  it("reports each at its file, line and column with the rule, and exits 1", () => {
    expect(validate.code).toBe(1);
    expect(errorLines(validate)).toEqual([
      'editions/2017/closing-note.md:13:783  text/undrawable-character  character U+1F600 "😀" in closingNote.paragraphs[5]: the report\'s fonts cannot draw it, so it would print as empty boxes',
      "editions/2017/glossary.yaml:10:17  text/control-character  character U+0007 in glossary.entries[3].definition: the PDF would drop it",
      "editions/2017/glossary.yaml:10:17  text/undrawable-character  character U+202E in glossary.entries[3].definition: the report's fonts cannot draw it, so it would print as empty boxes",
      'editions/2017/glossary.yaml:12:41  text/undrawable-character  6 characters U+0627 "ا", U+0644 "ل", U+0634 "ش", U+0631 "ر", U+0637 "ط" and 1 more in glossary.entries[4].definition: the report\'s fonts cannot draw them, so they would print as empty boxes',
      'editions/2017/organizations.yaml:100:46  text/undrawable-character  2 characters U+4E2D "中", U+6587 "文" in organizations.organizations[4].name: the report\'s fonts cannot draw them, so they would print as empty boxes',
      "editions/2017/staff.txt:4:9  text/control-character  character U+0000 in staff.names[1]: the PDF would drop it",
      'editions/2017/staff.txt:5:15  text/undrawable-character  2 characters U+05D0 "א", U+05D1 "ב" in staff.names[2]: the report\'s fonts cannot draw them, so they would print as empty boxes',
    ]);
  });

  it("says how to fix each kind", () => {
    expect(validate.stderr).toContain(
      "hint: the fonts (Roboto, in packages/pdf-engine/assets/fonts) draw Latin, Greek and Cyrillic letters",
    );
    expect(validate.stderr).toContain("hint: delete it (it is invisible in most editors");
  });

  it("never echoes a control or direction-changing character itself", () => {
    expect(validate.stderr).not.toMatch(/[\u0000\u0007\u202e]/);
  });

  it("generate refuses the same edition with the same errors, writing nothing", () => {
    expect(generate.code).toBe(1);
    expect(errorLines(generate)).toEqual(errorLines(validate));
    expect(listFiles(join(root, "out"))).toEqual([]);
  });

  it("the shipped edition's letters (Côte d'Ivoire, Curaçao, Türkiye, dashes, curly quotes) all pass", async () => {
    const { root: clean, edition } = tempEditions();
    replaceIn(join(edition, "staff.txt"), "Tom Babington", "Tom Babington — Curaçao, Türkiye, “Ελλάδα”, Россия");
    const run = await cli(["validate", "--data", "editions/2017"], clean);
    expect(run, run.stderr).toMatchObject({ code: 0, stderr: "" });
  });
});
