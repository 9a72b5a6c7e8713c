// Mutation testing of @tip/data. A surviving mutant that cannot change behaviour is written down in
// stryker-equivalent.md beside this file, with the reason (README, "Development").
import { strykerConfig } from "../../stryker.base.mjs";

const base = strykerConfig(import.meta.dirname, [
  // The parsers of the edition's files: CSV, YAML, the closing note's Markdown, the staff list.
  "src/parse/**/*.ts",
  // The loader (src/load: 580 mutants, 80.30 % in its first full run, together with the importers in 14
  // minutes 53 seconds; 87.96 % with the tests its survivors asked for). Its first runs went at 3 to 7
  // mutants a minute because every mutant re-ran the importer's property tests or the scaffold's
  // whole-edition copies; vitest.mutate.config.ts leaves those out.
  "src/load/**/*.ts",
  // The convention-table readers and importers: conventions.csv, and a table pasted from the report
  // (tab- or comma-separated, or read back as text from a PDF). 67.95 % in their first run of their own,
  // 86.93 % with the tests their survivors asked for (1,004 mutants in 22 minutes at --concurrency 1
  // under load); their survivors that are left are in stryker-equivalent.md.
  "src/conventions/**/*.ts",
  //
  // Not mutated, and why:
  // - src/build: the code generator of dist/ (JSON.stringify and template text); what it writes is
  //   checked by __tests__/built-package.test.ts against the built dist/, which a mutant of src/
  //   never reaches, so no test could see its mutants.
  // - src/scaffold and src/review: the next edition's scaffold and the previous-wording review work
  //   on whole edition folders copied per test, the slowest tests of the package; they stay covered
  //   by their tests, and come after the loader and importers.
]);

export default {
  ...base,
  // The tests that can see a mutant, without the property tests and the scaffold's whole-edition
  // copies that made every mutant slow (see that file for what is left out and why).
  vitest: { configFile: "vitest.mutate.config.ts" },
};
