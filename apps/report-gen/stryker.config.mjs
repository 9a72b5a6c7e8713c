// Mutation testing of @tip/report-gen: the view models, the chart, the regeneration fingerprint and the
// output folder's staging (what a user sees in a PDF, and what a run leaves on disk). The tests run are
// vitest.mutate.config.ts's: src/'s, without the integration tests of __tests__/ (see that file for
// why), each mutant against the tests that cover it (perTest).
// The template markup and the templates (src/markup, src/templates) are mutated by stryker.markup.config.mjs,
// against their own tests.
// A surviving mutant that cannot change behaviour is written down in stryker-equivalent.md beside this file.
import { strykerConfig } from "../../stryker.base.mjs";

const base = strykerConfig(import.meta.dirname, [
  "src/views/**/*.ts",
  "src/charts/**/*.ts",
  "src/generate/fingerprint.ts",
  "src/output/staging.ts",
  "src/output/atomic.ts",
  "src/output/manifest.ts",
  "src/output/place.ts",
  "src/output/lock.ts",
]);

export default {
  ...base,
  vitest: { configFile: "vitest.mutate.config.ts" },
  // The sandbox sits two folders below the repository root, as the package does, so that a test's
  // path to a file outside the package (the shipped 2017 edition) resolves there too.
  tempDirName: "../../.stryker-tmp-report-gen",
};
