// Mutation testing of @tip/domain: the rules, queries, inline notation, model and edition diff.
// A surviving mutant that cannot change behaviour is written down beside this file with the reason (README, "Mutation testing").
import { strykerConfig } from "../../stryker.base.mjs";

export default strykerConfig(import.meta.dirname, ["src/**/*.ts"]);
