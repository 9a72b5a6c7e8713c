/**
 * pdfmake's style lookups, without the garbage.
 *
 * pdfmake asks its style stack for some twenty properties of every run of text
 * (`StyleContextStack.getStyleProperty`): each question pushes the run's styles onto the stack,
 * walks it through a fresh closure and a fresh `Set`, and pops them again. On a brief that is
 * thousands of allocations for a handful of answers. These replacements walk the same entries
 * in the same order and return the same values, allocating nothing unless a style `extends`
 * another. pdfmake is pinned (0.3.11); if its class is not what we expect, nothing is replaced.
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
  if (!isString(item) && typeof item.section === "undefined") {
    const styles: StyleEntry[] = item.style ? (Array.isArray(item.style) ? item.style : [item.style]) : [];
    for (let i = styles.length - 1; i >= 0; i--) {
      const value = entryValue(stack, styles[i]!, property);
      if (isValue(value)) return value;
    }
  }
  const value = stack.getProperty(property);
  return isValue(value) ? value : defaultValue;
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
}
