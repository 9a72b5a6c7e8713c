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
    // type-checking of mutants (@stryker-mutator/typescript-checker needs that API). Tried for
    // @tip/domain with typescript 6.0.3 for the checker alone: a pnpm override
    // ("@stryker-mutator/typescript-checker>typescript") or packageExtensions leave the checker on 7.0.2,
    // because typescript is its peer dependency; only a .pnpmfile.cjs hook rewriting the manifests of
    // both the checker and @stryker-mutator/core (which rewrites the sandbox tsconfig with the same API)
    // got 6.0.3 in, with tsconfig.json back in the sandbox. It then ran, but it does not pay: the
    // checker compiles the package with the slow JavaScript compiler in one more process beside the
    // test runner on 2 shared cores (4 files, 353 mutants: 262 tested in 14 minutes), and of the
    // survivors it would remove, only the few OptionalChaining mutants that strict null checks reject are
    // not already written down as equivalent; a hook that rewrites two dependencies is not worth that.
    ignorePatterns: ["tsconfig.json", "tsconfig.build.json", ".reports", "stryker-incremental.json"],
  };
}
