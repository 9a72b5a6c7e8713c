import { defineConfig } from "vitest/config";

// The JSON report feeds .ci/run's "N passed, N failed" line.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "__tests__/**/*.test.ts"],
    reporters: ["default", ["json", { outputFile: ".reports/vitest.json" }]],
    testTimeout: 120_000,
    // beforeAll hooks generate whole editions; CI runs packages in parallel on 2 cores.
    hookTimeout: 120_000,
  },
});
