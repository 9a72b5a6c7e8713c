import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Handlebars from "handlebars";
import type { TemplateError } from "../document-error.js";
import { LINE_SEPARATOR } from "../markup/inline-text.js";
import { standardHelpers, type TemplateHelpers } from "./helpers.js";
import { findPartials, readTemplateFile, resolveTemplate, TemplateCache, templateExtension } from "./loader.js";
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

export interface Located {
  readonly name: string;
  readonly line: number;
  /** 1-based. */
  readonly column: number;
}

export interface Compiled {
  readonly template: Template;
  /** `{{{x}}}` and `{{& x}}`: data written unescaped could break the markup. */
  readonly unescaped: readonly { line: number; column: number; text: string }[];
  /** Every helper called with arguments (`{{name arg}}`, `(name arg)`) and every partial named, where. */
  readonly calls: {
    readonly helpers: readonly Located[];
    readonly partials: readonly Located[];
    readonly inline: readonly string[];
    /** Paths through JavaScript's own members (`x.__proto__`, `x.constructor`): never the view model's data. */
    readonly prototype: readonly Located[];
    /** Mistakes seen in the tree alone: a field called with arguments, `../` past the top, an inline partial without a name. */
    readonly problems: readonly TreeProblem[];
  };
}

/** A mistake found in a template's tree before it renders. */
export interface TreeProblem {
  readonly line: number;
  readonly column: number;
  readonly rule: TemplateError["rule"];
  readonly message: string;
  readonly hint: string;
}

// Our own instance: helpers and partials never leak into the global Handlebars.
const handlebars = Handlebars.create();
const builtinHelpers = new Set([
  "if",
  "unless",
  "each",
  "with",
  "lookup",
  "log",
  "helperMissing",
  "blockHelperMissing",
]);

/** Members every JavaScript object has (Handlebars' prototype-access list, and `prototype`): a path through one reads no data. */
const JAVASCRIPT_MEMBERS = new Set([
  "__proto__",
  "constructor",
  "prototype",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__",
]);

/** How every template is compiled: a `{{field}}` the view model lacks is an error, not an empty string. */
const COMPILE_OPTIONS = { strict: true } as const;

/**
 * The helper a field called with arguments (`{{this.name 1}}`, reported before the render) is turned
 * into: it writes nothing. Also the name given to an inline partial without one (no call can name it).
 */
const FIELD_CALL = "field called with arguments";

/**
 * Every template's JavaScript reads the view model through the runtime's `strict` and `lookupProperty`;
 * these give Handlebars' own answers, except where it would crash without saying where: a field of a
 * text or a number (`{{name.first}}`) is refused at its place, and a path through a field that is not
 * there reads as nothing up to its last part, which `strict` then refuses, naming the field that was
 * missing (`missingBefore`) rather than the last. Installed on our own instance's `template` (never
 * the global Handlebars), which both compiled and precompiled templates go through. It rests on the
 * runtime of Handlebars 4.7.10 (pinned exactly in package.json): `container.strict`, `lookupProperty`
 * and a spec's `main`; template-mistakes.test.ts shows it in effect (a field of a text placed inside
 * nested loops, an {{#if}} through a field that is not there).
 */
const plainTemplate = handlebars.template.bind(handlebars);
handlebars.template = ((spec: { main: (container: Container, ...rest: unknown[]) => unknown }) =>
  plainTemplate({
    ...spec,
    main(this: unknown, container: Container, ...rest: unknown[]) {
      guardContainer(container);
      return spec.main.call(this, container, ...rest);
    },
  } as unknown as TemplateSpecification)) as typeof handlebars.template;

type TemplateSpecification = Parameters<typeof plainTemplate>[0];
interface Container {
  strict: (obj: unknown, name: string, loc: unknown) => unknown;
  lookupProperty: (parent: unknown, name: string) => unknown;
  guarded?: true;
}

function guardContainer(container: Container): void {
  if (container.guarded) return;
  container.guarded = true;
  const { strict, lookupProperty } = container;
  let missing: string | undefined;
  container.lookupProperty = (parent, name) => {
    if (parent === null || parent === undefined) return undefined;
    const value = lookupProperty(parent, name);
    missing = value === undefined && !(name in Object(parent)) ? name : undefined;
    return value;
  };
  container.strict = (obj, name, loc) => {
    const before = missing;
    missing = undefined;
    if (obj === null || obj === undefined || (typeof obj !== "object" && typeof obj !== "function")) {
      const what = obj === null || obj === undefined ? String(obj) : typeof obj;
      throw Object.assign(new handlebars.Exception(`"${name}" not defined in ${what}`, { loc } as hbs.AST.Node), {
        missingBefore: obj === undefined ? before : undefined,
      });
    }
    return strict(obj, name, loc);
  };
}

/** The tests whose argument may be a field the view model does not have: it reads as false (an optional field left out). */
const TESTS = new Set(["if", "unless"]);

/**
 * Makes every field given to a helper or a partial as strict as `{{field}}` (Handlebars looks up
 * arguments without a word when they are missing): a field that is not in the view model is a
 * missing field, wherever it is used, except as the test of {{#if}} and {{#unless}}, where an
 * optional field left out of the view model reads as false. Also turns each field called with
 * arguments, reported before the render, into a helper that writes nothing, so that the render
 * goes on to find missing fields.
 */
function prepareTree(ast: hbs.AST.Program): hbs.AST.Program {
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    const n = node as {
      type?: string;
      path?: hbs.AST.PathExpression;
      params?: { type?: string; strict?: boolean }[];
      hash?: { pairs: { value: { type?: string; strict?: boolean } }[] };
    };
    if (n.type !== undefined && CALLS.has(n.type)) {
      const name = simpleName(n.path);
      const test = name !== undefined && TESTS.has(name);
      n.params?.forEach((param, i) => {
        if (param.type === "PathExpression" && !(test && i === 0)) param.strict = true;
      });
      for (const { value } of n.hash?.pairs ?? []) if (value.type === "PathExpression") value.strict = true;
      if (fieldCall(n) && n.path) Object.assign(n.path, { parts: [FIELD_CALL], original: FIELD_CALL });
    }
    // An inline partial without a name in quotes, reported before the render, is given one no call can use.
    if (n.type === "DecoratorBlock" && simpleName(n.path) === "inline" && n.params?.[0]?.type !== "StringLiteral") {
      n.params = [{ type: "StringLiteral", value: FIELD_CALL } as { type: string }];
    }
    for (const [key, value] of Object.entries(node)) if (key !== "loc") visit(value);
  };
  visit(ast);
  return ast;
}

const CALLS = new Set([
  "MustacheStatement",
  "BlockStatement",
  "SubExpression",
  "PartialStatement",
  "PartialBlockStatement",
]);

/** A helper's name: a path of one plain part (not `this.x`, `@root.x`, `x.y`, `../x`). */
function simpleName(path: unknown): string | undefined {
  const p = path as Partial<hbs.AST.PathExpression>;
  return p?.type === "PathExpression" && !p.data && p.parts?.length === 1 && p.original === p.parts[0]
    ? p.original
    : undefined;
}

/** `{{this.name 1}}`, `{{@root.name 1}}`, `(x.y 1)`: a path that is not a helper's name, given arguments. */
function fieldCall(n: { type?: string; path?: hbs.AST.PathExpression; params?: unknown[]; hash?: unknown }): boolean {
  if (n.type !== "MustacheStatement" && n.type !== "BlockStatement" && n.type !== "SubExpression") return false;
  const withArguments = n.type === "SubExpression" || (n.params?.length ?? 0) > 0 || n.hash !== undefined;
  return withArguments && n.path?.type === "PathExpression" && simpleName(n.path) === undefined;
}

/** Parses a template and prepares its tree for compiling (prepareTree); `calls` is read before. */
function parseTemplate(source: string): { ast: hbs.AST.Program; calls: Compiled["calls"] } {
  const ast = handlebars.parse(source);
  const calls = callsIn(ast);
  return { ast: prepareTree(ast), calls };
}

/**
 * A template compiled ahead of time (scripts/precompile-templates.mjs, for the shipped templates):
 * Handlebars' JavaScript for it, and what `renderTemplate` checks in its tree.
 */
export interface PrecompiledTemplate {
  /** `Handlebars.precompile`'s output: the source of a template spec object. */
  readonly spec: string;
  readonly unescaped: Compiled["unescaped"];
  readonly calls: Compiled["calls"];
}

/** The key of a template's source among precompiled templates: its SHA-256, so an edited file never meets a stale one. */
export function templateKey(source: string): string {
  return createHash("sha256").update(source).digest("hex");
}

/** Parses and compiles a template ahead of time, as `compileTemplate` would at run time. */
export function precompileTemplate(source: string): PrecompiledTemplate {
  const { ast, calls } = parseTemplate(source);
  // Handlebars' types call it a TemplateSpecification; without `asObject` it is that object's source.
  const spec = String(handlebars.precompile(ast, COMPILE_OPTIONS));
  return { spec, unescaped: unescapedMustaches(ast), calls };
}

/**
 * A template's source compiled: from `precompiled` when it holds this very source (the same
 * Handlebars compiler wrote it, so the same function; only parsing and code generation, some 100 ms
 * of CPU for the shipped templates in a cold process, are skipped), else parsed and compiled here.
 */
export function compileTemplate(source: string, precompiled: ReadonlyMap<string, PrecompiledTemplate>): Compiled {
  const ahead = precompiled.size > 0 ? precompiled.get(templateKey(source)) : undefined;
  if (ahead !== undefined) {
    const spec = new Function(`return ${ahead.spec};`)() as Parameters<typeof handlebars.template>[0];
    return { template: handlebars.template(spec) as Template, unescaped: ahead.unescaped, calls: ahead.calls };
  }
  const { ast, calls } = parseTemplate(source);
  return {
    template: handlebars.compile(ast, COMPILE_OPTIONS) as Template,
    unescaped: unescapedMustaches(ast),
    calls,
  };
}

/** Where the build leaves the shipped templates precompiled: dist/, one level above this module (dist/templates/ or dist/bundle/). */
export const PRECOMPILED_FILE = new URL("../precompiled-templates.json", import.meta.url);

/** The precompiled templates in `file`, by templateKey; none when the file is missing (the sources, before a build). */
export function readPrecompiled(file: URL): Map<string, PrecompiledTemplate> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return new Map();
  }
  const { templates } = JSON.parse(text) as { templates: Record<string, PrecompiledTemplate> };
  return new Map(Object.entries(templates));
}

let precompiled: Map<string, PrecompiledTemplate> | undefined;
const cache = new TemplateCache<Compiled>((source) =>
  compileTemplate(source, (precompiled ??= readPrecompiled(PRECOMPILED_FILE))),
);

/**
 * What one render may cost, at most: `{{#each}}` iterations, and characters of markup written. The
 * 2017 appendix takes some 300 iterations and 36,000 characters; an edition of every country some
 * ten times that. A template that loops six deep over the instruments (262,144 iterations) or
 * writes megabytes is stopped with a located error instead of laying out thousands of pages.
 */
export const MAX_ITERATIONS = 100_000;
export const MAX_MARKUP = 2_000_000;

/** Thrown by `{{#each}}` past MAX_ITERATIONS, where the loop is written. */
class LoopBudgetExceeded extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
  ) {
    super(`loops ran more than ${MAX_ITERATIONS.toLocaleString("en-US")} times in one document`);
  }
}

interface Budget {
  iterations: number;
}

const builtinEach = Handlebars.create().helpers["each"] as (
  this: unknown,
  context: unknown,
  options: Handlebars.HelperOptions,
) => string;

/** Handlebars' `each`, counting the iterations of one render against MAX_ITERATIONS. */
function countedEach(budget: Budget) {
  return function each(
    this: unknown,
    context: unknown,
    options: Handlebars.HelperOptions & { loc?: { start: { line: number; column: number } } },
  ): string {
    const fn = options.fn;
    const at = options.loc?.start;
    const counted = Object.assign(function (this: unknown, ...args: Parameters<typeof fn>) {
      if (++budget.iterations > MAX_ITERATIONS) throw new LoopBudgetExceeded(at?.line ?? 1, (at?.column ?? 0) + 1);
      return fn.apply(this, args);
    }, fn);
    return builtinEach.call(this, context, { ...options, fn: counted });
  };
}

/** At most this many renders to find every missing field of one template (see `missingFields`). */
const MAX_RENDERS = 50;

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
  let failed = false;
  const sources = new Map<string, string>();
  const origin = new WeakMap<object, string>();
  const calls = new Map<string, Compiled["calls"]>();
  const load = (path: string): Template | undefined => {
    try {
      const { source, compiled } = cache.load(path, options.dirs);
      sources.set(path, source);
      calls.set(path, compiled.calls);
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
      errors.push(templateErrorOf(error, path, sources.get(path) ?? safeRead(path, options.dirs)));
      failed = true;
      return undefined;
    }
  };

  const main = load(file);
  const partials: Record<string, Template> = {};
  const partialFiles = new Map<string, string>();
  for (const [partialName, path] of findPartials(options.dirs)) {
    partialFiles.set(partialName, path);
    const partial = load(path);
    if (partial) partials[partialName] = partial;
  }
  // Triple braces do not stop the render: what else is wrong is reported with them.
  if (main === undefined || failed) return { errors };

  const helpers = { ...standardHelpers, ...options.helpers };
  const unknown = unknownCalls(file, calls, partialFiles, new Set([...builtinHelpers, ...Object.keys(helpers)]));
  // Unknown helpers and partials stand in as nothing, so that the render still finds the missing fields.
  const stand = () => "";
  const budget: Budget = { iterations: 0 };
  const runtime = {
    helpers: {
      ...Object.fromEntries(unknown.flatMap((e) => (e.standIn === "helper" ? [[e.name, stand]] : []))),
      ...wrapHelpers(helpers),
      [FIELD_CALL]: stand,
      lookup: strictLookup,
      each: countedEach(budget),
    },
    allowProtoPropertiesByDefault: false,
    allowProtoMethodsByDefault: false,
  };
  const standIns = Object.fromEntries(unknown.flatMap((e) => (e.standIn === "partial" ? [[e.name, stand]] : [])));
  const allPartials = { ...standIns, ...partials };
  const context = keepLineBreaks(viewModel);
  const reported = [...errors, ...unknown.map(({ name: _, standIn: __, ...error }) => error)];
  try {
    const markup = main(context, { ...runtime, partials: allPartials as Record<string, Handlebars.Template> });
    if (reported.length > 0) return { errors: reported };
    if (markup.length > MAX_MARKUP) {
      const size = `${(markup.length / 1e6).toFixed(1)} million characters`;
      return {
        errors: [
          {
            file,
            line: 1,
            column: 1,
            rule: "template/too-large",
            message: `the template wrote ${size} of markup; a document may have at most ${(MAX_MARKUP / 1e6).toFixed(0)} million`,
            hint: "check the template's loops: one may be repeating what it should write once",
            severity: "error",
          },
        ],
      };
    }
    return { markup, file, sources: [...sources].map(([path, source]) => ({ file: path, source })) };
  } catch (error) {
    const first = renderError(error, origin, file, sources);
    if (first.rule !== "template/missing-field") return { errors: [...reported, first] };
    // A path through a JavaScript member, reported above, may fail here too: at its start, or at the
    // member (Handlebars gives no place when it fails on a text or a number).
    const known = (e: TemplateError) =>
      reported.some(
        (r) => r.file === e.file && r.line === e.line && (r.column === e.column || r.message === e.message),
      );
    const found = missingFields(first, file, partialFiles, standIns, sources, context, runtime, budget);
    return { errors: [...reported, ...found.filter((e) => !known(e))] };
  }
}

/**
 * Every missing field, not just the first: strict mode stops at the first, so each one found is
 * replaced by nothing in a fresh copy of its template, and the render runs again, until it gets
 * through, stops at another kind of problem, or has run `MAX_RENDERS` times.
 */
function missingFields(
  first: TemplateError,
  file: string,
  partialFiles: ReadonlyMap<string, string>,
  standIns: Readonly<Record<string, Template>>,
  sources: ReadonlyMap<string, string>,
  context: unknown,
  runtime: Handlebars.RuntimeOptions,
  budget: Budget,
): TemplateError[] {
  const found = [first];
  const trees = new Map([...sources].map(([path, source]) => [path, parseTemplate(source).ast]));
  for (let renders = 1; renders < MAX_RENDERS; renders++) {
    const last = found[found.length - 1]!;
    if (!blankPathAt(trees.get(last.file), last.line, last.column)) break;
    const origin = new WeakMap<object, string>();
    const compile = (path: string) =>
      attributed(path, handlebars.compile(trees.get(path)!, COMPILE_OPTIONS) as Template, origin);
    const partials = {
      ...standIns,
      ...Object.fromEntries(
        [...partialFiles].filter(([, path]) => trees.has(path)).map(([name, path]) => [name, compile(path)]),
      ),
    };
    try {
      budget.iterations = 0;
      compile(file)(context, { ...runtime, partials: partials as Record<string, Handlebars.Template> });
      break;
    } catch (error) {
      const next = renderError(error, origin, file, sources);
      if (found.some((e) => e.file === next.file && e.line === next.line && e.column === next.column)) break;
      found.push(next);
      // Another kind of problem past the missing fields is reported too, and ends the search.
      if (next.rule !== "template/missing-field") break;
    }
  }
  return found;
}

/** What a render threw, as a template error in the innermost template it came from. */
function renderError(
  error: unknown,
  origin: WeakMap<object, string>,
  file: string,
  sources: ReadonlyMap<string, string>,
): TemplateError {
  const at = (typeof error === "object" && error !== null ? origin.get(error) : undefined) ?? file;
  if (error instanceof LoopBudgetExceeded) {
    return {
      file: at,
      line: error.line,
      column: error.column,
      rule: "template/too-many-iterations",
      message: error.message,
      hint: "loops nested inside each other multiply: check this {{#each}} and the loops around it",
      severity: "error",
    };
  }
  return templateErrorOf(error, at, sources.get(at) ?? "");
}

/**
 * Turns the path expression at line:column (1-based: its start, or one of its parts) into `undefined`;
 * given to a helper of the document's (`{{join list}}`), the call is turned into one that writes
 * nothing instead, so that the helper does not then fail on the `undefined`. False when there is none.
 */
function blankPathAt(tree: hbs.AST.Program | undefined, line: number, column: number): boolean {
  let done = false;
  const visit = (node: unknown, call: { path?: unknown } | undefined): void => {
    if (done || node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, call);
      return;
    }
    const path = node as Partial<hbs.AST.PathExpression> & { value?: unknown };
    // The error stands at the path's start or at one of its parts (see fieldInPath).
    const loc = path.loc;
    if (
      path.type === "PathExpression" &&
      loc?.start.line === line &&
      loc.start.column + 1 <= column &&
      (loc.end.line > line || column <= loc.end.column)
    ) {
      const helper = simpleName(call?.path);
      if (call?.path && helper !== undefined && !builtinHelpers.has(helper))
        Object.assign(call.path, { parts: [FIELD_CALL], original: FIELD_CALL });
      Object.assign(path, { type: "UndefinedLiteral", value: undefined, original: undefined });
      done = true;
      return;
    }
    const n = node as { type?: string };
    for (const [key, value] of Object.entries(node)) {
      if (key === "loc") continue;
      // A helper's arguments (its params and hash), of a {{helper …}} or a (helper …) only.
      const calling = (n.type === "MustacheStatement" || n.type === "SubExpression") && key !== "path";
      visit(value, calling ? (node as { path?: unknown }) : key === "path" ? undefined : call);
    }
  };
  visit(tree, undefined);
  return done;
}

/** A problem found before the render; `standIn`: what stands in for the missing helper or partial meanwhile. */
type UnknownCall = TemplateError & { readonly name?: string; readonly standIn?: "helper" | "partial" };

/**
 * Helpers and partials a template calls that do not exist, in the template and every partial it
 * reaches: all of them at once, found before anything renders.
 */
function unknownCalls(
  file: string,
  callsOf: ReadonlyMap<string, Compiled["calls"]>,
  partialFiles: ReadonlyMap<string, string>,
  helpers: ReadonlySet<string>,
): UnknownCall[] {
  const errors: UnknownCall[] = [];
  const queue = [file];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const path = queue.shift()!;
    const calls = callsOf.get(path);
    if (calls === undefined) continue;
    for (const call of calls.helpers) {
      if (helpers.has(call.name)) continue;
      errors.push({
        name: call.name,
        standIn: "helper",
        file: path,
        line: call.line,
        column: call.column,
        rule: "template/unknown-helper",
        message: `no helper named "${call.name}"`,
        hint: `standard helpers: ${Object.keys(standardHelpers).join(", ")}; others are passed in by the document's code`,
        severity: "error",
      });
    }
    for (const problem of calls.problems) errors.push({ file: path, ...problem, severity: "error" });
    for (const member of calls.prototype) {
      errors.push({
        name: member.name,
        file: path,
        line: member.line,
        column: member.column,
        rule: "template/missing-field",
        message: `"${member.name}" is not in the view model`,
        hint: `"${member.name}" belongs to JavaScript's objects, not to the data: templates read only the view model's own fields`,
        severity: "error",
      });
    }
    for (const call of calls.partials) {
      const partial = partialFiles.get(call.name);
      if (partial === undefined) {
        if (calls.inline.includes(call.name) || call.name === "@partial-block") continue;
        errors.push({
          name: call.name,
          standIn: "partial",
          file: path,
          line: call.line,
          column: call.column,
          rule: "template/missing-partial",
          message: `no partial named "${call.name}"`,
          hint: `add partials/${call.name}.hbs to the edition's or the shared templates folder`,
          severity: "error",
        });
      } else if (!seen.has(partial)) {
        seen.add(partial);
        queue.push(partial);
      }
    }
  }
  return errors;
}

/**
 * A line break inside a value (a YAML `|` block) must print as one, but markup collapses
 * newlines; as LINE_SEPARATOR it passes escaping and collapsing. Trailing breaks mean nothing.
 */
/** The prototype of view-model objects in a template: no inherited fields, but printable (`"" + obj`, as Handlebars' messages do). */
const viewObject = Object.create(null, { [Symbol.toPrimitive]: { value: () => "[object Object]" } }) as object;

function keepLineBreaks(value: unknown): unknown {
  if (typeof value === "string") return value.replace(/(?:\r\n|\r|\n)+$/, "").replace(/\r\n|\r|\n/g, LINE_SEPARATOR);
  if (Array.isArray(value)) return value.map(keepLineBreaks);
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    // Without a prototype, strict mode reports {{x.constructor}} or {{x.__proto__}} as a missing field.
    return Object.assign(
      Object.create(viewObject) as object,
      Object.fromEntries(Object.entries(value).map(([key, v]) => [key, keepLineBreaks(v)])),
    );
  }
  return value;
}

/**
 * `{{lookup obj key}}` as strict as `{{obj.key}}`: a key that is not the object's own field (one
 * the view model lacks, or "constructor", "__proto__") is a missing field, not an empty string.
 */
function strictLookup(obj: unknown, field: unknown, options: Handlebars.HelperOptions & { loc?: unknown }): unknown {
  if (obj === null || obj === undefined) return obj;
  const key = typeof field === "number" ? field : String(field);
  if (Object.hasOwn(Object(obj), key)) return (obj as Record<string | number, unknown>)[key];
  throw new handlebars.Exception(`"${key}" not defined in ${Array.isArray(obj) ? "a list" : typeof obj}`, {
    loc: options.loc,
  } as hbs.AST.Node);
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
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
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

/**
 * The helpers called with arguments, the partials named, the inline partials defined, and the
 * mistakes seen in the tree alone (TreeProblem), in a template's tree.
 */
function callsIn(ast: hbs.AST.Program): Compiled["calls"] {
  const helpers: Located[] = [];
  const partials: Located[] = [];
  const inline: string[] = [];
  const prototype: Located[] = [];
  const problems: TreeProblem[] = [];
  const at = (name: string, loc: hbs.AST.SourceLocation): Located => ({
    name,
    line: loc.start.line,
    column: loc.start.column + 1,
  });
  const problem = (loc: hbs.AST.SourceLocation, rule: TemplateError["rule"], message: string, hint: string) =>
    problems.push({ line: loc.start.line, column: loc.start.column + 1, rule, message, hint });
  // `levels`: how many {{#each}} and {{#with}} blocks enclose the node, each a level `../` can go up.
  // A partial starts at none: it sees only the context it is given.
  const visit = (node: unknown, levels: number): void => {
    if (node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, levels);
      return;
    }
    const n = node as {
      type?: string;
      path?: hbs.AST.PathExpression;
      name?: unknown;
      params?: unknown[];
      hash?: unknown;
      program?: unknown;
      loc?: hbs.AST.SourceLocation;
    };
    if (n.type === "PathExpression" && n.loc) {
      // Handlebars itself answers `undefined` for these where strict mode does not look (a helper's
      // argument: {{#with x.__proto__}}), and a crash for some (a text's constructor).
      const path = n as unknown as hbs.AST.PathExpression;
      const member = path.parts.find((part) => JAVASCRIPT_MEMBERS.has(String(part)));
      if (member !== undefined) prototype.push(at(String(member), n.loc));
      if (path.depth > levels && !path.data) {
        const enclosing = levels === 0 ? "none encloses it" : `only ${levels} enclose${levels === 1 ? "s" : ""} it`;
        problem(
          n.loc,
          "template/missing-field",
          `"${path.original}" goes up past the top of the view model`,
          `each ../ goes up out of one enclosing {{#each}} or {{#with}}, and ${enclosing} (a partial starts at the top of the context it is given)`,
        );
      }
    }
    if ((n.type === "MustacheStatement" || n.type === "BlockStatement" || n.type === "SubExpression") && n.path) {
      const name = simpleName(n.path);
      const withArguments = n.type === "SubExpression" || (n.params?.length ?? 0) > 0 || n.hash !== undefined;
      if (name !== undefined && withArguments && n.path.loc) helpers.push(at(name, n.path.loc));
      if (fieldCall(n) && n.path.loc) {
        problem(
          n.path.loc,
          "template/unknown-helper",
          `"${n.path.original}" is a field, not a helper: it cannot be given arguments`,
          `write {{${n.path.original}}} alone, or call a helper (standard helpers: ${Object.keys(standardHelpers).join(", ")})`,
        );
      }
    }
    if ((n.type === "PartialStatement" || n.type === "PartialBlockStatement") && n.name) {
      const name = (n.name as { original?: unknown }).original;
      const loc = (n.name as { loc?: hbs.AST.SourceLocation }).loc ?? n.loc;
      if (typeof name === "string" && (n.name as { type?: string }).type !== "SubExpression" && loc)
        partials.push(at(name, loc));
    }
    if (n.type === "DecoratorBlock" && simpleName(n.path) === "inline" && n.loc) {
      const first = n.params?.[0] as { type?: string; value?: unknown } | undefined;
      if (first?.type === "StringLiteral") inline.push(String(first.value));
      else {
        problem(
          n.loc,
          "template/inline-partial",
          first === undefined ? "an inline partial without a name" : "an inline partial's name must be in quotes",
          'name it in quotes, {{#*inline "row"}}…{{/inline}}, and use it as {{> row}}',
        );
      }
    }
    const inner = n.type === "DecoratorBlock" ? 0 : levels;
    const changesContext = n.type === "BlockStatement" && ["each", "with"].includes(simpleName(n.path) ?? "");
    for (const [key, value] of Object.entries(node)) {
      if (key !== "loc") visit(value, key === "program" && changesContext ? inner + 1 : inner);
    }
  };
  visit(ast, 0);
  return { helpers, partials, inline, prototype, problems };
}

/** The template's text to locate an error in; nothing when it may not be read (a FIFO would block). */
function safeRead(path: string, dirs: readonly string[]): string {
  try {
    return readTemplateFile(path, dirs);
  } catch {
    return "";
  }
}
