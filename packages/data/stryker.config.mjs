// Mutation testing of @tip/data: the parsers, the loader, the convention-table importers and the scaffold.
// A surviving mutant that cannot change behaviour is written down beside this file with the reason (README, "Mutation testing").
import { strykerConfig } from "../../stryker.base.mjs";

export default strykerConfig(import.meta.dirname, ["src/**/*.ts"]);
