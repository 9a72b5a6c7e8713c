import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { DataPath, Issue, SourceLocation } from "@tip/domain";
import { positionFinder } from "../document-error.js";
import { drawableCodePoints } from "@tip/pdf-engine/font-coverage";

/**
 * Every character of an edition's text must be one the report can print. The domain knows nothing
 * of fonts, so this check lives with the renderer that embeds them: `validate` and `generate` run it
 * beside the domain's rules, on the text as loaded, with the fonts' own coverage (font-coverage.ts).
 *
 * Two kinds of character are reported, each value once per kind, at its first offending character:
 * - control characters (C0 and C1, DEL; tab, line feed and carriage return are whitespace), which
 *   pdfkit drops or draws as nothing;
 * - characters no face of the embedded font has (Arabic, Hebrew, CJK, emoji, bidirectional
 *   overrides such as U+202E…), which print as overlapping missing-glyph boxes that read back as
 *   nothing.
 */
export function drawableTextIssues(raw: unknown, locate: (path: DataPath) => SourceLocation | undefined): Issue[] {
  const drawable = drawableCodePoints();
  const issues: Issue[] = [];
  const sources = new Map<string, { text: string; position: ReturnType<typeof positionFinder> } | null>();
  const source = (file: string) => {
    if (!sources.has(file)) {
      try {
        const text = readFileSync(resolve(file), "utf8");
        sources.set(file, { text, position: positionFinder(text) });
      } catch {
        sources.set(file, null);
      }
    }
    return sources.get(file)!;
  };
  /** The value's place, or its nearest located ancestor's. */
  const where = (path: DataPath): SourceLocation | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const at = locate(path.slice(0, n));
      if (at) return at;
    }
    return undefined;
  };
  /** The character itself in the file, from the value's place on, where the file writes it as is. */
  const exact = (at: SourceLocation, text: string, char: string): SourceLocation => {
    const file = source(at.file);
    if (!file) return at;
    const lines = file.text.split("\n", at.line);
    const start = lines.slice(0, at.line - 1).reduce((sum, line) => sum + line.length + 1, 0) + at.column - 1;
    const found = file.text.indexOf(char, start);
    return found >= 0 && found - start <= text.length * 4 + 16 ? { file: at.file, ...file.position(found) } : at;
  };

  const check = (path: DataPath, text: string) => {
    const control: number[] = [];
    const undrawable: number[] = [];
    for (const char of text) {
      const code = char.codePointAt(0)!;
      if (isControl(code)) control.push(code);
      else if (!drawable.has(code) && !isLineBreak(code)) undrawable.push(code);
    }
    const at = control.length || undrawable.length ? where(path) : undefined;
    if (!at) return;
    if (control.length) {
      issues.push({
        ...exact(at, text, String.fromCodePoint(control[0]!)),
        rule: "text/control-character",
        message: `${describe(control)} in ${pathText(path)}: the PDF would drop ${control.length === 1 ? "it" : "them"}`,
        hint: "delete it (it is invisible in most editors: look for it at this line and column), or replace it with the character meant",
        severity: "error",
      });
    }
    if (undrawable.length) {
      issues.push({
        ...exact(at, text, String.fromCodePoint(undrawable[0]!)),
        rule: "text/undrawable-character",
        message: `${describe(undrawable)} in ${pathText(path)}: the report's fonts cannot draw ${undrawable.length === 1 ? "it" : "them"}, so ${undrawable.length === 1 ? "it" : "they"} would print as empty boxes`,
        hint: "the fonts (Roboto, in packages/pdf-engine/assets/fonts) draw Latin, Greek and Cyrillic letters and common punctuation; write the text in those, as the published report does",
        severity: "error",
      });
    }
  };

  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value === "string") check(path, value);
    else if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (value !== null && typeof value === "object")
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  walk(raw, []);
  return issues;
}

/** C0 controls but tab, line feed and carriage return; DEL; C1 controls. */
const isControl = (code: number): boolean =>
  (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f);

/** Tab, line feed and carriage return are whitespace; U+2028 and U+2029 line and paragraph breaks: none is drawn as a glyph. */
const isLineBreak = (code: number): boolean =>
  code === 0x09 || code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;

const hex = (code: number): string => `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;

/** Code points as U+XXXX, the printable ones with the character itself (never a control or format character raw). */
function describe(codes: readonly number[]): string {
  const distinct = [...new Set(codes)];
  const shown = distinct
    .slice(0, 5)
    .map((code) =>
      /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(String.fromCodePoint(code))
        ? `${hex(code)} "${String.fromCodePoint(code)}"`
        : hex(code),
    );
  const more = distinct.length > 5 ? ` and ${distinct.length - 5} more` : "";
  const kind = codes.length === 1 ? "character" : `${codes.length} characters`;
  return `${kind} ${shown.join(", ")}${more}`;
}

const pathText = (path: DataPath): string =>
  path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("") || "the edition";
