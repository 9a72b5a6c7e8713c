// Sums vitest's JSON reports (one per package) into the line CI reads: "N passed, N failed".
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";

const roots = ["packages", "apps"];
let passed = 0;
let failed = 0;
let skipped = 0;
let reports = 0;
for (const root of roots) {
  if (!existsSync(root)) continue;
  for (const pkg of readdirSync(root)) {
    const file = join(root, pkg, ".reports", "vitest.json");
    if (!existsSync(file)) continue;
    const report = JSON.parse(readFileSync(file, "utf8"));
    reports++;
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
    // A test file that failed to load has no failed assertions but must still count.
    for (const file of report.testResults ?? []) {
      const anyFailed = (file.assertionResults ?? []).some((a) => a.status === "failed");
      if (file.status === "failed" && !anyFailed) failed += 1;
    }
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  }
}
if (reports === 0) failed += 1;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
