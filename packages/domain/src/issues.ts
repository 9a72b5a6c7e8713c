/** Where a value stands in an edition's source files. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** A path into an edition object, e.g. ["conventions", "rows", 3, "cells", "p029"]. */
export type DataPath = readonly (string | number)[];

export type Severity = "error" | "warning";

/** One user-facing problem: the single error shape of the whole project. */
export interface Issue extends SourceLocation {
  readonly rule: string;
  readonly message: string;
  readonly hint: string;
  readonly severity: Severity;
}

/**
 * Maps a data path back to the place in a source file it was read from: its value, or with
 * `"key"` the key that names it in a mapping (where the source has one).
 */
export type Locate = (path: DataPath, part?: "key") => SourceLocation | undefined;

export function compareIssues(a: Issue, b: Issue): number {
  return (
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    a.rule.localeCompare(b.rule) ||
    a.message.localeCompare(b.message)
  );
}

export function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort(compareIssues);
}

/** `file:line:col  rule  message` (clickable in editors and terminals), hint on the next line. */
export function formatIssue(issue: Issue): string {
  const where = `${issue.file}:${issue.line}:${issue.column}`;
  const label = issue.severity === "warning" ? `${issue.rule} (warning)` : issue.rule;
  return `${where}  ${label}  ${issue.message}${issue.hint ? `\n    hint: ${issue.hint}` : ""}`;
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === "error");
}

/** Thrown (and caught once at the top) when user input is invalid; carries every issue at once. */
export class IssuesError extends Error {
  override readonly name = "IssuesError";
  readonly issues: readonly Issue[];
  constructor(issues: readonly Issue[], summary?: string) {
    super(summary ?? `${issues.length} problem${issues.length === 1 ? "" : "s"} found`);
    this.issues = sortIssues(issues);
  }
}

export function pathToString(path: DataPath): string {
  return path
    .map((p) => (typeof p === "number" ? `[${p}]` : `.${p}`))
    .join("")
    .replace(/^\./, "");
}
