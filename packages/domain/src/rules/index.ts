import { noDuplicateCountry } from "./no-duplicate-country.js";
import type { Rule } from "./rule.js";

/** Every domain rule, in the order they run. */
export const RULES: readonly Rule[] = [noDuplicateCountry];

export type { Offense, Rule } from "./rule.js";
export { defineRule } from "./rule.js";
