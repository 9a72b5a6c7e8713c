import { defineConfig } from "vitest/config";

/**
 * The tests Stryker runs against report-gen's mutants (stryker.config.mjs): every test under src/,
 * the unit tests of the mutated modules and the in-process renders from template to PDF (but
 * check-pdf's, which cover none of them). The
 * integration tests under __tests__/ are left out: most run the built CLI (dist/) in a child
 * process, which never loads a mutant, and the rest generate whole editions (minutes each), so
 * they could only slow every mutant down. `pnpm test` still runs them all.
 */
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // check-pdf reads the docs beside the app (not in Stryker's sandbox) and mutates nothing here.
    exclude: ["src/check-pdf/**"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
