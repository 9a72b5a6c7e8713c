#!/usr/bin/env node
// Fails when any one mutated module scores under the threshold, which Stryker's thresholds.break cannot
// do: it checks the package's score as a whole, so a well-tested package hides a module no test looks at.
// Reads the JSON report Stryker writes (stryker.base.mjs: .reports/mutation/mutation.json), prints each
// module under the threshold on one line, and exits 1 if there is one (2 if the report cannot be read).
//
//   node scripts/mutation-modules.mjs [report] [--break 80]
//
// A module is a folder directly under the package's source folder (src/diff, src/output: its files and
// sub-folders together), or a file that sits in the source folder itself (src/inline.ts). Its score is
// Stryker's: mutants detected (killed or timed out) over mutants that count (detected, survived, or
// covered by no test); mutants that do not compile or are ignored do not count, and a module with none
// that count has no score and is not checked.
import { readFileSync } from "node:fs";

const DETECTED = new Set(["Killed", "Timeout"]);

/**
 * The module a mutated file belongs to: its first two path segments (src/diff of src/diff/align.ts),
 * or the file itself when it sits in the source folder (src/inline.ts).
 * @param {string} file a path relative to the package, as the report gives it
 */
function moduleOf(file) {
  const segments = file.split("/");
  return segments.length > 2 ? segments.slice(0, 2).join("/") : file;
}

/**
 * Each module's mutation score, in the order the report first names it.
 * @param {{ files: Record<string, { mutants: { status: string }[] }> }} report Stryker's JSON report
 * @returns {{ module: string, detected: number, survived: number, noCoverage: number, score: number }[]}
 */
function moduleScores(report) {
  const counts = new Map();
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const module = moduleOf(file);
    const count = counts.get(module) ?? { module, detected: 0, survived: 0, noCoverage: 0 };
    counts.set(module, count);
    for (const { status } of mutants) {
      if (DETECTED.has(status)) count.detected++;
      else if (status === "Survived") count.survived++;
      else if (status === "NoCoverage") count.noCoverage++;
    }
  }
  const scores = [];
  for (const count of counts.values()) {
    const counted = count.detected + count.survived + count.noCoverage;
    if (counted > 0) scores.push({ ...count, score: (100 * count.detected) / counted });
  }
  return scores;
}

/**
 * One line per module under the threshold: which it is, its score and what is left to look at.
 * @param {ReturnType<typeof moduleScores>} scores
 * @param {number} threshold
 * @returns {string[]}
 */
function modulesUnder(scores, threshold) {
  return scores
    .filter(({ score }) => score < threshold)
    .map(({ module, detected, survived, noCoverage, score }) => {
      const counted = detected + survived + noCoverage;
      return (
        `${module}: mutation score ${score.toFixed(2)} % (${detected} of ${counted} mutants detected; ` +
        `${survived} survived, ${noCoverage} covered by no test), under ${threshold} %`
      );
    });
}

function main(args) {
  let reportPath = ".reports/mutation/mutation.json";
  let threshold = 80;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--break") {
      threshold = Number(args[++i]);
      if (!Number.isFinite(threshold)) {
        console.error(`mutation-modules: --break needs a number (a percentage), got "${args[i]}"`);
        return 2;
      }
    } else reportPath = args[i];
  }
  let report;
  try {
    report = JSON.parse(readFileSync(reportPath, "utf8"));
  } catch (error) {
    console.error(
      `mutation-modules: cannot read Stryker's JSON report ${reportPath} (${error.message}); ` +
        "run `pnpm exec stryker run` in the package first",
    );
    return 2;
  }
  if (report === null || typeof report.files !== "object" || report.files === null) {
    console.error(`mutation-modules: ${reportPath} is not a Stryker JSON report (it has no "files")`);
    return 2;
  }
  const scores = moduleScores(report);
  const under = modulesUnder(scores, threshold);
  for (const line of under) console.log(line);
  if (under.length > 0) return 1;
  console.log(`mutation-modules: all ${scores.length} mutated modules score at least ${threshold} %`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
