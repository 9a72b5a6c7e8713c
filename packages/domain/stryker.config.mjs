// Mutation testing of @tip/domain: the rules, queries, inline notation, model and edition diff.
// Surviving mutants that cannot change behaviour are listed, with the reason, in mutation-equivalents.md.
import { strykerConfig } from "../../stryker.base.mjs";

export default strykerConfig(import.meta.dirname, ["src/**/*.ts"]);
