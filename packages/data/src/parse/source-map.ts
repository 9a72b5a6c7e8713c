import type { DataPath, Issue, Locate, Severity, SourceLocation } from "@tip/domain";

const keyOf = (path: DataPath): string => JSON.stringify(path);

/** Where each value of a parsed file stands, by its data path. */
export class SourceMap {
  readonly #at = new Map<string, SourceLocation>();
  /** Where the key naming a mapping's entry stands, by the entry's path (YAML). */
  readonly #keys = new Map<string, SourceLocation>();

  set(path: DataPath, at: SourceLocation): void {
    this.#at.set(keyOf(path), at);
  }

  get(path: DataPath): SourceLocation | undefined {
    return this.#at.get(keyOf(path));
  }

  setKey(path: DataPath, at: SourceLocation): void {
    this.#keys.set(keyOf(path), at);
  }

  getKey(path: DataPath): SourceLocation | undefined {
    return this.#keys.get(keyOf(path));
  }

  /** Copies every location of `other` under `prefix` (a file's values into the edition). */
  mount(prefix: DataPath, other: SourceMap): void {
    const under = (key: string) => keyOf([...prefix, ...(JSON.parse(key) as (string | number)[])]);
    for (const [key, at] of other.#at) this.#at.set(under(key), at);
    for (const [key, at] of other.#keys) this.#keys.set(under(key), at);
  }

  get size(): number {
    return this.#at.size;
  }

  /** A `Locate` for `validateEdition`: exact paths only (it walks up to ancestors itself). */
  readonly locate: Locate = (path, part) => (part === "key" ? this.getKey(path) : this.get(path));
}

export function issueAt(
  at: SourceLocation,
  rule: string,
  message: string,
  hint: string,
  severity: Severity = "error",
): Issue {
  return { file: at.file, line: at.line, column: at.column, rule, message, hint, severity };
}
