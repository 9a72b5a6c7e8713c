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
]);
