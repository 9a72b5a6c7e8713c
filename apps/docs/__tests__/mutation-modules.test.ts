// scripts/mutation-modules.mjs, which `pnpm mutate` and CI's scripts/mutate-incremental.sh run after each
// package's Stryker run: it fails on any one module (a folder under src/, or a file in src/ itself) scoring under 80 %, which Stryker's thresholds.break
// (the package's score as a whole) lets through. Like the other repository scripts the development
// guide documents (scripts/next-edition-check.sh in editors-guide.test.ts), it is tested here.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const script = join(import.meta.dirname, "..", "..", "..", "scripts", "mutation-modules.mjs");

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "tip-mutation-modules-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Stryker's JSON report (mutation-testing-report-schema), with only what the script reads. */
function report(files: Record<string, string[]>): string {
  const path = join(dir, "mutation.json");
  const entries = Object.entries(files).map(([file, statuses]) => [
    file,
    { language: "typescript", source: "", mutants: statuses.map((status, i) => ({ id: `${file}#${i}`, status })) },
  ]);
  writeFileSync(
    path,
    JSON.stringify({ schemaVersion: "2", thresholds: { high: 90, low: 80 }, files: Object.fromEntries(entries) }),
  );
  return path;
}

function run(...args: string[]) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [script, ...args], { cwd: dir, encoding: "utf8" });
  return { status, stdout, stderr };
}

const times = (n: number, status: string) => Array<string>(n).fill(status);

describe("mutation-modules", () => {
  it("prints each module under 80 % on one line and exits 1, while the package as a whole passes", () => {
    const path = report({
      // A module is a folder under src/ as a whole: 41 of 43, though one of its files scores 33 %.
      "src/rules/year-format.ts": times(40, "Killed"),
      "src/rules/links-http.ts": ["Killed", "Survived", "Survived"],
      // Sub-folders belong to their module: 6 of 10, a timeout counting as detected.
      "src/diff/align.ts": ["Killed", "Killed", "Timeout", "Survived", "NoCoverage"],
      "src/diff/format/words.ts": [...times(3, "Killed"), "Survived", "Survived", "CompileError", "Ignored"],
      // A file in src/ itself is a module of its own.
      "src/inline.ts": [...times(3, "Killed"), "Survived", "NoCoverage"],
    });
    // The package scores 50 of 58, 86 %: over thresholds.break.
    const { status, stdout } = run(path);
    expect(status).toBe(1);
    expect(stdout).toBe(
      "src/diff: mutation score 60.00 % (6 of 10 mutants detected; 3 survived, 1 covered by no test), under 80 %\n" +
        "src/inline.ts: mutation score 60.00 % (3 of 5 mutants detected; 1 survived, 1 covered by no test), under 80 %\n",
    );
  });

  it("passes a module at exactly 80 %, and does not count mutants that do not compile or are ignored", () => {
    const path = report({
      "src/rules/year-format.ts": [...times(3, "Killed"), "Survived", "CompileError", "RuntimeError", "Ignored"],
      "src/rules/links-http.ts": ["Timeout"],
      "src/validate.ts": ["Killed"],
      // Nothing that counts: no score, nothing to check.
      "src/model/constants.ts": ["Ignored", "CompileError"],
    });
    const { status, stdout } = run(path);
    expect(status).toBe(0);
    expect(stdout).toBe("mutation-modules: all 2 mutated modules score at least 80 %\n");
  });

  it("reads the report where Stryker writes it in the package by default, and takes another threshold", () => {
    const path = report({ "src/output/lock.ts": [...times(4, "Killed"), "Survived"] });
    const reports = join(dir, ".reports", "mutation");
    mkdirSync(reports, { recursive: true });
    copyFileSync(path, join(reports, "mutation.json"));
    expect(run().status).toBe(0);
    const { status, stdout } = run("--break", "90");
    expect(status).toBe(1);
    expect(stdout).toBe(
      "src/output: mutation score 80.00 % (4 of 5 mutants detected; 1 survived, 0 covered by no test), under 90 %\n",
    );
  });

  it("says which report it cannot read, and exits 2", () => {
    const missing = run();
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe("");
    expect(missing.stderr).toMatch(
      /^mutation-modules: cannot read Stryker's JSON report \.reports\/mutation\/mutation\.json \(ENOENT.*\); run `pnpm exec stryker run` in the package first\n$/,
    );
    const notReport = join(dir, "other.json");
    writeFileSync(notReport, JSON.stringify({ numPassedTests: 3 }));
    expect(run(notReport)).toMatchObject({
      status: 2,
      stderr: `mutation-modules: ${notReport} is not a Stryker JSON report (it has no "files")\n`,
    });
    expect(run("--break", "most")).toMatchObject({
      status: 2,
      stderr: 'mutation-modules: --break needs a number (a percentage), got "most"\n',
    });
  });
});
