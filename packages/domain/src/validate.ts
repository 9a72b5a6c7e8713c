import type * as z from "zod";
import { sortIssues, type DataPath, type Issue, type Locate, type SourceLocation } from "./issues.js";
import { EditionSchema, type Edition } from "./model/edition.js";
import { RULES } from "./rules/index.js";
import type { Offense, Rule } from "./rules/rule.js";

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
      // A pattern's message says what it expects ("expected a date as YYYY-MM-DD").
      if (issue.format === "regex")
        return issue.message.startsWith("expected ")
          ? `write ${issue.message.slice("expected ".length)}`
          : "write it in the form the data model gives";
      return `write it in the ${issue.format} format`;
    case "custom":
      return typeof issue.params?.["hint"] === "string"
        ? issue.params["hint"]
        : "see the data model in the documentation";
    default:
      return "see the data model in the documentation";
  }
}

/** Checks the shape of raw data against the schema; every problem at once. */
export function checkShape(data: unknown, options: ValidateOptions = {}): ValidationResult {
  const parsed = EditionSchema.safeParse(data);
  if (parsed.success) return { ok: true, edition: parsed.data, issues: [] };
  return { ok: false, issues: shapeIssues(parsed.error.issues, options) };
}

/** zod's problems as issues, each where the loader read the value (an unknown field at its key). */
function shapeIssues(problems: readonly z.core.$ZodIssue[], options: ValidateOptions): Issue[] {
  const where = locator(options);
  const issues = problems.map((issue): Issue => {
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    const field = path.length ? ` at ${path.join(".")}` : "";
    // An unknown field is shown at its key, not at the start of the object holding it.
    const unknownKey =
      issue.code === "unrecognized_keys" && issue.keys[0] !== undefined ? [...path, issue.keys[0]] : undefined;
    const keyAt = unknownKey && options.locate?.(unknownKey, "key");
    return {
      ...(keyAt || where(unknownKey ?? path)),
      rule: `schema/${issue.code}`,
      message: `${issue.message}${field}`,
      hint: schemaHint(issue),
      severity: "error",
    };
  });
  return sortIssues(issues);
}

/** Runs the domain rules over a well-formed edition, honouring its recorded exceptions. */
export function checkRules(edition: Edition, options: ValidateOptions = {}): Issue[] {
  return runRules(edition, options, (rule) => rule.check(edition));
}

/**
 * Runs each rule through `run`, which returns its offenses, or undefined when the rule could not
 * run; exceptions suppress the offenses they name. An exception that names no rule is reported;
 * one that suppressed nothing only when the whole edition was checked (`complete`), since over a
 * partial edition its offense may sit in a part that failed.
 */
function runRules(
  edition: Edition,
  options: ValidateOptions,
  run: (rule: Rule) => readonly Offense[] | undefined,
  complete = true,
): Issue[] {
  const where = locator(options);
  const rules = options.rules ?? RULES;
  const excepted = new Set(edition.exceptions.map((e) => `${e.rule}\u0000${e.subject}`));
  const used = new Set<string>();
  const issues: Issue[] = [];
  for (const rule of rules) {
    const offenses = run(rule);
    if (offenses === undefined) continue;
    for (const offense of offenses) {
      const key = `${rule.name}\u0000${offense.subject}`;
      if (excepted.has(key)) {
        used.add(key);
        continue;
      }
      const at = where(offense.path);
      issues.push({
        ...at,
        rule: rule.name,
        message: withFirst(offense, at, options),
        hint: offense.hint,
        severity: "error",
      });
    }
  }
  const known = new Set(rules.map((r) => r.name));
  edition.exceptions.forEach((e, i) => {
    const key = `${e.rule}\u0000${e.subject}`;
    if (known.has(e.rule) && !complete) return;
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

/** An offense's message, with where its first occurrence is: a line in the same file, else file:line:column. */
function withFirst(offense: Offense, at: SourceLocation, options: ValidateOptions): string {
  if (offense.first === undefined) return offense.message;
  const first = options.locate?.(offense.first.path);
  const where =
    first === undefined
      ? offense.first.fallback
      : first.file === at.file
        ? `line ${first.line}`
        : `${first.file}:${first.line}:${first.column}`;
  return `${offense.message}; first at ${where}`;
}

/** Thrown by a partial edition when a rule reads a part that did not pass the schema. */
class PartUnavailable extends Error {}

type Section = keyof typeof EditionSchema.shape;

/**
 * The parts of an edition that passed the schema, for the rules that read only those: when one
 * file has a typo, the rules still check every other file. A part whose only problems are in
 * some items of an array (a table row, a glossary entry) keeps its other items, each at its own
 * index, with holes where the broken ones were. Reading a part that failed throws, and a rule
 * that does so, or that trips over a hole, is skipped. Undefined when no part can be used (the
 * data is not an object, or its recorded exceptions are broken and so cannot be honoured).
 */
function partialEdition(data: unknown, problems: readonly z.core.$ZodIssue[]): Edition | undefined {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return undefined;
  const record = data as Record<string, unknown>;
  const paths = problems.map((p) => p.path.filter((k): k is string | number => typeof k !== "symbol"));
  // Exceptions are honoured whole or not at all: a broken one might be the one an offense needs.
  if (paths.some((p) => p.length === 0 || p[0] === "exceptions")) return undefined;
  const usable = new Map<string, unknown>();
  for (const section of Object.keys(EditionSchema.shape) as Section[]) {
    const own = paths.filter((p) => p[0] === section).map((p) => p.slice(1));
    const value =
      own.length === 0 ? parsePart(section, record[section]) : withoutBrokenItems(section, record[section], own);
    if (value !== undefined) usable.set(section, value);
  }
  if (!usable.has("exceptions")) return undefined;
  return new Proxy({} as Edition, {
    get(_, key) {
      if (typeof key === "string" && Object.hasOwn(EditionSchema.shape, key)) {
        if (!usable.has(key)) throw new PartUnavailable(key);
        return usable.get(key);
      }
      return undefined;
    },
  });
}

function parsePart(section: Section, value: unknown): unknown {
  const parsed = EditionSchema.shape[section].safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * A part parsed without the array items its problems are in, those items left as holes at their
 * own indexes; undefined when a problem is outside any array item or the rest still fails.
 */
function withoutBrokenItems(section: Section, value: unknown, problems: readonly (string | number)[][]): unknown {
  // Each problem's outermost array item: the path to the array, and the item's index.
  const broken = new Map<string, { readonly at: readonly string[]; readonly indexes: Set<number> }>();
  for (const path of problems) {
    const index = path.findIndex((k) => typeof k === "number");
    if (index < 0) return undefined;
    const at = path.slice(0, index) as string[];
    const key = at.join("\u0000");
    const entry = broken.get(key) ?? { at, indexes: new Set<number>() };
    entry.indexes.add(path[index] as number);
    broken.set(key, entry);
  }
  const copy = structuredClone(value);
  const lengths: number[] = [];
  for (const { at, indexes } of broken.values()) {
    const items = itemsAt(copy, at);
    if (items === undefined) return undefined;
    lengths.push(items.length);
    const kept = items.filter((_, i) => !indexes.has(i));
    items.length = 0;
    items.push(...kept);
  }
  const parsed = parsePart(section, copy);
  if (parsed === undefined) return undefined;
  [...broken.values()].forEach(({ at, indexes }, n) => {
    const items = itemsAt(parsed, at)!;
    const kept = [...items];
    items.length = 0;
    items.length = lengths[n]!;
    let next = 0;
    for (let i = 0; i < items.length; i++) if (!indexes.has(i)) items[i] = kept[next++];
  });
  return parsed;
}

/** The array at a path of object keys, or undefined. */
function itemsAt(root: unknown, path: readonly string[]): unknown[] | undefined {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return Array.isArray(node) ? node : undefined;
}

/** The data without the unknown fields zod reported (a copy), or the data itself when it had none. */
function withoutUnknownKeys(data: unknown, problems: readonly z.core.$ZodIssue[]): unknown {
  if (!problems.some((i) => i.code === "unrecognized_keys")) return data;
  const copy = structuredClone(data) as Record<string | number, unknown>;
  for (const issue of problems) {
    if (issue.code !== "unrecognized_keys") continue;
    let node: unknown = copy;
    for (const key of issue.path) node = (node as Record<PropertyKey, unknown>)?.[key as PropertyKey];
    for (const key of issue.keys) delete (node as Record<string, unknown>)[key];
  }
  return copy;
}

/**
 * Shape first, then the domain rules: every problem in one list. When the shape fails, the rules
 * still run over the parts that passed (see `partialEdition`), so a broken date in edition.yaml
 * does not hide a duplicated country in conventions.csv.
 */
export function validateEdition(data: unknown, options: ValidateOptions = {}): ValidationResult {
  const parsed = EditionSchema.safeParse(data);
  if (!parsed.success) {
    const shape = { ok: false as const, issues: shapeIssues(parsed.error.issues, options) };
    // One misspelt key should not hide every other problem: the rules run without unknown keys,
    // over the whole edition if that is all that was wrong, else over the parts that passed.
    let rest: ReturnType<typeof EditionSchema.safeParse>;
    let partial: Edition | undefined;
    try {
      const lenient = withoutUnknownKeys(data, parsed.error.issues);
      rest = lenient === data ? parsed : EditionSchema.safeParse(lenient);
      partial = rest.success ? undefined : partialEdition(lenient, rest.error.issues);
    } catch {
      return shape; // data that cannot be copied (not read from files): the shape problems alone
    }
    if (rest.success) return { ok: false, issues: sortIssues([...shape.issues, ...checkRules(rest.data, options)]) };
    if (partial === undefined) return shape;
    const edition = partial;
    const offenses = runRules(
      edition,
      options,
      (rule) => {
        try {
          return rule.check(edition);
        } catch {
          return undefined; // the rule reads a part that failed, or an item that did
        }
      },
      false,
    );
    return { ok: false, issues: sortIssues([...shape.issues, ...offenses]) };
  }
  const issues = checkRules(parsed.data, options);
  if (issues.some((i) => i.severity === "error")) return { ok: false, issues };
  return { ok: true, edition: parsed.data, issues };
}
