import { defineConfig } from "vitest/config";

// The JSON report feeds .ci/run's "N passed, N failed" line.
export default defineConfig({
  test: {
    include: ["__tests__/**/*.test.ts"],
    reporters: ["default", ["json", { outputFile: ".reports/vitest.json" }]],
    // One browser at a time: the e2e files share a 2-core machine with the built site's server.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
