// Sums vitest's JSON reports (one per package) into the line CI reads: "N passed, N failed".
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

let passed = 0;
let failed = 0;
let skipped = 0;

/** Adds one vitest JSON report to the counts; a package that has tests but no report counts as one failure. */
function count(file) {
  if (!existsSync(file)) {
    console.error(`no test report at ${file}: its tests did not run`);
    failed += 1;
    return;
  }
  const report = JSON.parse(readFileSync(file, "utf8"));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  // A test file that failed to load has no failed assertions but must still count.
  for (const result of report.testResults ?? []) {
    const anyFailed = (result.assertionResults ?? []).some((a) => a.status === "failed");
    if (result.status === "failed" && !anyFailed) failed += 1;
  }
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}

// Every workspace package with a test script, from `pnpm test`.
for (const root of ["packages", "apps"]) {
  if (!existsSync(root)) continue;
  for (const pkg of readdirSync(root)) {
    const manifest = join(root, pkg, "package.json");
    if (!existsSync(manifest) || !JSON.parse(readFileSync(manifest, "utf8")).scripts?.test) continue;
    count(join(root, pkg, ".reports", "vitest.json"));
  }
}
// The whole suite run again with a next edition added: scripts/next-edition-check.sh copies its reports here.
const nextEdition = join(".reports", "next-edition");
if (existsSync(nextEdition)) for (const name of readdirSync(nextEdition)) count(join(nextEdition, name));

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
