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
 * the words of a paragraph share their styles and their stack: `measure` here (pdfmake's, but for
 * that) asks the stack once per distinct `style` of the paragraph's words, for all twenty at once,
 * and each word's own properties still win, as in pdfmake. Installed only on the versions
 * patches.ts lists; style-lookup.test.ts compares the bytes with plain pdfmake's and checks the
 * patch is in effect.
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
  const value =
    isString(item) || typeof item.section !== "undefined"
      ? stack.getProperty(property)
      : styledValue(item.style, stack, property);
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

/** The pdfmake font object `provideFont` hands out: all `measure` reads of it. */
interface MeasuredFont {
  widthOfString(text: string, size: number, features: unknown): number;
  lineHeight(size: number): number;
}

/** A TextInlines: what `measure` uses of it. */
interface Inlines {
  pdfDocument: { provideFont(font: unknown, bold: unknown, italics: unknown): MeasuredFont };
  widthOfText(text: string, inline: unknown): number;
}

/**
 * What pdfmake 0.3.11's `TextInlines.measure` asks of every word, in the order it asks and sets them,
 * with pdfmake's default for each. The first three choose the font; `lineHeight` and the two
 * `preserve…Spaces` are read, not set.
 */
const FONT = 0;
const BOLD = 1;
const ITALICS = 2;
const LINE_HEIGHT = 20;
const PRESERVE_LEADING = 21;
const PRESERVE_TRAILING = 22;
const MEASURED: readonly (readonly [string, unknown])[] = [
  ["font", "Roboto"],
  ["bold", false],
  ["italics", false],
  ["alignment", "left"],
  ["fontSize", 12],
  ["fontFeatures", null],
  ["characterSpacing", 0],
  ["color", "black"],
  ["decoration", null],
  ["decorationColor", null],
  ["decorationStyle", null],
  ["decorationThickness", null],
  ["background", null],
  ["link", null],
  ["linkToPage", null],
  ["linkToDestination", null],
  ["noWrap", null],
  ["opacity", 1],
  ["sup", false],
  ["sub", false],
  ["lineHeight", 1],
  ["preserveLeadingSpaces", false],
  ["preserveTrailingSpaces", false],
];

const LEADING = /^(\s)+/g;
const TRAILING = /(\s)+$/g;

/** A word's answers, one per entry of MEASURED, while it is measured (measure never runs inside itself). */
const measuredValues: unknown[] = new Array(MEASURED.length);

/** A word of a paragraph being measured, as pdfmake's TextBreaker makes it. */
interface Word {
  text: string;
  style?: StyleEntry | StyleEntry[];
  [property: string]: unknown;
}

/**
 * pdfmake 0.3.11's `TextInlines.prototype.measure`, with the same answers set on each word in the
 * same order, but with the style stack asked once per paragraph and `style` of its words instead of
 * some twenty times per word: each word's own properties still win, as in pdfmake, and the font
 * is provided once per paragraph and choice of font (pdfmake's `provideFont` hands out the same
 * object for the same choice).
 */
function measure(this: Inlines, array: Word[], stack: StyleStack | undefined): Word[] {
  if (array.length) {
    const leadingIndent = getStyleProperty(array[0], stack, "leadingIndent", 0) as number;
    if (leadingIndent) {
      array[0]!.leadingCut = -leadingIndent;
      array[0]!.leadingIndent = leadingIndent;
    }
  }
  // Per `style` of the paragraph's words: what the stack answers to each property, defaults applied.
  const answers = new Map<unknown, unknown[]>();
  // The fonts provided so far, by the choice that provided them (pdfmake hands out one object per choice).
  const fonts: { name: unknown; bold: unknown; italics: unknown; font: MeasuredFont }[] = [];
  const values = measuredValues;
  for (const item of array) {
    let styled: unknown[] | undefined;
    if (typeof item.section !== "undefined") {
      // Not a word TextBreaker makes; asked property by property, as pdfmake asks.
      styled = MEASURED.map(([property, fallback]) => getStyleProperty(item, stack, property, fallback));
    } else if (stack !== undefined) {
      styled = answers.get(item.style);
      if (styled === undefined) {
        styled = MEASURED.map(([property, fallback]) => {
          const value = styledValue(item.style, stack, property);
          return isValue(value) ? value : fallback;
        });
        answers.set(item.style, styled);
      }
    }
    for (let i = 0; i < MEASURED.length; i++) {
      const own = item[MEASURED[i]![0]];
      values[i] = isValue(own) ? own : styled === undefined ? MEASURED[i]![1] : styled[i];
    }
    let font: MeasuredFont | undefined;
    for (const known of fonts) {
      if (known.name === values[FONT] && known.bold === values[BOLD] && known.italics === values[ITALICS]) {
        font = known.font;
        break;
      }
    }
    if (font === undefined) {
      font = this.pdfDocument.provideFont(values[FONT], values[BOLD], values[ITALICS]);
      fonts.push({ name: values[FONT], bold: values[BOLD], italics: values[ITALICS], font });
    }
    // Set one by one, by name, in pdfmake's order: every word then has the same shape as under
    // pdfmake, and stays a fast object for the layout and drawing that read it.
    item.font = font;
    item.alignment = values[3];
    item.fontSize = values[4];
    item.fontFeatures = values[5];
    item.characterSpacing = values[6];
    item.color = values[7];
    item.decoration = values[8];
    item.decorationColor = values[9];
    item.decorationStyle = values[10];
    item.decorationThickness = values[11];
    item.background = values[12];
    item.link = values[13];
    item.linkToPage = values[14];
    item.linkToDestination = values[15];
    item.noWrap = values[16];
    item.opacity = values[17];
    item.sup = values[18];
    item.sub = values[19];
    if (item.sup || item.sub) {
      // pdfmake's reduction for superscripts and subscripts.
      item.fontSize = (item.fontSize as number) * 0.58;
    }
    item.width = this.widthOfText(item.text, item);
    item.height = font.lineHeight(item.fontSize as number) * (values[LINE_HEIGHT] as number);
    if (!item.leadingCut) item.leadingCut = 0;
    if (!values[PRESERVE_LEADING]) {
      const leadingSpaces = item.text.match(LEADING);
      if (leadingSpaces) item.leadingCut = (item.leadingCut as number) + this.widthOfText(leadingSpaces[0], item);
    }
    item.trailingCut = 0;
    if (!values[PRESERVE_TRAILING]) {
      const trailingSpaces = item.text.match(TRAILING);
      if (trailingSpaces) item.trailingCut = this.widthOfText(trailingSpaces[0], item);
    }
  }
  return array;
}

let installed:
  | { readonly StyleContextStack: StyleStackClass; readonly TextInlines: TextInlinesClass; readonly measure: Function }
  | undefined;

/**
 * Replaces the two lookups and `TextInlines.prototype.measure` in the pdfmake that `pdfmakeEntry`
 * resolves to.
 */
export function installStyleLookup(pdfmakeEntry: string): void {
  if (installed) return;
  const load = createRequire(pdfmakeEntry);
  const StyleContextStack = (load("./StyleContextStack.js") as { default?: StyleStackClass }).default;
  method(StyleContextStack, "getStyleProperty", "pdfmake StyleContextStack");
  method(StyleContextStack?.prototype, "getProperty", "pdfmake StyleContextStack.prototype");
  const TextInlines = (load("./TextInlines.js") as { default?: TextInlinesClass }).default;
  method(TextInlines?.prototype, "measure", "pdfmake TextInlines.prototype");
  StyleContextStack!.prototype.getProperty = getProperty;
  StyleContextStack!.getStyleProperty = getStyleProperty;
  TextInlines!.prototype.measure = measure as TextInlinesClass["prototype"]["measure"];
  installed = { StyleContextStack: StyleContextStack!, TextInlines: TextInlines!, measure };
}

/** The lookups and `measure` in pdfmake are ours. */
export function styleLookupInEffect(): boolean {
  return (
    installed !== undefined &&
    installed.StyleContextStack.getStyleProperty === getStyleProperty &&
    installed.StyleContextStack.prototype.getProperty === getProperty &&
    installed.TextInlines.prototype.measure === installed.measure
  );
}
