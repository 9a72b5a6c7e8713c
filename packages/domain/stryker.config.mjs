// Mutation testing of @tip/domain: the rules, queries, inline notation, model and edition diff.
// A surviving mutant that cannot change behaviour is written down beside this file, in
// stryker-equivalent.md, with the reason (README, "Mutation testing").
import { strykerConfig } from "../../stryker.base.mjs";

export default strykerConfig(import.meta.dirname, [
  "src/**/*.ts",
  // Not logic: these only re-export the modules above (no statement, nothing to mutate or test).
  "!src/index.ts",
  "!src/queries/index.ts",
  "!src/diff/index.ts",
  // Not yet mutated: the edition diff (1,116 mutants), whose first run was stopped at 439 for time on the
  // shared machine, and whose later runs did not get through the initial test run there (README,
  // "Mutation testing"); issue 19 asks for it. Its tests were extended by mutants made by hand meanwhile
  // (stryker-equivalent.md). Add it back after a full run of its own:
  // pnpm exec stryker run --mutate 'src/diff/**/*.ts,!src/diff/index.ts,!**/*.test.ts'
  "!src/diff/**",
]);
