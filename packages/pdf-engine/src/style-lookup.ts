/**
 * pdfmake's style lookups, without the garbage.
 *
 * pdfmake asks its style stack for some twenty properties of every run of text
 * (`StyleContextStack.getStyleProperty`): each question pushes the run's styles onto the stack,
 * walks it through a fresh closure and a fresh `Set`, and pops them again. On a brief that is
 * thousands of allocations for a handful of answers. These replacements walk the same entries
 * in the same order and return the same values, allocating nothing unless a style `extends`
 * another.
 *
 * Measuring a paragraph (`TextInlines.measure`) asks those twenty questions of every word, and
 * the words of a paragraph share their styles and their stack: while pdfmake's own measure runs,
 * each question is answered once per distinct `style` of the paragraph's words, and each word's
 * own properties still win, as in pdfmake. Installed only on the versions patches.ts lists;
 * style-lookup.test.ts compares the bytes with plain pdfmake's and checks the patch is in effect.
 */
import { createRequire } from "node:module";
import { method } from "./libraries.js";

type StyleEntry = string | String | Record<string, unknown>;

interface StyleStack {
  styleDictionary: Record<string, Record<string, unknown> | undefined>;
  defaultStyle?: Record<string, unknown>;
  styleOverrides?: StyleEntry[];
  getProperty(property: string): unknown;
}

interface StyleStackClass {
  prototype: StyleStack;
  getStyleProperty(item: unknown, stack: StyleStack | undefined, property: string, defaultValue: unknown): unknown;
}

const isValue = (v: unknown): boolean => v !== undefined && v !== null;
const isString = (v: unknown): v is string | String => typeof v === "string" || v instanceof String;

function fromStyle(
  dictionary: StyleStack["styleDictionary"],
  name: string | String,
  property: string,
  visited: Set<string | String> | undefined,
): unknown {
  if (visited !== undefined) {
    if (visited.has(name)) return undefined;
    visited.add(name);
  }
  const style = dictionary[name as string];
  if (!style) return undefined;
  if (isValue(style[property])) return style[property];
  if (style.extends) {
    // pdfmake's walk remembers every style it visited, the first included.
    const seen = visited ?? new Set([name]);
    const parents = (Array.isArray(style.extends) ? style.extends : [style.extends]) as (string | String)[];
    for (let i = parents.length - 1; i >= 0; i--) {
      const value = fromStyle(dictionary, parents[i]!, property, seen);
      if (isValue(value)) return value;
    }
  }
  return undefined;
}

function entryValue(stack: StyleStack, entry: StyleEntry, property: string): unknown {
  return isString(entry) ? fromStyle(stack.styleDictionary, entry, property, undefined) : entry[property];
}

/** `StyleContextStack.prototype.getProperty`: the topmost entry that defines the property, else the default style. */
function getProperty(this: StyleStack, property: string): unknown {
  const overrides = this.styleOverrides;
  if (overrides) {
    for (let i = overrides.length - 1; i >= 0; i--) {
      const value = entryValue(this, overrides[i]!, property);
      if (isValue(value)) return value;
    }
  }
  return this.defaultStyle?.[property];
}

/** `StyleContextStack.getStyleProperty`: as if the item's styles and the item were pushed (`auto`), without pushing. */
function getStyleProperty(item: any, stack: StyleStack | undefined, property: string, defaultValue: unknown): unknown {
  const own = item[property];
  if (isValue(own)) return own;
  if (!stack) return defaultValue;
  // measure asks some twenty questions of one word in a row: its answers are found once per word.
  const paragraph = measuring;
  const value =
    paragraph !== undefined && paragraph.item === item && paragraph.stack === stack
      ? knownValue(paragraph.known!, item.style, stack, property)
      : isString(item) || typeof item.section !== "undefined"
        ? stack.getProperty(property)
        : sharedStyledValue(item, stack, property);
  return isValue(value) ? value : defaultValue;
}

/** What an item with these styles (and no property of its own) gets from them and from the stack. */
function styledValue(style: StyleEntry | StyleEntry[] | undefined, stack: StyleStack, property: string): unknown {
  if (Array.isArray(style)) {
    for (let i = style.length - 1; i >= 0; i--) {
      const value = entryValue(stack, style[i]!, property);
      if (isValue(value)) return value;
    }
  } else if (style) {
    const value = entryValue(stack, style, property);
    if (isValue(value)) return value;
  }
  return stack.getProperty(property);
}

interface TextInlinesClass {
  prototype: { measure(this: unknown, array: unknown[], stack: StyleStack | undefined): unknown };
}

/**
 * The paragraph being measured: its stack and, per `style` of its words, the answers found so far.
 * `measure` asks the stack nothing else while it runs (fonts and widths do not touch it).
 */
let measuring:
  | {
      readonly stack: StyleStack;
      readonly answers: Map<unknown, Map<string, unknown>>;
      /** The word last asked about, and the answers for its `style`. */
      item: unknown;
      known: Map<string, unknown> | undefined;
    }
  | undefined;

/** What an item (no string, no section) gets from its `style` and the stack, once per paragraph and style while one is measured. */
function sharedStyledValue(item: { style?: StyleEntry | StyleEntry[] }, stack: StyleStack, property: string): unknown {
  const style = item.style;
  if (measuring === undefined || measuring.stack !== stack) return styledValue(style, stack, property);
  let known = measuring.answers.get(style);
  if (known === undefined) measuring.answers.set(style, (known = new Map()));
  measuring.item = item;
  measuring.known = known;
  return knownValue(known, style, stack, property);
}

/** A style's answer to `property`, found in the stack the first time it is asked. */
function knownValue(
  known: Map<string, unknown>,
  style: StyleEntry | StyleEntry[] | undefined,
  stack: StyleStack,
  property: string,
): unknown {
  let value = known.get(property);
  if (value === undefined && !known.has(property)) known.set(property, (value = styledValue(style, stack, property)));
  return value;
}

let installed:
  | { readonly StyleContextStack: StyleStackClass; readonly TextInlines: TextInlinesClass; readonly measure: Function }
  | undefined;

/**
 * Replaces the two lookups in the pdfmake that `pdfmakeEntry` resolves to, and wraps
 * `TextInlines.prototype.measure` so that, while it runs, the words of the paragraph share one
 * answer per style; measure itself stays pdfmake's.
 */
export function installStyleLookup(pdfmakeEntry: string): void {
  if (installed) return;
  const load = createRequire(pdfmakeEntry);
  const StyleContextStack = (load("./StyleContextStack.js") as { default?: StyleStackClass }).default;
  method(StyleContextStack, "getStyleProperty", "pdfmake StyleContextStack");
  method(StyleContextStack?.prototype, "getProperty", "pdfmake StyleContextStack.prototype");
  const TextInlines = (load("./TextInlines.js") as { default?: TextInlinesClass }).default;
  const original = method<TextInlinesClass["prototype"]["measure"]>(
    TextInlines?.prototype,
    "measure",
    "pdfmake TextInlines.prototype",
  );
  StyleContextStack!.prototype.getProperty = getProperty;
  StyleContextStack!.getStyleProperty = getStyleProperty;
  const measure = function (this: unknown, array: unknown[], stack: StyleStack | undefined) {
    const outer = measuring;
    measuring = stack === undefined ? undefined : { stack, answers: new Map(), item: undefined, known: undefined };
    try {
      return original.call(this, array, stack);
    } finally {
      measuring = outer;
    }
  };
  TextInlines!.prototype.measure = measure;
  installed = { StyleContextStack: StyleContextStack!, TextInlines: TextInlines!, measure };
}

/** The lookups and the measure wrapper are pdfmake's now. */
export function styleLookupInEffect(): boolean {
  return (
    installed !== undefined &&
    installed.StyleContextStack.getStyleProperty === getStyleProperty &&
    installed.StyleContextStack.prototype.getProperty === getProperty &&
    installed.TextInlines.prototype.measure === installed.measure
  );
}
