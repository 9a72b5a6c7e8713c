// Mutation testing of @tip/report-gen's template markup (parser, converter to pdfmake content, tables,
// stylesheet) and templates (rendering, helpers, loader, error messages located in the template), each
// mutant against the tests of those two folders only (vitest.mutate-markup.config.ts). A configuration of
// its own, with its own results (stryker-incremental-markup.json), because under stryker.config.mjs's
// tests every mutant of the markup would also re-run each in-process PDF render that goes through it,
// tens of seconds a mutant on 2 cores; the markup's and templates' own tests check what a user sees of
// them (the pdfmake content, the exact message, file, line and column of a mistake in a template).
// `pnpm mutate` and scripts/mutate-incremental.sh run it after stryker.config.mjs. A surviving mutant
// that cannot change behaviour is written down in stryker-equivalent.md beside this file.
import { strykerConfig } from "../../stryker.base.mjs";

const base = strykerConfig(import.meta.dirname, [
  "src/markup/**/*.ts",
  "src/templates/**/*.ts",
  // Not logic: it only re-exports the modules of its folder.
  "!src/templates/index.ts",
]);

export default {
  ...base,
  vitest: { configFile: "vitest.mutate-markup.config.ts" },
  incrementalFile: "stryker-incremental-markup.json",
  htmlReporter: { fileName: ".reports/mutation/markup/index.html" },
  jsonReporter: { fileName: ".reports/mutation/markup/mutation.json" },
  // As stryker.config.mjs's: two folders below the repository root, where the tests' paths resolve.
  tempDirName: "../../.stryker-tmp-report-gen-markup",
  ignorePatterns: [...base.ignorePatterns, "stryker-incremental-markup.json"],
};
