import type { Issue, SourceLocation } from "@tip/domain";
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { issueAt, SourceMap } from "./source-map.js";

export interface YamlResult {
  /** The document as plain data (undefined when it could not be read at all). */
  readonly value: unknown;
  /** Where each value stands, by its path inside this document. */
  readonly locations: SourceMap;
  readonly issues: Issue[];
}

const HINTS: Readonly<Record<string, string>> = {
  DUPLICATE_KEY: "each key may appear once in a mapping; remove or rename one of them",
  BAD_INDENT: "indent the entries of one mapping or list by the same number of spaces",
  TAB_AS_INDENT: "indent with spaces; YAML does not allow tabs for indentation",
  MISSING_CHAR: "a quote or bracket is not closed",
  MULTILINE_IMPLICIT_KEY: "a key must fit on one line; check for a missing ': ' or a stray line break",
  BLOCK_AS_IMPLICIT_KEY: "a value may not start a key; check the indentation of this line",
  NON_STRING_KEY: "write the key as text; '?', '[' or '{' before it makes it a list or mapping",
};
/** The parser's messages that name its own options rather than the mistake, in the editor's words. */
const MESSAGES: Readonly<Record<string, string>> = {
  NON_STRING_KEY: "a key must be text, not a list or mapping",
};
const DEFAULT_HINT = "fix the YAML syntax here; quote texts that contain ': ' or start with a special character";

/**
 * Parses one YAML document, mapping every node's path to its line and column. A value's
 * location is the value itself when it is a scalar, its key when it is a mapping or list.
 */
export function parseYaml(text: string, options: { readonly file: string }): YamlResult {
  const { file } = options;
  const lineCounter = new LineCounter();
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const doc = parseDocument(source, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    stringKeys: true,
    logLevel: "error",
  });
  const at = (offset: number): SourceLocation => {
    const pos = lineCounter.linePos(offset);
    return { file, line: pos.line, column: pos.col };
  };
  const issues: Issue[] = [];
  for (const [list, severity] of [
    [doc.errors, "error"],
    [doc.warnings, "warning"],
  ] as const) {
    for (const e of list) {
      const message = MESSAGES[e.code] ?? e.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
      issues.push(
        issueAt(
          at(e.pos[0]),
          `yaml/${e.code.toLowerCase().replaceAll("_", "-")}`,
          message,
          HINTS[e.code] ?? DEFAULT_HINT,
          severity,
        ),
      );
    }
  }
  const locations = new SourceMap();
  locations.set([], at(doc.contents?.range[0] ?? 0));
  if (doc.contents) walk(doc.contents as Node, [], locations, at);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    value = undefined;
    issues.push(
      issueAt(at(0), "yaml/unreadable", `the document cannot be read: ${(e as Error).message}`, DEFAULT_HINT),
    );
  }
  return { value, locations, issues };
}

function walk(node: Node, path: (string | number)[], out: SourceMap, at: (offset: number) => SourceLocation): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      const child = [...path, key];
      const value = pair.value as Node | null;
      const keyAt = at(pair.key.range?.[0] ?? 0);
      out.setKey(child, keyAt);
      if (value && (isScalar(value) || isAlias(value)) && value.range) out.set(child, at(value.range[0]));
      else out.set(child, keyAt);
      if (value && !isScalar(value)) walk(value, child, out, at);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      const child = [...path, i];
      const n = item as Node | null;
      if (n?.range) out.set(child, at(n.range[0]));
      if (n && !isScalar(n)) walk(n, child, out, at);
    });
  }
}
