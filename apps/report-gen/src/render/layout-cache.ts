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
 */

interface Glyph {
  readonly id: number;
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

type GlyphRunClass = new (glyphs: Glyph[], features: object, script: unknown, language: unknown, direction: unknown) => GlyphRun;
type GlyphPositionClass = new () => Record<string, number>;

/** fontkit's TTFFont, as far as we touch it. */
export interface ShapingFont {
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
}

/** Enough for every word of thousands of briefs; past it, the record starts again rather than grow. */
const MAX_TEXTS_PER_FONT = 50_000;

let enabled = true;
let hits = 0;
let misses = 0;

export interface LayoutCacheStats {
  readonly hits: number;
  readonly misses: number;
}

/** Off: every layout is shaped afresh, exactly as pdfkit does (tests, benchmark). */
export function setLayoutCacheEnabled(on: boolean): void {
  enabled = on;
}

export function layoutCacheStats(): LayoutCacheStats {
  return { hits, misses };
}

/** Gives one shared parsed font a per-process memory of its layouts (see above). */
export function memoiseLayout(font: ShapingFont): void {
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
    records.set(key(text, features), {
      calls: Int32Array.from(calls),
      glyphs: Int32Array.from(glyphs),
      fields,
      positions: Float64Array.from(run.positions.flatMap((p) => fields.map((f) => p[f]!))),
      script: run.script,
      language: run.language,
      direction: run.direction,
      features: { ...run.features },
    });
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

  font.layout = function layout(text: unknown, features?: unknown, ...rest: unknown[]): GlyphRun {
    // Only what pdfkit asks: a string, with or without a feature list.
    if (!enabled || typeof text !== "string" || rest.length > 0 || (features !== undefined && !Array.isArray(features))) {
      return shape(text, features, ...rest);
    }
    const shaped = records.get(key(text, features));
    if (shaped !== undefined) {
      const run = replay(shaped);
      if (run !== undefined) {
        hits++;
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
