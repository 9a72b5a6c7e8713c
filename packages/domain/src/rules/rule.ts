import type { DataPath } from "../issues.js";
import type { Edition } from "../model/edition.js";

/** One thing wrong with an edition, found by a rule. */
export interface Offense {
  /** Where in the edition the offending value is. */
  readonly path: DataPath;
  /** A stable name for what offends, used to record an exception ("ARG/p029"). */
  readonly subject: string;
  readonly message: string;
  readonly hint: string;
  /**
   * The earlier place an offense repeats (the first row of a country listed twice). Its
   * location is added to the message ("; first at line 2") where the loader knows it, else
   * `fallback` ("; first at row 1").
   */
  readonly first?: { readonly path: DataPath; readonly fallback: string };
}

/** A domain rule: a name, a one-line description, and a check that returns every offender. */
export interface Rule {
  readonly name: string;
  readonly description: string;
  check(edition: Edition): Offense[];
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
