// The mutation-testing settings every package shares; each package's stryker.config.mjs adds what
// it mutates. `pnpm mutate` at the root runs them one package at a time.
import { createRequire } from "node:module";

/**
 * @param {string} packageDir the package's folder (import.meta.dirname of its config)
 * @param {string[]} mutate globs of the source files to mutate
 * @returns {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export function strykerConfig(packageDir, mutate) {
  const require = createRequire(`${packageDir}/`);
  return {
    testRunner: "vitest",
    // pnpm keeps the runner out of Stryker's own node_modules, where its plugin glob looks.
    plugins: [require.resolve("@stryker-mutator/vitest-runner")],
    vitest: { configFile: "vitest.config.ts" },
    mutate: [...mutate, "!**/*.test.ts", "!**/__tests__/**"],
    coverageAnalysis: "perTest",
    // Mutants of module-level constants (instrument tables, stylesheets) run every test and take
    // about 40 % of the time for 15 % of the mutants; the data they hold is checked by fidelity tests.
    ignoreStatic: true,
    // Only mutants of changed code (or code whose tests changed) run again; the file is committed.
    incremental: true,
    incrementalFile: "stryker-incremental.json",
    reporters: ["clear-text", "progress", "html", "json"],
    htmlReporter: { fileName: ".reports/mutation/index.html" },
    jsonReporter: { fileName: ".reports/mutation/mutation.json" },
    clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
    thresholds: { high: 90, low: 80, break: 80 },
    concurrency: 2,
    tempDirName: ".stryker-tmp",
    cleanTempDir: "always",
    // Stryker rewrites a sandboxed tsconfig.json with TypeScript's compiler API, which TypeScript 7
    // (the native compiler) does not have: tsconfig files stay out of the sandbox, so Vite finds the
    // package's own one above it, whose "extends" already resolves. For the same reason there is no
    // type-checking of mutants (@stryker-mutator/typescript-checker needs that API).
    ignorePatterns: ["tsconfig.json", "tsconfig.build.json", ".reports", "stryker-incremental.json"],
  };
}
