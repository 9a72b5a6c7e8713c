import { readFileSync } from "node:fs";
import { join } from "node:path";
import Handlebars from "handlebars";
import type { TemplateError } from "../document-error.js";
import { LINE_SEPARATOR } from "../markup/inline-text.js";
import { standardHelpers, type TemplateHelpers } from "./helpers.js";
import { findPartials, resolveTemplate, TemplateCache, templateExtension } from "./loader.js";
import type { TemplateSource } from "./locate-markup-errors.js";
import { HelperFailure, templateErrorOf } from "./template-error.js";

export interface RenderTemplateOptions {
  /** Folders searched in order: an edition's override folder first, then the shared templates/. */
  readonly dirs: readonly string[];
  /** Domain helpers, added to the standard ones (eq, join, plural, yearOf, formatNumber). */
  readonly helpers?: TemplateHelpers;
}

export interface RenderedTemplate {
  readonly markup: string;
  /** The template file the markup came from, for locating markup errors. */
  readonly file: string;
  /** The template and every partial it could use, to find markup errors in (see locateInTemplates). */
  readonly sources: readonly TemplateSource[];
}

export type TemplateResult = RenderedTemplate | { readonly errors: readonly TemplateError[] };

type Template = (context: unknown, options: Handlebars.RuntimeOptions) => string;

interface Compiled {
  readonly template: Template;
  /** `{{{x}}}` and `{{& x}}`: data written unescaped could break the markup. */
  readonly unescaped: readonly { line: number; column: number; text: string }[];
}

// Our own instance: helpers and partials never leak into the global Handlebars.
const handlebars = Handlebars.create();
const builtinHelpers = new Set(["if", "unless", "each", "with", "lookup", "log", "helperMissing", "blockHelperMissing"]);

const cache = new TemplateCache<Compiled>((source) => {
  const ast = handlebars.parse(source);
  return { template: handlebars.compile(ast, { strict: true }) as Template, unescaped: unescapedMustaches(ast) };
});

/** Renders template `name` with a view model into document markup, or reports every template problem found. */
export function renderTemplate(name: string, viewModel: object, options: RenderTemplateOptions): TemplateResult {
  const file = resolveTemplate(name, options.dirs);
  if (file === undefined) {
    const expected = join(options.dirs[options.dirs.length - 1] ?? ".", `${name}${templateExtension}`);
    return {
      errors: [
        {
          file: expected,
          line: 1,
          column: 1,
          rule: "template/not-found",
          message: `no template named "${name}"`,
          hint: `looked for ${name}${templateExtension} in: ${options.dirs.join(", ") || "(no folders given)"}`,
          severity: "error",
        },
      ],
    };
  }

  const errors: TemplateError[] = [];
  const sources = new Map<string, string>();
  const origin = new WeakMap<object, string>();
  const load = (path: string): Template | undefined => {
    try {
      const { source, compiled } = cache.load(path);
      sources.set(path, source);
      for (const at of compiled.unescaped) {
        errors.push({
          file: path,
          line: at.line,
          column: at.column,
          rule: "template/unescaped",
          message: `${at.text} writes data without escaping`,
          hint: "use {{x}}: the markup parser decodes entities, so text reaches the PDF exactly as in the data",
          severity: "error",
        });
      }
      return attributed(path, compiled.template, origin);
    } catch (error) {
      errors.push(templateErrorOf(error, path, sources.get(path) ?? safeRead(path)));
      return undefined;
    }
  };

  const main = load(file);
  const partials: Record<string, Template> = {};
  for (const [partialName, path] of findPartials(options.dirs)) {
    const partial = load(path);
    if (partial) partials[partialName] = partial;
  }
  if (main === undefined || errors.length > 0) return { errors };

  try {
    const markup = main(keepLineBreaks(viewModel), {
      helpers: wrapHelpers({ ...standardHelpers, ...options.helpers }),
      partials: partials as Record<string, Handlebars.Template>,
      allowProtoPropertiesByDefault: false,
      allowProtoMethodsByDefault: false,
    });
    return { markup, file, sources: [...sources].map(([path, source]) => ({ file: path, source })) };
  } catch (error) {
    const at = (typeof error === "object" && error !== null ? origin.get(error) : undefined) ?? file;
    return { errors: [templateErrorOf(error, at, sources.get(at) ?? "")] };
  }
}

/**
 * A line break inside a value (a YAML `|` block) must print as one, but markup collapses
 * newlines; as LINE_SEPARATOR it passes escaping and collapsing. Trailing breaks mean nothing.
 */
function keepLineBreaks(value: unknown): unknown {
  if (typeof value === "string") return value.replace(/(?:\r\n|\r|\n)+$/, "").replace(/\r\n|\r|\n/g, LINE_SEPARATOR);
  if (Array.isArray(value)) return value.map(keepLineBreaks);
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, keepLineBreaks(v)]));
  }
  return value;
}

/** Tags an error with the innermost template it came from (a partial's line numbers are its own). */
function attributed(file: string, template: Template, origin: WeakMap<object, string>): Template {
  return (context, options) => {
    try {
      return template(context, options);
    } catch (error) {
      if (typeof error === "object" && error !== null && !origin.has(error)) origin.set(error, file);
      throw error;
    }
  };
}

function wrapHelpers(helpers: TemplateHelpers): Record<string, (...args: unknown[]) => unknown> {
  return Object.fromEntries(
    Object.entries(helpers).map(([name, helper]) => {
      if (builtinHelpers.has(name)) throw new Error(`helper "${name}" would replace a Handlebars built-in`);
      // Handlebars passes its options object last; helpers see only the template's arguments.
      const wrapped = (...args: unknown[]) => {
        try {
          return helper(...args.slice(0, -1));
        } catch (error) {
          throw new HelperFailure(name, error);
        }
      };
      return [name, wrapped];
    }),
  );
}

function unescapedMustaches(ast: hbs.AST.Program): Compiled["unescaped"] {
  const found: { line: number; column: number; text: string }[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== "object") return;
    const statement = node as Partial<hbs.AST.MustacheStatement>;
    if (statement.type === "MustacheStatement" && statement.escaped === false && statement.loc) {
      const path = statement.path && "original" in statement.path ? String(statement.path.original) : "…";
      found.push({ line: statement.loc.start.line, column: statement.loc.start.column + 1, text: `{{{${path}}}}` });
    }
    Object.entries(node).forEach(([key, value]) => key !== "loc" && visit(value));
  };
  visit(ast);
  return found;
}

function safeRead(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}
