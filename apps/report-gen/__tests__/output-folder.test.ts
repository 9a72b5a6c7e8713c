/**
 * The output folder is shared with people: report-gen replaces or removes only the files its
 * manifest lists, never follows the manifest out of the folder, and runs into one folder take
 * turns (issue 13, cases 1, 2 and 4).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appDir, runCli, stackFrames, type CliRun } from "./support/run-cli.js";
import { copyEdition, tempRoot } from "./support/editions.js";
import { listFiles, readManifest } from "./support/output.js";

const root = tempRoot("output-folder");
const at = (...parts: string[]) => join(root.dir, ...parts);
const generate = (args: string[]) => runCli(["generate", "--data", "edition", ...args], { cwd: root.dir });

function succeeded(run: CliRun): void {
  expect(run, run.stderr).toMatchObject({ code: 0 });
  expect(stackFrames(run.stderr)).toEqual([]);
}

function refused(run: CliRun): string {
  expect(run.code, run.stderr).toBe(1);
  expect(stackFrames(run.stderr)).toEqual([]);
  return run.stderr;
}

/** Appends entries to an output folder's manifest, as a hostile or careless hand would. */
function addToManifest(editionOut: string, entries: readonly object[]): void {
  const file = join(editionOut, "manifest.json");
  const manifest = readManifest(editionOut);
  const template = manifest.files[0]!;
  writeFileSync(
    file,
    JSON.stringify(
      { ...manifest, files: [...manifest.files, ...entries.map((e) => ({ ...template, ...e }))] },
      null,
      2,
    ),
  );
}

beforeAll(() => {
  copyEdition(at("edition"));
});

afterAll(() => root.remove());

describe("generate: the manifest is input, and never leads out of the folder", () => {
  it("ignores, with a warning each, entries that are absolute, hold .., or lead out through a link; the files they name stay", async () => {
    succeeded(await generate(["--out", "m", "--country", "ARG"]));
    const out = at("m", "2017");
    writeFileSync(at("victim.txt"), "keep me");
    mkdirSync(at("elsewhere"));
    writeFileSync(at("elsewhere", "far.pdf"), "keep me too");
    symlinkSync(at("elsewhere"), join(out, "linked"));
    symlinkSync(at("victim.txt"), join(out, "shortcut.pdf"));
    addToManifest(out, [
      { path: "../../victim.txt" },
      { path: at("victim.txt") },
      { path: "linked/far.pdf" },
      { path: "shortcut.pdf" },
      { path: "briefs/../../../victim.txt" },
    ]);

    const run = await generate(["--out", "m"]); // a full run removes what the manifest lists and the plan does not make
    succeeded(run);
    expect(readFileSync(at("victim.txt"), "utf8")).toBe("keep me");
    expect(readFileSync(at("elsewhere", "far.pdf"), "utf8")).toBe("keep me too");
    expect(readlinkSync(join(out, "shortcut.pdf"))).toBe(at("victim.txt"));
    const warnings = run.stderr.split("\n").filter(Boolean);
    expect(warnings).toEqual([
      'report-gen: warning: m/2017/manifest.json: ignored the entry "../../victim.txt": it is not a plain path inside the folder (empty, . or .. parts)',
      `report-gen: warning: m/2017/manifest.json: ignored the entry "${at("victim.txt")}": it is not a relative path`,
      `report-gen: warning: m/2017/manifest.json: ignored the entry "linked/far.pdf": it leads out of the folder (linked is a link to ${at("elsewhere")})`,
      `report-gen: warning: m/2017/manifest.json: ignored the entry "shortcut.pdf": it leads out of the folder (shortcut.pdf is a link to ${at("victim.txt")})`,
      'report-gen: warning: m/2017/manifest.json: ignored the entry "briefs/../../../victim.txt": it is not a plain path inside the folder (empty, . or .. parts)',
    ]);
    // The ignored entries are not carried into the new manifest.
    expect(readManifest(out).files.map((f) => f.path)).not.toContain("shortcut.pdf");
  });
});

describe("generate: only the files report-gen wrote are replaced or removed", () => {
  it("keeps a user's files, folders and links in the output folder through full, partial and forced runs", async () => {
    succeeded(await generate(["--out", "u", "--country", "ARG"]));
    const out = at("u", "2017");
    writeFileSync(join(out, "my-notes.pdf"), "notes");
    mkdirSync(join(out, "sub"));
    writeFileSync(join(out, "sub", "scan.pdf"), "scan");
    writeFileSync(join(out, "briefs", "XXX.pdf"), "a brief of my own");
    symlinkSync("my-notes.pdf", join(out, "notes-link.pdf"));
    const mine = ["briefs/XXX.pdf", "my-notes.pdf", "notes-link.pdf", "sub/scan.pdf"];

    succeeded(await generate(["--out", "u"]));
    succeeded(await generate(["--out", "u", "--force", "--only", "briefs"]));
    succeeded(await generate(["--out", "u", "--country", "POL"]));
    const files = listFiles(out);
    expect(files.filter((f) => mine.includes(f))).toEqual(mine);
    expect(readFileSync(join(out, "briefs", "XXX.pdf"), "utf8")).toBe("a brief of my own");
    expect(readFileSync(join(out, "sub", "scan.pdf"), "utf8")).toBe("scan");
    expect(readlinkSync(join(out, "notes-link.pdf"))).toBe("my-notes.pdf");
    expect(files.filter((f) => f.startsWith(".report-gen"))).toEqual([]);
    expect(readManifest(out).files.map((f) => f.path)).not.toContain("my-notes.pdf");
  });

  it("refuses, in one line and writing nothing, to replace a file at a document's path that it did not write", async () => {
    mkdirSync(at("theirs", "2017", "briefs"), { recursive: true });
    writeFileSync(at("theirs", "2017", "briefs", "POL.pdf"), "someone else's brief");
    const stderr = refused(await generate(["--out", "theirs"]));
    expect(stderr).toBe(
      "report-gen: theirs/2017/briefs/POL.pdf would be replaced, but theirs/2017/manifest.json does not list it as written by report-gen\n" +
        "  hint: move it away (report-gen replaces only what it wrote), or give --out another folder; nothing was written\n",
    );
    expect(listFiles(at("theirs"))).toEqual(["2017/briefs/POL.pdf"]);
    expect(readFileSync(at("theirs", "2017", "briefs", "POL.pdf"), "utf8")).toBe("someone else's brief");
  });

  it("refuses a folder of documents that is a link out of the output folder", async () => {
    mkdirSync(at("linked-out", "2017"), { recursive: true });
    mkdirSync(at("somewhere"));
    symlinkSync(at("somewhere"), at("linked-out", "2017", "briefs"));
    const stderr = refused(await generate(["--out", "linked-out", "--country", "ARG"]));
    expect(stderr).toMatch(
      /^report-gen: linked-out\/2017\/briefs\/ARG\.pdf \(it leads out of the folder \(briefs is a link to .*somewhere\)\) would be replaced/,
    );
    expect(listFiles(at("somewhere"))).toEqual([]);
  });

  it("refuses a manifest.json that report-gen did not write", async () => {
    mkdirSync(at("foreign", "2017"), { recursive: true });
    writeFileSync(at("foreign", "2017", "manifest.json"), '{"name": "my project"}\n');
    const stderr = refused(await generate(["--out", "foreign", "--country", "ARG"]));
    expect(stderr.split("\n")[0]).toBe(
      "report-gen: foreign/2017/manifest.json: manifest.json was not written by report-gen, so nothing in foreign/2017 is report-gen's to replace",
    );
    expect(listFiles(at("foreign"))).toEqual(["2017/manifest.json"]);
  });

  it("refuses an --out that is the edition's folder, holds it, or holds another edition's files", async () => {
    copyEdition(at("editions", "2017"));
    const before = listFiles(at("editions"));
    expect(
      refused(await runCli(["generate", "--data", "editions/2017", "--out", "editions/2017"], { cwd: root.dir })),
    ).toMatch(/^report-gen: --out editions\/2017 would write into editions\/2017, which this run reads\n/);
    expect(
      refused(await runCli(["generate", "--data", "editions/2017", "--out", "editions"], { cwd: root.dir })),
    ).toMatch(/^report-gen: --out editions would write into editions\/2017, which this run reads\n/);
    expect(refused(await runCli(["generate", "--data", "edition", "--out", "editions"], { cwd: root.dir }))).toMatch(
      /^report-gen: --out editions would write into editions\/2017, which holds an edition's edition\.yaml\n/,
    );
    expect(listFiles(at("editions"))).toEqual(before);
  });
});

describe("generate: runs into one folder take turns", () => {
  it("takes over the lock and cleans the staging folders of a run that was killed", async () => {
    const out = at("killed", "2017");
    mkdirSync(join(out, ".report-gen-staging-999999-0badcafe", "briefs"), { recursive: true });
    writeFileSync(join(out, ".report-gen-staging-999999-0badcafe", "briefs", "ARG.pdf"), "half a PDF");
    writeFileSync(
      join(out, ".report-gen.lock"),
      JSON.stringify({ pid: 999999, host: hostname(), started: "2026-01-01T00:00:00.000Z" }),
    );
    succeeded(await generate(["--out", "killed", "--country", "ARG"]));
    expect(listFiles(out)).toEqual(["briefs/ARG.pdf", "manifest.json"]);
  });

  it("waits for a live run's lock, saying who holds it, and goes on once it is released", async () => {
    const out = at("held", "2017");
    mkdirSync(out, { recursive: true });
    // A live process stands in for the other run; the lock is released once the run says it waits.
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 600000)"]);
    // Taken after the holder started, as a real run's lock is (one from before is a dead run's, its pid reused).
    const started = new Date().toISOString();
    const lock = join(out, ".report-gen.lock");
    writeFileSync(lock, JSON.stringify({ pid: holder.pid, host: hostname(), started }));
    const { SOURCE_DATE_EPOCH: _epoch, ...inherited } = process.env;
    const run = spawn(
      process.execPath,
      [join(appDir, "bin", "report-gen.js"), "generate", "--data", "edition", "--out", "held", "--country", "ARG"],
      {
        cwd: root.dir,
        env: { ...inherited, CI: "true" },
      },
    );
    let stderr = "";
    run.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
      if (stderr.includes("waiting for") && existsSync(lock)) {
        expect(existsSync(join(out, "briefs"))).toBe(false); // nothing written while it waits
        rmSync(lock);
        holder.kill();
      }
    });
    const code = await new Promise((resolve) => run.on("close", resolve));
    holder.kill();
    expect(code, stderr).toBe(0);
    expect(stderr).toBe(
      `report-gen: waiting for report-gen pid ${holder.pid} on ${hostname()}, started ${started}, which is writing into held\n`,
    );
    expect(listFiles(out)).toEqual(["briefs/ARG.pdf", "manifest.json"]);
  });

  it("lets parallel forced runs into one folder all succeed, leaving whole documents and no staging folder", async () => {
    for (let round = 0; round < 2; round++) {
      const runs = await Promise.all(
        [0, 1, 2, 3].map(() =>
          generate(["--out", "parallel", "--force", "--only", "briefs", "--country", "ARG", "BRN", "--threads", "1"]),
        ),
      );
      for (const run of runs) expect(run.code, run.stderr).toBe(0);
    }
    const out = at("parallel", "2017");
    expect(listFiles(out)).toEqual(["briefs/ARG.pdf", "briefs/BRN.pdf", "manifest.json"]);
    expect(existsSync(at("parallel")) && listFiles(at("parallel")).filter((f) => f.includes(".report-gen"))).toEqual(
      [],
    );
    expect(readManifest(out).files.map((f) => f.path)).toEqual(["briefs/ARG.pdf", "briefs/BRN.pdf"]);
  });
});
