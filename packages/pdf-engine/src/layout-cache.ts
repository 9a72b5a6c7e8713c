/**
 * Shape each word once per process, not once per document.
 *
 * pdfkit lays out text word by word (`EmbeddedFont.layoutCached`) and forgets its layouts with each
 * document, so fontkit runs its OpenType shaping (GSUB, GPOS) again for every word of every
 * document: after font parsing, the largest cost left. Shaping is a pure function of the text
 * and of the glyph objects fontkit hands it, and those carry one piece of history: the code points
 * a glyph was first looked up with (font-cache.ts explains, and resets it per document).
 *
 * So a parsed font (shared by font-cache.ts) keeps, per text, what shaping did: every `getGlyph`
 * call it made, with the code points the glyph came back with, and the positions it produced. When
 * the same text comes again, the calls are replayed in order, which leaves the document's glyph
 * cache exactly as shaping would have; if every glyph comes back with the recorded code points,
 * shaping would have seen the same input and computed the same run, which is rebuilt from the
 * record. Otherwise (a glyph first met through another character) it shapes afresh.
 * layout-cache.test.ts proves the bytes equal plain pdfmake's.
 *
 * Replaying still builds a fresh run for every word of every document, which pdfkit then scales
 * (`EmbeddedFont.layoutRun`): after the first documents, most of what laying out text costs. Yet
 * the run a replay builds differs from the last one only in whose glyph objects it holds, and a
 * glyph's id, metrics and code points are all pdfkit reads of it. So from a text's second
 * document on, pdfkit's per-document `layoutCached` is given the scaled run of an earlier document
 * (nothing mutates a run once scaled), once the glyphs shaping would have looked up are known to
 * be, in this document, what they were when the run was made: each is looked up here as shaping
 * would first have looked it up, and its code points compared, once per glyph instead of once per
 * lookup (`adopt`). If one differs, the text is replayed or shaped as above.
 */
import { createRequire } from "node:module";
import { method } from "./libraries.js";

interface Glyph {
  readonly id: number;
  readonly codePoints: readonly number[];
}

/** A glyph shaping looks up: its id, the code points of its first lookup, those it must come back with. */
interface GlyphUse {
  readonly id: number;
  readonly passed: number[] | undefined;
  readonly codePoints: readonly number[];
}

interface GlyphRun {
  glyphs: Glyph[];
  positions: Record<string, number>[];
  readonly script: unknown;
  readonly language: unknown;
  readonly direction: unknown;
  readonly features: Record<string, boolean>;
}

type GlyphRunClass = new (
  glyphs: Glyph[],
  features: object,
  script: unknown,
  language: unknown,
  direction: unknown,
) => GlyphRun;
type GlyphPositionClass = new () => Record<string, number>;

/** fontkit's TTFFont, as far as we touch it. */
export interface ShapingFont {
  /** The document's glyph objects by id (font-cache.ts empties it for each document). */
  _glyphs: Record<number, Glyph | undefined>;
  getGlyph(id: number, codePoints?: number[]): Glyph | null;
  layout(text: unknown, features?: unknown, ...rest: unknown[]): GlyphRun;
}

/**
 * What shaping one text did, packed into a few typed arrays: a cache of thousands of words held
 * as arrays of small arrays cost some 11 MB per thread, kept alive for the whole run.
 */
interface Shaped {
  /**
   * Every getGlyph call shaping made, in order, flat: the glyph id, then the code points passed
   * (their count first, -1 for none), then the code points the glyph came back with (count
   * first, -1 for no glyph).
   */
  readonly calls: Int32Array;
  /** The run's glyphs, as the index of the call that returned each. */
  readonly glyphs: Int32Array;
  /** The names of a position's own fields, in order (the same for every glyph of the run). */
  readonly fields: readonly string[];
  /** Each position's field values, glyph after glyph, before pdfkit scales them. */
  readonly positions: Float64Array;
  readonly script: unknown;
  readonly language: unknown;
  readonly direction: unknown;
  readonly features: Readonly<Record<string, boolean>>;
  /** Documents that laid this text out without a shared run. */
  documents: number;
  /** The glyphs its shaping looks up, each once, in order; null if one lookup found no glyph. Built on first need. */
  lookups?: readonly GlyphUse[] | null;
  /** The run as pdfkit scaled it for an earlier document, shared from the text's second document on. */
  scaled?: { readonly run: GlyphRun; readonly scale: number };
}

/** pdfkit's EmbeddedFont, as far as we touch it. */
interface EmbeddedFont {
  readonly font: ShapingFont;
  readonly scale: number;
  layoutCache?: Record<string, GlyphRun>;
  layoutRun(text: string, features?: unknown): GlyphRun;
  layoutCached(text: string): GlyphRun;
  layout(text: string, features?: unknown, onlyWidth?: boolean): LaidOut;
}

/** What `EmbeddedFont.layout` returns: a text's glyphs and positions (null when only its width was asked for), and its width. */
interface LaidOut {
  glyphs: Glyph[] | null;
  positions: Record<string, number>[] | null;
  advanceWidth: number;
}

/** What a shared font knows of its layouts, for pdfkit's per-document cache. */
interface FontLayouts {
  /** The record for a text (no features), if any. */
  shaped(text: string): Shaped | undefined;
  /** The run `font.layout` returned last, and the record it was built from or recorded into. */
  last: { run: GlyphRun; shaped: Shaped } | undefined;
  /** Whether this document's glyphs are what the record's were, looking up those it lacks as shaping would. */
  adopt(shaped: Shaped): boolean;
}

const fontLayouts = new WeakMap<ShapingFont, FontLayouts>();

/** Runs kept for sharing per font, at most: enough for the words of any edition's templates and tables. */
const MAX_SHARED_PER_FONT = 20_000;

/** Enough for every word of thousands of briefs; past it, the record starts again rather than grow. */
const MAX_TEXTS_PER_FONT = 50_000;

let enabled = true;
let hits = 0;
let misses = 0;
let shared = 0;

export interface LayoutCacheStats {
  /** Texts replayed from a record. */
  readonly hits: number;
  /** Texts shaped afresh. */
  readonly misses: number;
  /** Texts given the scaled run of an earlier document. */
  readonly shared: number;
}

/** Off: every layout is shaped afresh, exactly as pdfkit does (tests, benchmark). */
export function setLayoutCacheEnabled(on: boolean): void {
  enabled = on;
}

export function layoutCacheStats(): LayoutCacheStats {
  return { hits, misses, shared };
}

let fontsMemoised = 0;

/** Gives one shared parsed font a per-process memory of its layouts (see above); font-cache.ts calls it for each font it parses. */
export function memoiseLayout(font: ShapingFont): void {
  fontsMemoised++;
  const shape = font.layout.bind(font);
  const getGlyph = font.getGlyph.bind(font);
  let records = new Map<string, Shaped>();
  let GlyphRun: GlyphRunClass | undefined;
  let GlyphPosition: GlyphPositionClass | undefined;

  /** Shapes for real, noting every glyph lookup on the way. */
  const record = (text: string, features: unknown): GlyphRun => {
    const calls: number[] = [];
    const returned: (Glyph | null)[] = [];
    const own = font.getGlyph;
    font.getGlyph = (id, codePoints) => {
      const glyph = getGlyph(id, codePoints);
      calls.push(id);
      if (codePoints === undefined) calls.push(-1);
      else calls.push(codePoints.length, ...codePoints);
      if (glyph === null) calls.push(-1);
      else calls.push(glyph.codePoints.length, ...glyph.codePoints);
      returned.push(glyph);
      return glyph;
    };
    let run: GlyphRun;
    try {
      run = shape(text, features);
    } finally {
      font.getGlyph = own;
    }
    const glyphs = run.glyphs.map((glyph) => returned.lastIndexOf(glyph));
    if (glyphs.includes(-1) || run.positions.length !== run.glyphs.length) return run;
    const fields = run.positions.length ? Object.keys(run.positions[0]!) : [];
    const sameFields = run.positions.every((p) => {
      const keys = Object.keys(p);
      return keys.length === fields.length && keys.every((k, i) => k === fields[i] && typeof p[k] === "number");
    });
    if (!sameFields) return run;
    GlyphRun ??= run.constructor as GlyphRunClass;
    GlyphPosition ??= run.positions[0]?.constructor as GlyphPositionClass | undefined;
    if (records.size >= MAX_TEXTS_PER_FONT) records = new Map();
    const shaped: Shaped = {
      calls: Int32Array.from(calls),
      glyphs: Int32Array.from(glyphs),
      fields,
      positions: Float64Array.from(run.positions.flatMap((p) => fields.map((f) => p[f]!))),
      script: run.script,
      language: run.language,
      direction: run.direction,
      features: { ...run.features },
      documents: 0,
    };
    records.set(key(text, features), shaped);
    layouts.last = { run, shaped };
    return run;
  };

  /** Replays a record; undefined as soon as a glyph comes back other than it did when recorded. */
  const replay = (shaped: Shaped): GlyphRun | undefined => {
    if (GlyphRun === undefined || (GlyphPosition === undefined && shaped.glyphs.length > 0)) return undefined;
    const { calls } = shaped;
    const got: (Glyph | null)[] = [];
    for (let at = 0; at < calls.length; ) {
      const id = calls[at++]!;
      const passedCount = calls[at++]!;
      let glyph: Glyph | null;
      if (passedCount < 0) glyph = getGlyph(id);
      else {
        glyph = getGlyph(id, Array.from(calls.subarray(at, at + passedCount)));
        at += passedCount;
      }
      const returnedCount = calls[at++]!;
      if (returnedCount < 0) {
        if (glyph !== null) return undefined;
      } else {
        if (glyph === null || glyph.codePoints.length !== returnedCount) return undefined;
        for (let i = 0; i < returnedCount; i++) if (glyph.codePoints[i] !== calls[at + i]) return undefined;
        at += returnedCount;
      }
      got.push(glyph);
    }
    const glyphs = Array.from(shaped.glyphs, (i) => got[i] as Glyph);
    const run = new GlyphRun(glyphs, { ...shaped.features }, shaped.script, shaped.language, shaped.direction);
    const { fields, positions } = shaped;
    run.positions = glyphs.map((_, g) => {
      const position = new GlyphPosition!();
      for (let f = 0; f < fields.length; f++) position[fields[f]!] = positions[g * fields.length + f]!;
      return position;
    });
    return run;
  };

  const layouts: FontLayouts = {
    shaped: (text) => records.get(text),
    last: undefined,
    adopt(shaped) {
      const lookups = (shaped.lookups ??= glyphUses(shaped.calls));
      if (lookups === null) return false;
      const glyphs = font._glyphs;
      for (const use of lookups) {
        let glyph: Glyph | null | undefined = glyphs[use.id];
        if (glyph === undefined) {
          glyph = use.passed === undefined ? getGlyph(use.id) : getGlyph(use.id, use.passed.slice());
          if (glyph === null) return false;
        }
        if (!sameCodePoints(glyph.codePoints, use.codePoints)) return false;
      }
      return true;
    },
  };
  fontLayouts.set(font, layouts);

  font.layout = function layout(text: unknown, features?: unknown, ...rest: unknown[]): GlyphRun {
    // Only what pdfkit asks: a string, with or without a feature list.
    if (
      !enabled ||
      typeof text !== "string" ||
      rest.length > 0 ||
      (features !== undefined && !Array.isArray(features))
    ) {
      return shape(text, features, ...rest);
    }
    const shaped = records.get(key(text, features));
    if (shaped !== undefined) {
      const run = replay(shaped);
      if (run !== undefined) {
        hits++;
        layouts.last = { run, shaped };
        return run;
      }
    }
    misses++;
    return record(text, features);
  };
}

function key(text: string, features: unknown): string {
  return features === undefined ? text : `${text}\u0000${JSON.stringify(features)}`;
}

/** The glyphs a record's lookups touch, each once in the order first looked up; null if a lookup found none. */
function glyphUses(calls: Int32Array): GlyphUse[] | null {
  const uses: GlyphUse[] = [];
  const seen = new Set<number>();
  for (let at = 0; at < calls.length; ) {
    const id = calls[at++]!;
    const passedCount = calls[at++]!;
    const passed = passedCount < 0 ? undefined : Array.from(calls.subarray(at, at + passedCount));
    if (passedCount > 0) at += passedCount;
    const returnedCount = calls[at++]!;
    if (returnedCount < 0) return null;
    const codePoints = Array.from(calls.subarray(at, at + returnedCount));
    at += returnedCount;
    if (!seen.has(id)) {
      seen.add(id);
      uses.push({ id, passed, codePoints });
    }
  }
  return uses;
}

function sameCodePoints(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * pdfkit's `EmbeddedFont.layoutCached` with the shared runs described at the top: a text new to
 * the document gets an earlier document's scaled run if `adopt` allows, else is laid out as
 * before (and its run kept for the documents after, from its second document on).
 */
function layoutCached(this: EmbeddedFont, text: string): GlyphRun {
  const cache = this.layoutCache;
  if (!cache) return this.layoutRun(text);
  const cached = cache[text];
  if (cached) return cached;
  const layouts = enabled ? fontLayouts.get(this.font) : undefined;
  const before = layouts?.shaped(text);
  if (before?.scaled !== undefined && before.scaled.scale === this.scale && layouts!.adopt(before)) {
    shared++;
    return (cache[text] = before.scaled.run);
  }
  const run = this.layoutRun(text);
  cache[text] = run;
  if (layouts !== undefined) {
    const last = layouts.last;
    layouts.last = undefined;
    // Kept from the text's second document on: words of one document only are never held twice.
    if (
      last !== undefined &&
      last.run === run &&
      last.shaped === layouts.shaped(text) &&
      last.shaped.scaled === undefined &&
      ++last.shaped.documents >= 2
    ) {
      const counts = sharedCounts.get(this.font) ?? 0;
      if (counts < MAX_SHARED_PER_FONT) {
        sharedCounts.set(this.font, counts + 1);
        last.shaped.scaled = { run, scale: this.scale };
      }
    }
  }
  return run;
}

/**
 * pdfkit's `EmbeddedFont.layout`, step for step: the text cut after every space and tab, each piece
 * laid out (`layoutCached`) in order, glyphs and positions joined, widths added in the same order.
 * pdfkit tests each character by building an array and joins by copying everything so far for each
 * piece, which costs little for a word and grows with the square of a line drawn in one piece
 * (line-merge.ts); here characters are compared as codes and pieces appended.
 */
function layout(this: EmbeddedFont, text: string, features?: unknown, onlyWidth?: boolean): LaidOut {
  if (features) return this.layoutRun(text, features) as unknown as LaidOut;
  const glyphs: Glyph[] | null = onlyWidth ? null : [];
  const positions: Record<string, number>[] | null = onlyWidth ? null : [];
  let advanceWidth = 0;
  let last = 0;
  const length = text.length;
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code !== 32 && code !== 9 && index + 1 < length) continue;
    // A piece ends after a space or tab, or at the end of the text; a word alone is its own piece.
    const run = this.layoutCached(last === 0 && index + 1 === length ? text : text.slice(last, index + 1));
    if (glyphs !== null && positions !== null) {
      for (const glyph of run.glyphs) glyphs.push(glyph);
      for (const position of run.positions) positions.push(position);
    }
    advanceWidth += (run as unknown as { advanceWidth: number }).advanceWidth;
    last = index + 1;
  }
  return { glyphs, positions, advanceWidth };
}

const sharedCounts = new WeakMap<ShapingFont, number>();
let sharing = false;
/** pdfkit's EmbeddedFont prototype, once the shared runs are on it. */
let embeddedPatched: Partial<EmbeddedFont> | undefined;

/**
 * Gives the pdfkit that `pdfmakeEntry`'s pdfmake uses the shared runs (see the top), once per
 * process. pdfkit does not export EmbeddedFont: it is taken from the first font a document opens.
 */
export function installSharedRuns(pdfmakeEntry: string): void {
  if (sharing) return;
  sharing = true;
  const PDFDocument = createRequire(pdfmakeEntry)("./PDFDocument.js") as {
    default?: { prototype: { provideFont(...args: unknown[]): unknown } };
  };
  const prototype = PDFDocument.default!.prototype;
  const provideFont = method<(...args: unknown[]) => unknown>(
    prototype,
    "provideFont",
    "pdfmake PDFDocument.prototype",
  );
  prototype.provideFont = function (this: unknown, ...args: unknown[]) {
    const font = provideFont.apply(this, args) as Partial<EmbeddedFont> | undefined;
    if (font === undefined) return font;
    prototype.provideFont = provideFont;
    const embedded = Object.getPrototypeOf(font) as Partial<EmbeddedFont>;
    for (const name of ["layoutCached", "layoutRun", "layout"]) method(embedded, name, "pdfkit EmbeddedFont.prototype");
    if (font.font === undefined)
      throw new Error("@tip/pdf-engine: pdfkit's EmbeddedFont has no fontkit font: layout-cache does not fit it");
    embedded.layoutCached = layoutCached;
    embedded.layout = layout;
    embeddedPatched = embedded;
    return font;
  };
}

/** In effect once a document opened a font: its layouts are memoised and pdfkit's EmbeddedFont shares runs. */
export function layoutCacheInEffect(): boolean {
  return (
    enabled &&
    fontsMemoised > 0 &&
    embeddedPatched !== undefined &&
    embeddedPatched.layoutCached === layoutCached &&
    embeddedPatched.layout === layout
  );
}
