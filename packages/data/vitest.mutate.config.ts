import { defineConfig } from "vitest/config";

/**
 * The tests Stryker runs against @tip/data's mutants (stryker.config.mjs). Each mutant runs the tests
 * that cover it, in fresh test workers, so a test that covers much and costs much slows every mutant
 * it covers. Left out, and still run by `pnpm test`:
 * - `*.fuzz.test.ts`: property tests that import some hundreds of random or mangled tables to show the
 *   importer never throws; every mutant of the importer and the CSV parser would run them all (most of
 *   the 3 to 7 mutants a minute of the first runs).
 * - the scaffold's tests: the scaffold is not mutated, and its copy-and-load of whole editions (the
 *   package's slowest test) covers every line of the loader, which the loader's own tests check.
 * - tests that no mutant reaches: built-package (the built dist/), json-schema (the domain's schema),
 *   extract-memberships (a script run in a child process).
 */
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "__tests__/**/*.test.ts"],
    exclude: [
      "**/*.fuzz.test.ts",
      "src/scaffold/**",
      "__tests__/built-package.test.ts",
      "__tests__/json-schema.test.ts",
      "__tests__/extract-memberships.test.ts",
    ],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
