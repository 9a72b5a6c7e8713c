/**
 * Draw a line's words in runs, not one by one.
 *
 * pdfmake measures and places text word by word, and draws it the same way
 * (`Renderer.renderLine`): every word of every line is its own pdfkit `text` call, which writes
 * its own opacity, colour, transform, text object, position and font (`q … BT … Tf [<…>] TJ ET Q`),
 * some 150 bytes of operators for a word of six letters. pdfmake's own source says it should not
 * ("lines without differently styled inlines should be written to pdf as one stream"); on a brief
 * that is most of the page's content stream, of the time spent drawing, and of the time spent
 * compressing.
 *
 * Here, words that follow each other on a line and that pdfmake would draw alike (same font, size,
 * colour, opacity, web link and underline or other decoration; no destination, background,
 * superscript, subscript, character spacing or font features) and that touch (the next starts where the previous ends:
 * not the gaps of justified text) are handed to pdfmake's renderLine as one piece of text. A
 * piece ends where a word ends in a space or tab, which is where pdfkit splits text to lay it out
 * (`EmbeddedFont.layout`): pdfkit shapes the very same pieces, in the same order, as for the
 * words one by one, so the glyphs, their advances and the fonts' subsets are the same; only the
 * operators around them are fewer. Each glyph lands where it did, to rounding of the last
 * written digit. line-merge.test.ts compares every word's position, the text and the pixels with
 * the words drawn one by one.
 *
 * A link's words joined are one piece with one link annotation over them all, where pdfkit wrote one
 * per word: a viewer, a screen reader's list of links and the tagged structure (an OBJR per
 * annotation) see one link per line, not "Link to https://… " once per word, and the annotation
 * covers what the words' annotations covered together.
 */
import { createRequire } from "node:module";
import { method, reaches } from "./libraries.js";

interface Inline {
  text: string;
  x: number;
  width: number;
  font: unknown;
  fontSize: number;
  color?: unknown;
  opacity?: unknown;
  characterSpacing?: number;
  link?: unknown;
  linkToPage?: unknown;
  linkToDestination?: unknown;
  fontFeatures?: unknown;
  decoration?: unknown;
  decorationColor?: unknown;
  decorationStyle?: unknown;
  decorationThickness?: unknown;
  background?: unknown;
  sup?: unknown;
  sub?: unknown;
  justifyShift?: number;
  _pageNodeRef?: unknown;
  /** The structure element the word belongs to (tagging.ts). */
  tag?: unknown;
}

interface Line {
  inlines: Inline[];
}

interface RendererClass {
  prototype: { renderLine(line: Line, x: number, y: number): void };
}

/** Two words touch when the second starts within this much (points) of the first's end. */
const TOUCHING = 1e-6;

let enabled = true;
let merged = 0;

/** Off: every word is drawn on its own, as pdfmake does (tests, comparisons). */
export function setLineMergeEnabled(on: boolean): void {
  enabled = on;
}

/** The pieces a line's words are drawn in: joined, unless merging is off (tagging.ts reads ahead with it). */
export function drawnPieces<T extends Inline>(inlines: readonly T[]): readonly T[] {
  return enabled && inlines.length > 1 ? (mergeInlines(inlines) as readonly T[]) : inlines;
}

/** Words drawn as part of a longer piece of text instead of on their own, in this process. */
export function lineMergeStats(): { merged: number } {
  return { merged };
}

/** Whether a word may be drawn as part of a longer piece: nothing about it is drawn per word. */
function plain(inline: Inline): boolean {
  return (
    (inline.link == null || typeof inline.link === "string") &&
    !inline.linkToPage &&
    !inline.linkToDestination &&
    !inline.fontFeatures &&
    !inline.background &&
    !inline.sup &&
    !inline.sub &&
    !inline.characterSpacing &&
    !inline.justifyShift &&
    !inline._pageNodeRef &&
    typeof inline.text === "string" &&
    !inline.text.includes("\n")
  );
}

/** Whether `next` continues the piece `text` ending with `previous`: drawn alike, starting where it ends, after a space or tab. */
function continues(text: string, previous: Inline, next: Inline): boolean {
  const last = text.charCodeAt(text.length - 1);
  return (
    (last === 32 || last === 9) &&
    plain(next) &&
    next.font === previous.font &&
    next.fontSize === previous.fontSize &&
    next.color === previous.color &&
    next.opacity === previous.opacity &&
    next.link === previous.link &&
    // pdfmake underlines a run of words alike as one line from the first word's start over their
    // widths (TextDecorator): the same line whether they are drawn one by one or as one piece.
    next.decoration === previous.decoration &&
    next.decorationColor === previous.decorationColor &&
    next.decorationStyle === previous.decorationStyle &&
    next.decorationThickness === previous.decorationThickness &&
    next.tag === previous.tag &&
    Math.abs(next.x - (previous.x + previous.width)) <= TOUCHING
  );
}

/** The line's inlines with touching, alike words joined; the same array if nothing joins. */
export function mergeInlines(inlines: readonly Inline[]): readonly Inline[] {
  let pieces: Inline[] | undefined;
  for (let start = 0; start < inlines.length; ) {
    // The run of words from `start` that continue each other.
    let end = start + 1;
    let text = inlines[start]!.text;
    let width = inlines[start]!.width;
    if (plain(inlines[start]!)) {
      while (end < inlines.length && continues(text, inlines[end - 1]!, inlines[end]!)) {
        text += inlines[end]!.text;
        width += inlines[end]!.width;
        end++;
      }
    }
    if (end - start > 1) {
      pieces ??= inlines.slice(0, start);
      pieces.push({ ...inlines[start]!, text, width });
      merged += end - start - 1;
    } else if (pieces !== undefined) {
      pieces.push(inlines[start]!);
    }
    start = end;
  }
  return pieces ?? inlines;
}

let installed: { readonly Renderer: RendererClass; readonly renderLine: Function } | undefined;

/** Patches the Renderer of the pdfmake that `pdfmakeEntry` resolves to, once per thread. */
export function installLineMerge(pdfmakeEntry: string): void {
  if (installed) return;
  const Renderer = (createRequire(pdfmakeEntry)("./Renderer.js") as { default?: RendererClass }).default;
  const renderLine = method<RendererClass["prototype"]["renderLine"]>(
    Renderer?.prototype,
    "renderLine",
    "pdfmake Renderer.prototype",
  );
  const merged = function (this: unknown, line: Line, x: number, y: number) {
    const inlines = line.inlines;
    const pieces = enabled && Array.isArray(inlines) && inlines.length > 1 ? mergeInlines(inlines) : inlines;
    if (pieces === inlines) return renderLine.call(this, line, x, y);
    line.inlines = pieces as Inline[];
    try {
      return renderLine.call(this, line, x, y);
    } finally {
      line.inlines = inlines;
    }
  };
  Renderer!.prototype.renderLine = merged;
  installed = { Renderer: Renderer!, renderLine: merged };
}

export function lineMergeInEffect(): boolean {
  return enabled && installed !== undefined && reaches(installed.Renderer.prototype.renderLine, installed.renderLine);
}
