import { positionFinder, type TemplateError, type TextPosition } from "../document-error.js";
import { standardHelpers, TemplateHelperError } from "./helpers.js";
import { TemplateFileError } from "./loader.js";

/** A helper's failure, tagged with the helper's name so the error can point at its call. */
export class HelperFailure extends Error {
  override readonly name = "HelperFailure";
  readonly helper: string;
  constructor(helper: string, cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.helper = helper;
  }
}

interface HandlebarsLocated {
  readonly message: string;
  readonly lineNumber?: number;
  /** 0-based. */
  readonly column?: number;
}

/** Turns whatever Handlebars or a helper threw into the project's error shape, located in `source`. */
export function templateErrorOf(error: unknown, file: string, source: string): TemplateError {
  const found = positionFinder(source);
  const make = (at: TextPosition, rule: TemplateError["rule"], message: string, hint: string): TemplateError => ({
    file,
    line: at.line,
    column: at.column,
    rule,
    message,
    hint,
    severity: "error",
  });
  const where = (fallback: RegExp | undefined): TextPosition => {
    const located = error as HandlebarsLocated;
    if (typeof located.lineNumber === "number") return { line: located.lineNumber, column: (located.column ?? 0) + 1 };
    // The fallback pattern ends with the name it looks for, in group 1.
    const match = fallback === undefined ? null : fallback.exec(source);
    return match === null ? { line: 1, column: 1 } : found(match.index + match[0].length - (match[1] ?? "").length);
  };

  if (error instanceof HelperFailure) {
    const helper = escapeRegExp(error.helper);
    const rule = error.cause instanceof TemplateHelperError ? "template/helper-error" : "template/helper-failed";
    const at = where(new RegExp(`[{(]~?#?\\s*(${helper})\\b`));
    const hint = isHelperCall(source, at, error.helper)
      ? "check the arguments passed to the helper"
      : `{{${error.helper}}} calls the helper "${error.helper}"; for a field of that name write {{this.${error.helper}}}`;
    return make(at, rule, `helper "${error.helper}": ${error.message}`, hint);
  }
  if (error instanceof TemplateFileError)
    return make({ line: 1, column: 1 }, "template/file", error.message, error.hint);
  const message = error instanceof Error ? error.message : String(error);

  // Strict mode's lookup of a field in a text or a number ({{name.first}} where name is a text) fails
  // inside Handlebars with JavaScript's own message, and without a place: the same mistake.
  const missing =
    /^"([^"]+)" not defined in/.exec(message) ?? /^Cannot use 'in' operator to search for '([^']+)' in /.exec(message);
  if (missing) {
    const named = missing[1] ?? "";
    const { field, at } = fieldInPath(
      source,
      where(new RegExp(`\\{\\{[^}]*?\\b(${escapeRegExp(named)})\\b`)),
      named,
      (error as { missingBefore?: unknown }).missingBefore,
      message.includes(" not defined in undefined"),
    );
    if (isHelperCall(source, at, field)) {
      return make(
        at,
        "template/unknown-helper",
        `no helper named "${field}"`,
        `standard helpers: ${Object.keys(standardHelpers).join(", ")}; others are passed in by the document's code`,
      );
    }
    return make(
      at,
      "template/missing-field",
      `"${field}" is not in the view model`,
      `templates are strict: every field must exist (null or false for "nothing"); check the spelling of "${field}"`,
    );
  }
  const partial = /^The partial (\S+) could not be found/.exec(message);
  if (partial) {
    const name = partial[1] ?? "";
    return make(
      where(new RegExp(`\\{\\{~?>\\s*(${escapeRegExp(name)})\\b`)),
      "template/missing-partial",
      `no partial named "${name}"`,
      `add partials/${name}.hbs to the edition's or the shared templates folder`,
    );
  }
  // "Parse error on line 2:\n…" or "Lexical error on line 2. Unrecognized text.\n…", then an excerpt and a caret.
  const parse = /^(?:Parse error on line (\d+):|Lexical error on line (\d+)\. Unrecognized text\.)\n(.*)\n(-*)\^/.exec(
    message,
  );
  if (parse) {
    const line = Number(parse[1] ?? parse[2]);
    const expected = /\nExpecting (.*)$/.exec(message)?.[1];
    return make(
      { line, column: parseColumn(source, line, parse[3] ?? "", (parse[4] ?? "").length) },
      "template/syntax",
      expected === undefined ? "Handlebars cannot read this" : `Handlebars expected ${expected.replaceAll("'", "")}`,
      "check that every {{ has its }}, and every {{#block}} its {{/block}}",
    );
  }
  if (/doesn't match/.test(message)) {
    return make(
      where(undefined),
      "template/syntax",
      message.replace(/ - \d+:\d+$/, ""),
      "every {{#block}} needs the matching {{/block}}",
    );
  }
  return make(
    where(undefined),
    "template/error",
    message.replace(/ - \d+:\d+$/, ""),
    "see the Handlebars documentation for this construct",
  );
}

/**
 * Handlebars places a missing field at the start of its path (`country.region.name`); the editor is
 * sent to the part that is missing: the last, or the one before it that the runtime found missing
 * (`missingBefore`, see guardContainer in render-template.ts) when it is a part of this path; when
 * neither is known, to the path's start.
 */
function fieldInPath(
  source: string,
  at: TextPosition,
  field: string,
  missingBefore: unknown,
  ofNothing: boolean,
): { field: string; at: TextPosition } {
  const path = /^[^\s{}()~=|]+/.exec((source.split("\n")[at.line - 1] ?? "").slice(at.column - 1))?.[0] ?? "";
  const parts = [...path.matchAll(/[^./]+/g)];
  const last = parts[parts.length - 1];
  if (parts.length < 2 || last === undefined) return { field, at };
  const before = parts.slice(0, -1).find((part) => part[0] === missingBefore);
  // Looked up in nothing, the last part says only that a part before it is missing: the path's start.
  const part = before ?? (last[0] === field && !ofNothing ? last : undefined);
  return part === undefined ? { field, at } : { field: part[0], at: { line: at.line, column: at.column + part.index } };
}

/**
 * Handlebars' parse errors give the line and an excerpt with a caret; the excerpt drops
 * newlines, so find where its text before the caret ends on that line.
 */
function parseColumn(source: string, line: number, excerpt: string, caret: number): number {
  const text = source.split("\n")[line - 1] ?? "";
  const before = excerpt.slice(0, caret).replace(/^\.\.\./, "");
  for (let length = before.length; length > 0; length--) {
    const tail = before.slice(-length);
    const at = text.indexOf(tail);
    if (at >= 0 && text.indexOf(tail, at + 1) < 0) return at + tail.length + 1;
  }
  return 1;
}

/** `{{name arg}}`, `{{#name arg}}` or `(name arg)`: strict mode reports a missing helper as a missing field. */
function isHelperCall(source: string, at: TextPosition, name: string): boolean {
  const line = source.split("\n")[at.line - 1] ?? "";
  const before = line.slice(0, at.column - 1);
  const after = line.slice(at.column - 1);
  return (
    /(?:\{\{~?[#^]?|\()\s*$/.test(before) && after.startsWith(name) && /^\s+[^\s}~)]/.test(after.slice(name.length))
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
