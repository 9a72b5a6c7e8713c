import { z } from "zod";
import { sortIssues, type DataPath, type Issue, type Locate, type SourceLocation } from "./issues.js";
import { EditionSchema, type Edition } from "./model/edition.js";
import { RULES } from "./rules/index.js";
import type { Rule } from "./rules/rule.js";

export interface ValidateOptions {
  /** Maps a path in the edition to where it was read from. */
  readonly locate?: Locate;
  /** Used when a path cannot be located more precisely. */
  readonly fallback?: SourceLocation;
  readonly rules?: readonly Rule[];
}

export type ValidationResult =
  | { readonly ok: true; readonly edition: Edition; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

const UNKNOWN: SourceLocation = { file: "<edition>", line: 1, column: 1 };

/** Finds the nearest located ancestor of a path. */
function locator(options: ValidateOptions): (path: DataPath) => SourceLocation {
  const fallback = options.fallback ?? UNKNOWN;
  return (path) => {
    for (let n = path.length; n >= 0; n--) {
      const at = options.locate?.(path.slice(0, n));
      if (at) return at;
    }
    return fallback;
  };
}

function schemaHint(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return `give a value of type ${issue.expected}`;
    case "unrecognized_keys":
      return `remove or rename ${issue.keys.map((k) => `"${k}"`).join(", ")}; check the spelling against the documented fields`;
    case "invalid_value":
      return `use one of: ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "too_small":
      if (issue.origin === "number" || issue.origin === "int") return `give a number of at least ${issue.minimum}`;
      return Number(issue.minimum) > 1
        ? `give at least ${issue.minimum} ${issue.origin === "string" ? "characters" : "items"}`
        : "this value is required and cannot be empty";
    case "invalid_format":
      return `write it in the ${issue.format} format`;
    default:
      return "see the data model in the documentation";
  }
}

/** Checks the shape of raw data against the schema; every problem at once. */
export function checkShape(data: unknown, options: ValidateOptions = {}): ValidationResult {
  const where = locator(options);
  const parsed = EditionSchema.safeParse(data);
  if (parsed.success) return { ok: true, edition: parsed.data, issues: [] };
  const issues = parsed.error.issues.map((issue): Issue => {
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    const field = path.length ? ` at ${path.join(".")}` : "";
    // An unknown field is shown at its key, not at the start of the object holding it.
    const unknownKey = issue.code === "unrecognized_keys" && issue.keys[0] !== undefined ? [...path, issue.keys[0]] : undefined;
    const keyAt = unknownKey && options.locate?.(unknownKey, "key");
    return {
      ...(keyAt || where(unknownKey ?? path)),
      rule: `schema/${issue.code}`,
      message: `${issue.message}${field}`,
      hint: schemaHint(issue),
      severity: "error",
    };
  });
  return { ok: false, issues: sortIssues(issues) };
}

/** Runs the domain rules over a well-formed edition, honouring its recorded exceptions. */
export function checkRules(edition: Edition, options: ValidateOptions = {}): Issue[] {
  const where = locator(options);
  const rules = options.rules ?? RULES;
  const excepted = new Set(edition.exceptions.map((e) => `${e.rule}\u0000${e.subject}`));
  const used = new Set<string>();
  const issues: Issue[] = [];
  for (const rule of rules) {
    for (const offense of rule.check(edition)) {
      const key = `${rule.name}\u0000${offense.subject}`;
      if (excepted.has(key)) {
        used.add(key);
        continue;
      }
      issues.push({
        ...where(offense.path),
        rule: rule.name,
        message: offense.message,
        hint: offense.hint,
        severity: "error",
      });
    }
  }
  const known = new Set(rules.map((r) => r.name));
  edition.exceptions.forEach((e, i) => {
    const key = `${e.rule}\u0000${e.subject}`;
    if (!known.has(e.rule) || !used.has(key)) {
      issues.push({
        ...where(["exceptions", i]),
        rule: "exception-unused",
        message: known.has(e.rule)
          ? `exception for ${e.rule} on "${e.subject}" matches no offense`
          : `exception names an unknown rule "${e.rule}"`,
        hint: "remove the exception, or correct its rule and subject to match the reported offense",
        severity: "warning",
      });
    }
  });
  return sortIssues(issues);
}

/**
 * The data without the unknown fields zod reported, when those are its only shape problems:
 * the rules can then still run, so that one misspelt key does not hide every other problem.
 */
function withoutUnknownKeys(data: unknown): unknown {
  const parsed = EditionSchema.safeParse(data);
  if (parsed.success || parsed.error.issues.some((i) => i.code !== "unrecognized_keys")) return undefined;
  const copy = structuredClone(data) as Record<string | number, unknown>;
  for (const issue of parsed.error.issues) {
    if (issue.code !== "unrecognized_keys") continue;
    let node: unknown = copy;
    for (const key of issue.path) node = (node as Record<PropertyKey, unknown>)?.[key as PropertyKey];
    for (const key of issue.keys) delete (node as Record<string, unknown>)[key];
  }
  return copy;
}

/** Shape first, then the domain rules: every problem in one list. */
export function validateEdition(data: unknown, options: ValidateOptions = {}): ValidationResult {
  const shape = checkShape(data, options);
  if (!shape.ok) {
    const lenient = withoutUnknownKeys(data);
    const rest = lenient === undefined ? undefined : EditionSchema.safeParse(lenient);
    if (!rest?.success) return shape;
    return { ok: false, issues: sortIssues([...shape.issues, ...checkRules(rest.data, options)]) };
  }
  const issues = checkRules(shape.edition, options);
  if (issues.some((i) => i.severity === "error")) return { ok: false, issues };
  return { ok: true, edition: shape.edition, issues };
}
