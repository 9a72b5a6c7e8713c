/**
 * Hostile input and hostile places (issue 13, cases 3, 8, 9, 10, 11): files are read only when
 * they are regular files inside the edition, within a size limit, in UTF-8; what is printed is
 * safe on a terminal and bounded; no command writes over what it reads; and a failing disk is a
 * one-line user error that leaves nothing half-written.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cli, tempEditions } from "./support/in-process-cli.js";
import { repoRoot, stackFrames } from "./support/run-cli.js";
import { appendTo, copyEdition } from "./support/editions.js";
import { listFiles } from "./support/output.js";

const { root } = tempEditions();
const at = (...parts: string[]) => join(root, ...parts);
/** A fresh copy of the 2017 edition at editions/<name>. */
const edition = (name: string) => copyEdition(at("editions", name));
const lines = (text: string) => text.split("\n").filter(Boolean);

describe("reading: only regular files inside the edition (case 8)", () => {
  it("refuses a data file that is a link out of the edition, in validate, generate and edition new, never printing it", async () => {
    const dir = edition("linked");
    writeFileSync(at("secret.txt"), "root:x:0:0:SECRET\n");
    unlinkSync(join(dir, "staff.txt"));
    symlinkSync(at("secret.txt"), join(dir, "staff.txt"));
    const expected = `editions/linked/staff.txt:1:1  file/outside-edition  the file leads out of the edition's folder, to ${at("secret.txt")}`;
    for (const args of [["validate"], ["generate", "--out", "out-linked"]]) {
      const run = await cli([...args, "--data", "editions/linked"], root);
      expect(run.code).toBe(1);
      expect(lines(run.stderr)[0]).toBe(expected);
      expect(run.stderr).not.toContain("SECRET");
    }
    expect(existsSync(at("out-linked"))).toBe(false);
    mkdirSync(at("scaffold"));
    symlinkSync(dir, at("scaffold", "2017"));
    const scaffold = await cli(["edition", "new", "2018", "--from", "2017", "--data", "scaffold"], root);
    expect(scaffold.code).toBe(1);
    expect(lines(scaffold.stderr)[0]).toMatch(/^scaffold\/2017\/staff\.txt:1:1 {2}file\/outside-edition {2}/);
    expect(readdirSync(at("scaffold"))).toEqual(["2017"]);
  });

  it("refuses an edition whose templates folder is itself a link out of the edition, in generate and diff", async () => {
    const dir = edition("linked-templates-folder");
    mkdirSync(at("elsewhere", "partials"), { recursive: true });
    writeFileSync(at("elsewhere", "brief.hbs"), "<p>SECRET</p>");
    symlinkSync(at("elsewhere"), join(dir, "templates"));
    const message = `report-gen: editions/linked-templates-folder/templates leads out of the edition's folder, to ${at("elsewhere")}`;
    for (const args of [
      ["generate", "--data", "editions/linked-templates-folder", "--out", "out-folder", "--country", "ARG"],
      [
        "diff",
        "editions/linked-templates-folder",
        "editions/linked-templates-folder",
        "--format",
        "pdf",
        "--out",
        "changes.pdf",
      ],
    ]) {
      const run = await cli(args, root);
      expect(run.code).toBe(1);
      expect(lines(run.stderr)[0]).toBe(message);
      expect(run.stderr).not.toContain("SECRET");
    }
    expect(listFiles(at("out-folder"))).toEqual([]);
    expect(existsSync(at("changes.pdf"))).toBe(false);
  });

  it("refuses a template or partial that is a link out of its templates folder", async () => {
    const dir = edition("linked-template");
    writeFileSync(at("outside.hbs"), "<p>SECRET</p>");
    mkdirSync(join(dir, "templates", "partials"), { recursive: true });
    symlinkSync(at("outside.hbs"), join(dir, "templates", "brief.hbs"));
    symlinkSync(at("outside.hbs"), join(dir, "templates", "partials", "tier.hbs"));
    const run = await cli(
      ["generate", "--data", "editions/linked-template", "--out", "out-template", "--country", "ARG"],
      root,
    );
    expect(run.code).toBe(1);
    expect(lines(run.stderr).filter((l) => l.includes("template/file"))).toEqual([
      `editions/linked-template/templates/brief.hbs:1:1  template/file  the template leads out of its templates folder, to ${at("outside.hbs")}`,
      `editions/linked-template/templates/partials/tier.hbs:1:1  template/file  the template leads out of its templates folder, to ${at("outside.hbs")}`,
    ]);
    expect(listFiles(at("out-template"))).toEqual([]);
  });

  it("refuses a FIFO in place of a data file at once, in validate and generate, instead of hanging", async () => {
    const dir = edition("fifo");
    unlinkSync(join(dir, "conventions.csv"));
    execFileSync("mkfifo", [join(dir, "conventions.csv")]);
    for (const args of [["validate"], ["generate", "--out", "out-fifo"]]) {
      const run = await cli([...args, "--data", "editions/fifo"], root);
      expect(run.code).toBe(1);
      expect(lines(run.stderr)[0]).toBe(
        "editions/fifo/conventions.csv:1:1  file/not-a-file  the file is a named pipe (FIFO), not a regular file",
      );
    }
  }, 20_000);
});

describe("size: bounded input, bounded output (case 9)", () => {
  it("refuses a data file over 1 MB in one line, at once", async () => {
    const dir = edition("huge");
    const csv = readFileSync(join(dir, "conventions.csv"), "utf8");
    const rows = csv.split("\n").slice(1).filter(Boolean).join("\n");
    writeFileSync(join(dir, "conventions.csv"), csv + `${rows}\n`.repeat(Math.ceil((1100 * 1024) / rows.length)));
    const run = await cli(["validate", "--data", "editions/huge"], root);
    expect(run.code).toBe(1);
    expect(lines(run.stderr)[0]).toMatch(
      /^editions\/huge\/conventions\.csv:1:1 {2}file\/too-large {2}the file is \d+ KB, more than the 1024 KB a file may hold$/,
    );
  });

  it("prints the first 100 problems and counts the rest", async () => {
    const dir = edition("many");
    const csv = readFileSync(join(dir, "conventions.csv"), "utf8");
    const rows = csv.split("\n").slice(1).filter(Boolean);
    appendTo(
      join(dir, "conventions.csv"),
      `${Array.from({ length: 150 }, (_, i) => rows[i % rows.length]).join("\n")}\n`,
    );
    const run = await cli(["validate", "--data", "editions/many"], root);
    expect(run.code).toBe(1);
    const problems = lines(run.stderr).filter((l) => /^editions\/many\/conventions\.csv:\d+:\d+ {2}/.test(l));
    expect(problems).toHaveLength(100);
    expect(lines(run.stderr).slice(-2)).toEqual([
      "… and 50 more (the first 100 are shown; fix those and run again)",
      "150 errors",
    ]);
  });

  it("cuts a long quoted value in a message to a readable length, saying how long it was", async () => {
    const dir = edition("long-cell");
    const csv = readFileSync(join(dir, "conventions.csv"), "utf8");
    writeFileSync(
      join(dir, "conventions.csv"),
      csv.replace("BRN,Brunei,—,2006(a),", `BRN,Brunei,—,${"9".repeat(200_000)},`),
    );
    const run = await cli(["validate", "--data", "editions/long-cell"], root);
    expect(run.code).toBe(1);
    const [line] = lines(run.stderr);
    expect(line).toBe(
      `editions/long-cell/conventions.csv:3:14  conventions/notation  "${"9".repeat(60)}… (200000 characters)" is not in the published notation`,
    );
    expect(Math.max(...run.stderr.split("\n").map((l) => l.length))).toBeLessThan(500);
  });
});

describe("terminal safety (case 10)", () => {
  it("shows control characters and escape sequences from the data escaped, never raw", async () => {
    const dir = edition("escape");
    const csv = readFileSync(join(dir, "conventions.csv"), "utf8");
    writeFileSync(
      join(dir, "conventions.csv"),
      csv.replace("ARG,Argentina,", "ARG,Argentina\u001b[2J\u001b]0;pwned\u0007\u009b31m\u202e,"),
    );
    const run = await cli(["validate", "--data", "editions/escape"], root);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      '"Argentina\\x1b[2J\\x1b]0;pwned\\x07\\x9b31m\\u202e" is not a spelling of ARG (Argentina)',
    );
    expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
  });

  it("names a UTF-16 file as UTF-16, and a binary file's bytes as not UTF-8, in one line each", async () => {
    const dir = edition("encodings");
    writeFileSync(
      join(dir, "glossary.yaml"),
      Buffer.from(`\ufeff${readFileSync(join(dir, "glossary.yaml"), "utf8")}`, "utf16le"),
    );
    writeFileSync(join(dir, "staff.txt"), Buffer.from([0x4a, 0x6f, 0xe9, 0x1b, 0x5b, 0x33, 0x31, 0x6d, 0x0a]));
    const run = await cli(["validate", "--data", "editions/encodings"], root);
    expect(run.code).toBe(1);
    expect(lines(run.stderr)).toEqual([
      "editions/encodings/glossary.yaml:1:1  file/utf-16  the file is UTF-16 text",
      "    hint: save it as UTF-8 (in most editors: Save As, encoding UTF-8)",
      "editions/encodings/staff.txt:1:3  file/encoding  the file is not UTF-8: the byte \\xe9 is not UTF-8 text",
      "    hint: save it as UTF-8 (in most editors: Save As, encoding UTF-8)",
      "2 errors",
    ]);
  });
});

describe("no command writes over what it reads (case 3)", () => {
  it("refuses diff --out naming a file of either edition, or a link into one, and leaves it as it was", async () => {
    const dir = edition("2016");
    const glossary = readFileSync(join(dir, "glossary.yaml"));
    symlinkSync(join(dir, "glossary.yaml"), at("innocent.md"));
    for (const target of ["editions/2016/glossary.yaml", "innocent.md", "editions/2017/new.md"]) {
      const run = await cli(["diff", "editions/2016", "editions/2017", "--out", target], root);
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).toMatch(
        /^report-gen: --out \S+ would write over .*, which this command reads\n {2}hint: write the diff outside the editions and the templates\n$/,
      );
    }
    const pdf = await cli(
      ["diff", "editions/2016", "editions/2017", "--format", "pdf", "--out", "editions/2017/changes.pdf"],
      root,
    );
    expect(pdf.code).toBe(1);
    expect(readFileSync(join(dir, "glossary.yaml")).equals(glossary)).toBe(true);
    expect(existsSync(at("editions", "2017", "new.md")) || existsSync(at("editions", "2017", "changes.pdf"))).toBe(
      false,
    );
  });

  it("refuses diff --out that is a folder, or /, in one line", async () => {
    for (const target of [".", "/", "editions"]) {
      const run = await cli(["diff", "editions/2017", "editions/2017", "--out", target], root);
      expect(run).toEqual({
        code: 1,
        stdout: "",
        stderr: `report-gen: --out ${target} is a folder\n  hint: give --out the name of a file to write, e.g. --out changes.md\n`,
      });
    }
  });

  it("refuses import-table of the edition's own conventions.csv", async () => {
    const run = await cli(["import-table", "editions/2017/conventions.csv", "--data", "editions/2017"], root);
    expect(run.code).toBe(1);
    expect(lines(run.stderr)[0]).toBe(
      "report-gen: editions/2017/conventions.csv is the edition's own convention table",
    );
  });
});

/**
 * A real read-only mount and a real full disk (a 64 KB tmpfs), where this machine lets the test
 * mount them (root on Linux); elsewhere these tests are skipped and the fs-layer unit tests
 * (src/output/atomic.test.ts, src/cli/environment.test.ts) stand for them.
 */
const mounts: string[] = [];
function mount(args: string[], dir: string): boolean {
  try {
    mkdirSync(dir, { recursive: true });
    execFileSync("mount", [...args, dir], { stdio: "ignore" });
    mounts.push(dir);
    return true;
  } catch {
    return false;
  }
}
const readOnly = at("read-only");
const full = at("full");
mkdirSync(readOnly, { recursive: true });
const mounted =
  process.platform === "linux" &&
  mount(["-t", "tmpfs", "-o", "size=64k", "tmpfs"], full) &&
  mount(["--bind", readOnly], readOnly) &&
  (() => {
    try {
      execFileSync("mount", ["-o", "remount,bind,ro", readOnly], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  })();
afterAll(() => {
  for (const dir of mounts.reverse()) execFileSync("umount", [dir], { stdio: "ignore" });
});

describe.skipIf(!mounted)(
  "the environment fails: one line, exit 1, nothing half-written (case 11; needs mount, else skipped)",
  () => {
    it("generate into a read-only folder names it and says read-only", async () => {
      // An edition folder of its own: another test leaves an earlier edition (2016) beside editions/2017,
      // whose wording would leave 2017's unreviewed.
      copyEdition(at("alone", "2017"));
      const run = await cli(["generate", "--data", "alone/2017", "--out", "read-only/out", "--country", "ARG"], root);
      expect(run).toMatchObject({ code: 1, stdout: "" });
      expect(stackFrames(run.stderr)).toEqual([]);
      expect(lines(run.stderr)[0]).toMatch(
        /^report-gen: cannot write .*read-only\/out: the disk is read-only \(EROFS\)$/,
      );
    });

    it("edition new and import-table on a full disk name the path and the cause, and leave no partial file", async () => {
      const editions = join(full, "editions");
      copyEdition(join(editions, "2017"));
      writeFileSync(join(full, "filler"), Buffer.alloc(0));
      // Fill what is left, so that nothing more fits.
      try {
        execFileSync("dd", ["if=/dev/zero", `of=${join(full, "filler")}`, "bs=1k", "count=1000"], { stdio: "ignore" });
      } catch {
        // dd stops, failing, when the disk is full: that is the point
      }
      const before = listFiles(full);
      const scaffold = await cli(["edition", "new", "2018", "--from", "2017", "--data", "full/editions"], root);
      expect(scaffold).toMatchObject({ code: 1, stdout: "" });
      expect(lines(scaffold.stderr)[0]).toBe(
        "report-gen: cannot write full/editions/2018: no space left on the disk (ENOSPC)",
      );
      // The table as published, with one country's cell changed, so that there is something to write.
      const source = readFileSync(join(repoRoot, "packages/data/sources/tip-report-2017-appendix.txt"), "utf8").split(
        "\n",
      );
      const start = source.findIndex((l) => l.startsWith("Country\t"));
      const end = source.findIndex((l, i) => i > start && l.trim() === "");
      writeFileSync(at("pasted.tsv"), source.slice(start, end).join("\n").replace("\t2006(a)\t", "\t2007(a)\t"));
      const imported = await cli(["import-table", "pasted.tsv", "--data", "full/editions/2017"], root);
      expect(imported.code, imported.stderr).toBe(1);
      expect(lines(imported.stderr)[0]).toBe(
        "report-gen: cannot write full/editions/2017/conventions.csv: no space left on the disk (ENOSPC)",
      );
      expect(listFiles(full)).toEqual(before);
    });
  },
);
