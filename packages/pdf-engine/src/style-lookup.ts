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
 * the words of a paragraph share their styles and their stack: the measure below answers each
 * question once per distinct `style` of the paragraph's words, and each word's own properties
 * still win, as in pdfmake. pdfmake is pinned (0.3.11); if its classes are not what we expect,
 * nothing is replaced. style-lookup.test.ts compares the bytes with plain pdfmake's.
 */
import { createRequire } from "node:module";

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

function fromStyle(dictionary: StyleStack["styleDictionary"], name: string | String, property: string, visited: Set<string | String> | undefined): unknown {
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
  return this.defaultStyle && this.defaultStyle[property];
}

/** `StyleContextStack.getStyleProperty`: as if the item's styles and the item were pushed (`auto`), without pushing. */
function getStyleProperty(item: any, stack: StyleStack | undefined, property: string, defaultValue: unknown): unknown {
  if (isValue(item[property])) return item[property];
  if (!stack) return defaultValue;
  const value = isString(item) || typeof item.section !== "undefined" ? stack.getProperty(property) : styledValue(item.style, stack, property);
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

interface Inline {
  text: string;
  style?: StyleEntry | StyleEntry[];
  [property: string]: any;
}

interface TextInlines {
  pdfDocument: { provideFont(font: unknown, bold: unknown, italics: unknown): { lineHeight(size: number): number } };
  widthOfText(text: string, inline: Inline): number;
}

const LEADING = /^(\s)+/g;
const TRAILING = /(\s)+$/g;

/** `TextInlines.prototype.measure`, step for step, with the style answers shared by the words that share styles. */
function measure(this: TextInlines, array: Inline[], stack: StyleStack | undefined): Inline[] {
  if (array.length) {
    const leadingIndent = getStyleProperty(array[0], stack, "leadingIndent", 0) as number;
    if (leadingIndent) {
      array[0]!.leadingCut = -leadingIndent;
      array[0]!.leadingIndent = leadingIndent;
    }
  }
  const answers = new Map<unknown, Map<string, unknown>>();
  let item: Inline;
  let known: Map<string, unknown> | undefined;
  const get = (property: string, defaultValue: unknown): unknown => {
    if (isValue(item[property])) return item[property];
    if (!stack) return defaultValue;
    let value = known!.get(property);
    if (value === undefined && !known!.has(property)) known!.set(property, (value = styledValue(item.style, stack, property)));
    return isValue(value) ? value : defaultValue;
  };
  for (item of array) {
    known = answers.get(item.style);
    if (known === undefined) answers.set(item.style, (known = new Map()));
    const font = get("font", "Roboto");
    const bold = get("bold", false);
    const italics = get("italics", false);
    item.font = this.pdfDocument.provideFont(font, bold, italics);
    item.alignment = get("alignment", "left");
    item.fontSize = get("fontSize", 12);
    item.fontFeatures = get("fontFeatures", null);
    item.characterSpacing = get("characterSpacing", 0);
    item.color = get("color", "black");
    item.decoration = get("decoration", null);
    item.decorationColor = get("decorationColor", null);
    item.decorationStyle = get("decorationStyle", null);
    item.decorationThickness = get("decorationThickness", null);
    item.background = get("background", null);
    item.link = get("link", null);
    item.linkToPage = get("linkToPage", null);
    item.linkToDestination = get("linkToDestination", null);
    item.noWrap = get("noWrap", null);
    item.opacity = get("opacity", 1);
    item.sup = get("sup", false);
    item.sub = get("sub", false);
    if (item.sup || item.sub) item.fontSize *= 0.58;
    const lineHeight = get("lineHeight", 1) as number;
    item.width = this.widthOfText(item.text, item);
    item.height = item.font.lineHeight(item.fontSize) * lineHeight;
    if (!item.leadingCut) item.leadingCut = 0;
    if (!get("preserveLeadingSpaces", false)) {
      const leadingSpaces = item.text.match(LEADING);
      if (leadingSpaces) item.leadingCut += this.widthOfText(leadingSpaces[0]!, item);
    }
    item.trailingCut = 0;
    if (!get("preserveTrailingSpaces", false)) {
      const trailingSpaces = item.text.match(TRAILING);
      if (trailingSpaces) item.trailingCut = this.widthOfText(trailingSpaces[0]!, item);
    }
  }
  return array;
}

let installed = false;

/** Replaces the two lookups in the pdfmake that `pdfmakeEntry` resolves to, once per process. */
export function installStyleLookup(pdfmakeEntry: string): void {
  if (installed) return;
  installed = true;
  const module = createRequire(pdfmakeEntry)("./StyleContextStack.js") as { default?: StyleStackClass };
  const StyleContextStack = module.default;
  if (typeof StyleContextStack?.getStyleProperty !== "function" || typeof StyleContextStack.prototype.getProperty !== "function") return;
  StyleContextStack.prototype.getProperty = getProperty;
  StyleContextStack.getStyleProperty = getStyleProperty;
  const TextInlinesClass = (createRequire(pdfmakeEntry)("./TextInlines.js") as { default?: { prototype: { measure: unknown; widthOfText: unknown } } }).default;
  if (typeof TextInlinesClass?.prototype.measure === "function" && typeof TextInlinesClass.prototype.widthOfText === "function") {
    TextInlinesClass.prototype.measure = measure;
  }
}
