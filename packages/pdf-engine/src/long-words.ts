/**
 * Words longer than their column: broken inside, in time linear in their length, and never
 * allowed to widen a column past its share.
 *
 * pdfmake 0.3.11 breaks a word that does not fit an empty line anywhere
 * (`LayoutBuilder.buildNextLine`), but finds the break by measuring ever longer prefixes of the
 * whole rest of the word (a binary search, each step shaping up to the whole word), and measures
 * that rest again after each break: for a word of n letters over n/k lines, some n²/k·log n
 * letters shaped, and each shaped text is a new entry of the layout cache (layout-cache.ts). A
 * 20,000-letter word took 30 s and 1.5 GB. Here the break is found by adding the widths of the
 * word's graphemes one by one up to the line's width (each grapheme measured once, the prefix
 * then measured exactly), and the rest's width is the word's minus the prefix's until the rest is
 * short: linear in the word's length. The break prefers to come before the last `/ _ - . ? & =` of
 * the part that fits (or after "//"), so a URL breaks where a reader expects; nothing is added to
 * the text (no hyphen, no space).
 *
 * pdfmake also counts a word's whole width as the least width its column may have
 * (`TextInlines.buildInlines` → minWidth), and when a table's columns cannot all have theirs it
 * gives every star column the widest column's: one long word pushed the other columns off the
 * page. Since any word now breaks, the least width a text needs is that of its widest glyph:
 * its minWidth is capped there (the font's largest advance), so columns keep their share.
 */
import { createRequire } from "node:module";
import { method } from "./libraries.js";

interface Font {
  widthOfString(text: string, size: number, features?: unknown): number;
  readonly font?: { readonly hhea?: { readonly advanceWidthMax?: number }; readonly unitsPerEm?: number };
}

interface Inline {
  text: string;
  width: number;
  font: Font;
  fontSize: number;
  fontFeatures?: unknown;
  characterSpacing?: number;
  noWrap?: boolean;
  noNewLine?: boolean;
  leadingCut?: number;
  trailingCut?: number;
}

interface LineLike {
  inlines: Inline[];
  lastLineInParagraph?: boolean;
  getAvailableWidth(): number;
  hasEnoughSpaceForInline(inline: Inline, next: Inline[]): boolean;
  addInline(inline: Inline): void;
}

interface LayoutBuilderLike {
  writer: { context(): { availableWidth: number } };
}

/**
 * A word that must break breaks before one of these, as the Chicago Manual of Style breaks URLs:
 * the next line then starts with the mark, which shows it goes on (and a line that ended in a
 * hyphen would read back, in pdftotext, as a word hyphenated by us, the hyphen dropped). After
 * "//" it breaks after.
 */
const BREAK_BEFORE = new Set(["/", "_", "-", ".", "?", "&", "="]);

/** A rest shorter than this is measured exactly; a longer one is about to be broken again anyway. */
const EXACT_REST = 256;

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

const widthOf = (text: string, inline: Inline): number =>
  inline.font.widthOfString(text, inline.fontSize, inline.fontFeatures) +
  (inline.characterSpacing ?? 0) * (text.length - 1);

/** Graphemes are found this many code units at a time: the segmenter never reads a long word's whole rest. */
const SEGMENT_WINDOW = 512;

/**
 * The end of each grapheme of `text`, in order, found window by window: handing the segmenter the
 * whole rest of a 200,000-letter word at each of its lines made its layout quadratic again. A
 * window's last grapheme may go on past it, so it is found again at the start of the next window
 * (unless it is the window's only one: a single "grapheme" longer than a window is cut there).
 */
export function* graphemeEnds(text: string): Generator<number> {
  for (let start = 0; start < text.length; ) {
    const stop = Math.min(text.length, start + SEGMENT_WINDOW);
    let lastStart = start;
    let lastEnd = start;
    for (const { segment, index } of graphemes.segment(text.slice(start, stop))) {
      if (lastEnd > lastStart) yield lastEnd;
      lastStart = start + index;
      lastEnd = lastStart + segment.length;
    }
    if (stop === text.length || lastStart === start) {
      yield lastEnd;
      start = lastEnd;
    } else start = lastStart;
  }
}

/**
 * Where to cut `inline.text` so its first part fits `available`: a grapheme boundary, before a
 * break mark (or after "//") if one falls in the latter half of what fits, and at least one grapheme.
 */
export function breakIndex(inline: Inline, available: number): number {
  const text = inline.text;
  const ends: number[] = [];
  let sum = 0;
  for (const end of graphemeEnds(text)) {
    sum += widthOf(text.slice(ends.at(-1) ?? 0, end), inline);
    if (sum > available && ends.length > 0) break;
    ends.push(end);
  }
  // Kerning and shaping can make the prefix wider than its graphemes added up: step back.
  let fit = ends.length - 1;
  while (fit > 0 && widthOf(text.slice(0, ends[fit]), inline) > available) fit--;
  const end = ends[fit]!;
  for (let at = fit; at >= 0 && ends[at]! * 2 > end; at--) {
    const cut = ends[at]!;
    const before = text[cut - 1];
    const next = text[cut];
    if (next === undefined) continue;
    if (before === "/" && text[cut - 2] === "/") return cut;
    if (BREAK_BEFORE.has(next) && !(next === "/" && (before === "/" || before === ":"))) return cut;
  }
  return end;
}

function cloneInline(inline: Inline): Inline {
  const copy = (inline.constructor as () => Inline)();
  for (const key in inline)
    (copy as unknown as Record<string, unknown>)[key] = (inline as unknown as Record<string, unknown>)[key];
  return copy;
}

/**
 * The inlines that `Line.hasEnoughSpaceForInline` adds to the first one's width: those it is
 * joined to (noNewLine), up to and with the first that is not. pdfmake passes the whole rest of
 * the paragraph (`slice(1)`) for each inline placed, which made a paragraph of 40,000 words cost
 * 800 million copies; only this chain is ever read.
 */
function joinedTo(inlines: readonly Inline[]): Inline[] {
  let end = 1;
  while (end < inlines.length && inlines[end - 1]!.noNewLine) end++;
  return inlines.slice(1, end);
}

interface TextNode {
  _inlines?: Inline[];
  /** The inlines of a long paragraph beyond its window, last first, and the array they continue. */
  _parked?: { readonly for: Inline[]; readonly rest: Inline[] };
}

/** A paragraph's inlines are taken one by one from an array of at most about this many. */
const INLINE_WINDOW = 1024;

/**
 * Keeps a paragraph's `_inlines` short, the rest parked beside it and brought back a window at a
 * time: pdfmake takes each inline with `shift()`, which moves every inline after it once the array
 * is too large for V8 to trim in place (some 16,000), and a one-paragraph text of 160,000 words
 * took 50 s. A new array (the paragraph measured again) leaves what was parked for the old one.
 * Returns how many inlines the window holds: none only when none are parked either.
 */
function keepWindow(textNode: TextNode, inlines: Inline[]): number {
  const parked = textNode._parked?.for === inlines ? textNode._parked.rest : undefined;
  if (inlines.length > 2 * INLINE_WINDOW) {
    const rest = inlines.splice(INLINE_WINDOW).reverse();
    textNode._parked = { for: inlines, rest: parked ? parked.concat(rest) : rest };
  } else if (inlines.length < INLINE_WINDOW && parked !== undefined && parked.length > 0) {
    for (let n = INLINE_WINDOW; n > 0 && parked.length > 0; n--) inlines.push(parked.pop()!);
  }
  return inlines.length;
}

/** pdfmake's `LayoutBuilder.buildNextLine`, with the word breaking described above. */
function buildNextLine(
  this: LayoutBuilderLike,
  textNode: TextNode,
  LineClass: new (width: number) => LineLike,
): LineLike | null {
  const inlines = textNode._inlines;
  if (!inlines) return null;
  if (keepWindow(textNode, inlines) === 0) return null;
  const line = new LineClass(this.writer.context().availableWidth);
  // The text a line comes from, for layout-check.ts to name when the line lands outside its page.
  (line as LineLike & { _source?: unknown })._source = textNode;
  let isForceContinue = false;
  while (
    keepWindow(textNode, inlines) > 0 &&
    (line.hasEnoughSpaceForInline(inlines[0]!, joinedTo(inlines)) || isForceContinue)
  ) {
    let isHardWrap = false;
    const inline = inlines.shift()!;
    const available = line.getAvailableWidth();
    if (!inline.noWrap && inline.text.length > 1 && inline.width > available) {
      const cut = breakIndex(inline, available);
      if (cut < inline.text.length) {
        const rest = cloneInline(inline);
        const wholeWidth = inline.width;
        rest.text = inline.text.slice(cut);
        inline.text = inline.text.slice(0, cut);
        inline.width = widthOf(inline.text, inline);
        rest.width = rest.text.length <= EXACT_REST ? widthOf(rest.text, rest) : Math.max(0, wholeWidth - inline.width);
        inlines.unshift(rest);
        isHardWrap = true;
      }
    }
    line.addInline(inline);
    isForceContinue = Boolean(inline.noNewLine) && !isHardWrap;
  }
  // The loop stops with the window empty only when nothing is parked either.
  line.lastLineInParagraph = inlines.length === 0;
  return line;
}

let installed = false;
let enabled = true;

/** Off: words break and columns are measured as pdfmake does (tests, benchmark). */
export function setLongWordsEnabled(on: boolean): void {
  enabled = on;
}

/** Installs both changes on the pdfmake that `pdfmakeEntry` resolves to, once per process. */
export function installLongWords(pdfmakeEntry: string): void {
  if (installed) return;
  installed = true;
  const load = createRequire(pdfmakeEntry);
  const LayoutBuilder = (load("./LayoutBuilder.js") as { default?: { prototype: Record<string, unknown> } }).default;
  const LineClass = (load("./Line.js") as { default?: new (width: number) => LineLike }).default;
  const TextInlines = (load("./TextInlines.js") as { default?: { prototype: Record<string, unknown> } }).default;
  const original = LayoutBuilder?.prototype["buildNextLine"];
  method(LayoutBuilder?.prototype, "buildNextLine", "pdfmake LayoutBuilder.prototype");
  method(TextInlines?.prototype, "buildInlines", "pdfmake TextInlines.prototype");
  if (LayoutBuilder && LineClass && typeof original === "function") {
    LayoutBuilder.prototype["buildNextLine"] = function (this: LayoutBuilderLike, textNode: TextNode) {
      return enabled ? buildNextLine.call(this, textNode, LineClass) : original.call(this, textNode);
    };
  }
  const buildInlines = TextInlines?.prototype["buildInlines"];
  if (TextInlines && typeof buildInlines === "function") {
    TextInlines.prototype["buildInlines"] = function (this: unknown, ...args: unknown[]) {
      const built = buildInlines.apply(this, args) as { items: Inline[]; minWidth: number; maxWidth: number };
      if (enabled) built.minWidth = Math.min(built.minWidth, widestGlyph(built.items));
      return built;
    };
  }
}

/** Installed and on. */
export function longWordsInEffect(): boolean {
  return installed && enabled;
}

/** The widest any one glyph of these inlines can be, from each font's largest advance. */
function widestGlyph(items: readonly Inline[]): number {
  let widest = 0;
  for (const item of items) {
    if (item.noWrap) return Infinity;
    widest = Math.max(widest, widestRatio(item.font.font) * item.fontSize + Math.max(0, item.characterSpacing ?? 0));
  }
  return widest;
}

/** Per fontkit font: its largest advance in ems (2 when the font does not say). Both are table look-ups in fontkit. */
const ratios = new WeakMap<object, number>();

function widestRatio(font: Inline["font"]["font"]): number {
  if (font === undefined || font === null) return 2;
  let ratio = ratios.get(font);
  if (ratio === undefined) {
    ratio =
      font.hhea?.advanceWidthMax !== undefined && font.unitsPerEm ? font.hhea.advanceWidthMax / font.unitsPerEm : 2;
    ratios.set(font, ratio);
  }
  return ratio;
}
