/**
 * What an editor relies on when regenerating: the same inputs give the same bytes, a mistake
 * writes nothing, and a run re-renders exactly the documents whose inputs changed (issue 4).
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appDir, runCli, stackFrames, type CliRun } from "./support/run-cli.js";
import { copyEdition, replaceIn, tempRoot } from "./support/editions.js";
import { changedFiles, fileStates, listFiles, readManifest, stagingFolders } from "./support/output.js";
import { pdfInfo, pdfText, readPdf } from "./support/pdf.js";

const root = tempRoot("reliability");
const at = (...parts: string[]) => join(root.dir, ...parts);
const generate = (args: string[], env: NodeJS.ProcessEnv = {}) => runCli(["generate", ...args], { cwd: root.dir, env });

const BRIEFS = ["ARG", "BRN", "CYP", "CZE", "EST", "FIN", "FRA", "GIN", "JAM", "MDV", "MLI", "PAK", "PAN", "POL"];
const ALL = ["appendix.pdf", ...BRIEFS.map((c) => `briefs/${c}.pdf`), "manifest.json"];

function succeeded(run: CliRun): void {
  expect(run, run.stderr).toMatchObject({ code: 0, stderr: "" });
}

/** The one summary line the CLI prints when not on a terminal. */
const summary = (out: string, written: number, unchanged: number) =>
  new RegExp(
    `^${out}/2017: ${written} documents? written${unchanged ? `, ${unchanged} unchanged` : ""} \\(edition 2017, \\d+\\.\\d s\\)\\n$`,
  );

/** A copy of the first full run's output, to run again over. */
function copyOfBaseline(name: string): string {
  cpSync(at("base"), at(name), { recursive: true });
  return at(name, "2017");
}

beforeAll(async () => {
  copyEdition(at("edition"));
  succeeded(await generate(["--data", "edition", "--out", "base", "--threads", "2"]));
});

afterAll(() => root.remove());

describe("generate: the same inputs give the same bytes", () => {
  it("writes byte-identical PDFs and manifest in two runs into different folders", async () => {
    succeeded(await generate(["--data", "edition", "--out", "second", "--threads", "2"]));
    expect(listFiles(at("base", "2017"))).toEqual(ALL);
    const differ = ALL.filter(
      (path) => !readFileSync(at("base", "2017", path)).equals(readFileSync(at("second", "2017", path))),
    );
    expect(differ).toEqual([]);
  });

  it("writes the same bytes on one thread as on two", async () => {
    succeeded(await generate(["--data", "edition", "--out", "one-thread", "--threads", "1"]));
    const differ = ALL.filter(
      (path) => !readFileSync(at("base", "2017", path)).equals(readFileSync(at("one-thread", "2017", path))),
    );
    expect(differ).toEqual([]);
  });

  it("dates documents from the edition's publication day, or from SOURCE_DATE_EPOCH when it is set", async () => {
    const brief = "briefs/ARG.pdf";
    expect((await pdfInfo(readPdf(at("base", "2017", brief))))["CreationDate"]).toBe("2017-06-27T00:00:00Z");
    succeeded(
      await generate(["--data", "edition", "--out", "epoch", "--country", "ARG"], { SOURCE_DATE_EPOCH: "1500000000" }),
    );
    const info = await pdfInfo(readPdf(at("epoch", "2017", brief)));
    expect(info["CreationDate"]).toBe("2017-07-14T02:40:00Z");
    expect(readFileSync(at("epoch", "2017", brief)).equals(readFileSync(at("base", "2017", brief)))).toBe(false);
  });
});

describe("generate: a mistake writes nothing", () => {
  beforeAll(() => {
    const edition = copyEdition(at("bad-notation"));
    replaceIn(join(edition, "conventions.csv"), "BRN,Brunei,—,2006(a),", "BRN,Brunei,—,2006(b),");
  });

  it("refuses an invalid edition with exit 1, file:line:col and the rule, and no stack trace", async () => {
    const run = await generate(["--data", "bad-notation", "--out", "never"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(
      'bad-notation/conventions.csv:3:14  conventions/notation  "2006(b)" is not in the published notation\n',
    );
    expect(run.stderr.trimEnd().split("\n").at(-1)).toBe("1 error");
    expect(stackFrames(run.stderr)).toEqual([]);
    expect(listFiles(at("never"))).toEqual([]);
    expect(stagingFolders(at("never"))).toEqual([]);
  });

  it("refuses an --out that is a file, or lies inside one, in one line with exit 1, and leaves the file alone", async () => {
    writeFileSync(at("a-file"), "mine\n");
    for (const [out, message] of [
      ["a-file", "report-gen: --out a-file is a file, not a folder"],
      ["a-file/sub", `report-gen: --out a-file/sub is inside ${at("a-file")}, a file, not a folder`],
    ] as const) {
      const run = await generate(["--edition", "2017", "--out", out, "--quiet"]);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(`${message}\n  hint: give --out a folder; it is created if missing\n`);
    }
    expect(readFileSync(at("a-file"), "utf8")).toBe("mine\n");
  });

  it("leaves an existing output folder byte for byte as it was, and no staging folder", async () => {
    const dir = copyOfBaseline("kept-after-bad-data");
    const before = fileStates(dir);
    const run = await generate(["--data", "bad-notation", "--out", "kept-after-bad-data"]);
    expect(run.code).toBe(1);
    expect(changedFiles(before, fileStates(dir))).toEqual([]);
    expect(stagingFolders(at("kept-after-bad-data"))).toEqual([]);
  });

  it("refuses an edition template with an unknown element, naming the template file, line and column, and writes nothing", async () => {
    const edition = copyEdition(at("bad-template"));
    const shared = readFileSync(join(appDir, "templates", "brief.hbs"), "utf8");
    const lines = shared.split("\n");
    const summaryAt = lines.indexOf("<h2>Summary</h2>");
    expect(summaryAt).toBeGreaterThan(-1);
    lines.splice(summaryAt + 1, 0, "<blink>now</blink>");
    mkdirSync(join(edition, "templates"));
    writeFileSync(join(edition, "templates", "brief.hbs"), lines.join("\n"));

    const dir = copyOfBaseline("kept-after-bad-template");
    const before = fileStates(dir);
    const run = await generate(["--data", "bad-template", "--out", "kept-after-bad-template"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    // Every brief uses the template; the problem is reported once, at the line it was written on.
    const [problem, hint, count, ...rest] = run.stderr.split("\n");
    expect(problem).toBe(
      `bad-template/templates/brief.hbs:${summaryAt + 2}:1  markup/unknown-element  unknown element <blink>`,
    );
    expect(hint).toMatch(/^ {4}hint: use one of: h1, h2, /);
    expect([count, ...rest]).toEqual(["1 error", ""]);
    expect(changedFiles(before, fileStates(dir))).toEqual([]);
    expect(stagingFolders(at("kept-after-bad-template"))).toEqual([]);

    // Into a new folder, where every document is rendered before the error is known: still no file.
    expect((await generate(["--data", "bad-template", "--out", "never-template"])).code).toBe(1);
    expect(listFiles(at("never-template"))).toEqual([]);
    expect(stagingFolders(at("never-template"))).toEqual([]);
  });
});

describe("generate: incremental regeneration", () => {
  it("renders nothing on a second run with unchanged inputs: 0 documents written, 15 unchanged", async () => {
    const dir = copyOfBaseline("unchanged");
    const before = fileStates(dir);
    const run = await generate(["--data", "edition", "--out", "unchanged"]);
    succeeded(run);
    expect(run.stdout).toMatch(summary("unchanged", 0, 15));
    // Same files (inode and mtime), and a manifest with the same bytes.
    expect(changedFiles(before, fileStates(dir)).filter((path) => path !== "manifest.json")).toEqual([]);
    expect(readFileSync(join(dir, "manifest.json"), "utf8")).toBe(
      readFileSync(at("base", "2017", "manifest.json"), "utf8"),
    );
  });

  it("re-renders exactly that country's brief and the appendix when one country's cell changes", async () => {
    const edition = copyEdition(at("cell-changed"));
    replaceIn(
      join(edition, "conventions.csv"),
      "ARG,Argentina,2002,2003,2002,1950,2016,1960,2001,2014",
      "ARG,Argentina,2002,2003,2002,1950,2016,1960,2001,2013",
    );
    const dir = copyOfBaseline("cell-changed-out");
    const before = fileStates(dir);
    const run = await generate(["--data", "cell-changed", "--out", "cell-changed-out"]);
    succeeded(run);
    expect(run.stdout).toMatch(summary("cell-changed-out", 2, 13));
    expect(changedFiles(before, fileStates(dir))).toEqual(["appendix.pdf", "briefs/ARG.pdf", "manifest.json"]);
    expect((await pdfText(readPdf(join(dir, "briefs/ARG.pdf")))).replace(/\s+/g, " ")).toContain("Ratified 2013 2013");
  });

  it("re-renders every brief, and not the appendix, when the edition overrides the brief template", async () => {
    const edition = copyEdition(at("template-changed"));
    mkdirSync(join(edition, "templates"));
    const shared = readFileSync(join(appDir, "templates", "brief.hbs"), "utf8");
    writeFileSync(
      join(edition, "templates", "brief.hbs"),
      shared.replace("<h2>Status by instrument</h2>", "<h2>Where it stands</h2>"),
    );
    const dir = copyOfBaseline("template-changed-out");
    const before = fileStates(dir);
    const run = await generate(["--data", "template-changed", "--out", "template-changed-out"]);
    succeeded(run);
    expect(run.stdout).toMatch(summary("template-changed-out", 14, 1));
    expect(changedFiles(before, fileStates(dir))).toEqual([...BRIEFS.map((c) => `briefs/${c}.pdf`), "manifest.json"]);
    expect(await pdfText(readPdf(join(dir, "briefs/BRN.pdf")))).toContain("Where it stands");
  });

  it("re-renders every document, without --force, when the PDF engine changes: here its patches switched off", async () => {
    const dir = copyOfBaseline("engine-changed");
    const before = fileStates(dir);
    const run = await generate(["--data", "edition", "--out", "engine-changed"], { TIP_PDF_ENGINE_PATCHES: "off" });
    succeeded(run);
    expect(run.stdout).toMatch(summary("engine-changed", 15, 0));
    expect(changedFiles(before, fileStates(dir))).toEqual(ALL);
    // The engine as it was: everything again, and the manifest of the first run.
    const back = await generate(["--data", "edition", "--out", "engine-changed"]);
    succeeded(back);
    expect(back.stdout).toMatch(summary("engine-changed", 15, 0));
    expect(readFileSync(join(dir, "manifest.json"), "utf8")).toBe(
      readFileSync(at("base", "2017", "manifest.json"), "utf8"),
    );
  }, 300_000); // two full renders, one of them without the patches

  it("refuses a TIP_PDF_ENGINE_PATCHES it does not know, in one line with exit 1, before writing anything", async () => {
    const run = await generate(["--data", "edition", "--out", "bad-setting"], {
      TIP_PDF_ENGINE_PATCHES: "-no-such-patch",
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^report-gen: TIP_PDF_ENGINE_PATCHES="-no-such-patch": expected "on", "off" or a comma-separated list of -name with names from font-cache, layout-cache, [a-z-, ]+\n$/,
    );
    expect(existsSync(at("bad-setting"))).toBe(false);
  });

  it("renders every document with --force", async () => {
    const dir = copyOfBaseline("forced");
    const before = fileStates(dir);
    const run = await generate(["--data", "edition", "--out", "forced", "--force"]);
    succeeded(run);
    expect(run.stdout).toMatch(summary("forced", 15, 0));
    expect(changedFiles(before, fileStates(dir))).toEqual(ALL);
    // The same inputs recorded as by a plain run, so the next plain run has nothing to do.
    expect(readFileSync(join(dir, "manifest.json"), "utf8")).toBe(
      readFileSync(at("base", "2017", "manifest.json"), "utf8"),
    );
    const again = await generate(["--data", "edition", "--out", "forced"]);
    succeeded(again);
    expect(again.stdout).toMatch(summary("forced", 0, 15));
  });

  it("removes the brief of a country dropped from the table, and its manifest entry, on the next full run", async () => {
    const edition = copyEdition(at("dropped"));
    replaceIn(join(edition, "conventions.csv"), "POL,Poland,2003,2005,2005,1958,2017,1958,2002,—\n", "");
    const dir = copyOfBaseline("dropped-out");
    const before = fileStates(dir);
    const run = await generate(["--data", "dropped", "--out", "dropped-out"]);
    succeeded(run);
    expect(run.stdout).toMatch(summary("dropped-out", 1, 13));
    expect(changedFiles(before, fileStates(dir))).toEqual(["appendix.pdf", "briefs/POL.pdf", "manifest.json"]);
    expect(listFiles(dir)).not.toContain("briefs/POL.pdf");
    expect(readManifest(dir).files.map((f) => f.path)).not.toContain("briefs/POL.pdf");
  });
});
