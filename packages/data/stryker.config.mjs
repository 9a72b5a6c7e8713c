// Mutation testing of @tip/data: the parsers, the loader, the convention-table importers and the scaffold.
// Surviving mutants that cannot change behaviour are listed, with the reason, in mutation-equivalents.md.
import { strykerConfig } from "../../stryker.base.mjs";

export default strykerConfig(import.meta.dirname, ["src/**/*.ts"]);
