import { defineConfig } from "vitest/config";

/**
 * The tests Stryker runs against the mutants of src/markup and src/templates (stryker.markup.config.mjs):
 * those folders' own tests. The renders from template to PDF elsewhere under src/ go through the same
 * code, but each takes seconds, and every mutant they cover would re-run them all; `pnpm test` runs them.
 */
export default defineConfig({
  test: {
    include: ["src/markup/**/*.test.ts", "src/templates/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
