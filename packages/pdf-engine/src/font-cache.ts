/**
 * Parse each font once per process.
 *
 * pdfkit (under pdfmake) reads and parses every font file again for every document
 * (`PDFFontFactory.open` → `fontkit.create(buffer)`), and parsing plus the lazily built
 * layout tables dominate render time. fontkit's exports are getter-only, so `create`
 * cannot be replaced; instead we hook its format registry at runtime (node_modules stay
 * untouched): the TrueType format stops claiming buffers and a memoising format returns
 * one shared parsed font per file content (compared byte for byte: cheaper than a hash).
 * pdfkit keeps everything per document (subset, widths, ids) outside the fontkit object.
 * The one piece of history inside it is the glyph cache (`_glyphs`): a glyph remembers
 * the characters it was first looked up with (the "fi" ligature via "fi" or via U+FB01),
 * and pdfkit writes those into the text layer. So each document gets an empty glyph
 * cache, as a fresh parse would have; the parsed tables stay shared. font-cache.test.ts
 * proves the bytes equal plain pdfmake's in a fresh process.
 *
 * Each font parsed here is shared by every document of the thread, so the patches that keep
 * per-font memories (layout-cache.ts, font-subset.ts) are installed on it from here: the
 * registry (patches.ts) hands them over as `perFont` hooks.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { libraryEntries } from "./libraries.js";

interface FontkitStream {
  readonly buffer: Uint8Array;
}

/** fontkit's TTFFont, as far as we touch it. */
interface ParsedFont {
  _glyphs: Record<number, unknown>;
  getGlyph(id: number, codePoints?: number[]): Glyph | null;
  readonly _variationProcessor?: unknown;
}

interface Glyph {
  _metrics?: object;
  _getMetrics(): object;
}

interface FontFormat {
  probe(buffer: Uint8Array): boolean;
  new (stream: FontkitStream): ParsedFont;
}

interface Fontkit {
  create(buffer: Uint8Array): ParsedFont;
  registerFormat(format: FontFormat): void;
}

export interface FontCacheStats {
  readonly fonts: number;
  readonly hits: number;
  readonly misses: number;
}

/** A patch given each newly parsed font (layout-cache.ts, font-subset.ts). */
export type ParsedFontHook = (font: never) => void;

let installed = false;
let enabled = true;
/** Parsed fonts by file length, each with the bytes it was parsed from. */
const parsedFonts = new Map<number, { readonly bytes: Uint8Array; readonly font: ParsedFont }[]>();
let hits = 0;
let misses = 0;

/** The font parsed from these bytes, if any: pdfkit reads the file into a new buffer for every document. */
function parsedFrom(bytes: Uint8Array): ParsedFont | undefined {
  for (const entry of parsedFonts.get(bytes.length) ?? []) {
    if (entry.bytes === bytes || Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).equals(entry.bytes))
      return entry.font;
  }
  return undefined;
}

/**
 * A glyph's metrics are a fact of the font, but each document's fresh glyph objects work them out
 * again, decoding the glyph's header for a vertical bearing pdfkit never reads. A new glyph object
 * gets a copy of the metrics its id had the first time (static fonts: variable ones vary them).
 */
function shareGlyphMetrics(font: ParsedFont): void {
  if (font._variationProcessor) return;
  const getGlyph = font.getGlyph;
  const metrics = new Map<number, object>();
  font.getGlyph = function getGlyphWithMetrics(id, codePoints) {
    const fresh = font._glyphs[id] === undefined;
    const glyph = getGlyph.call(font, id, codePoints);
    if (fresh && glyph !== null) {
      const known = metrics.get(id);
      if (known === undefined) metrics.set(id, { ...glyph._getMetrics() });
      else glyph._metrics = { ...known };
    }
    return glyph;
  };
}

/**
 * Hooks fontkit (as pdfkit resolves it, so we hook the instance pdfkit calls) once per thread.
 * `sampleFont` is any TrueType file: fontkit does not export its TrueType class, so we take it
 * from a parsed font. `perFont` hooks are given each font parsed, before any document uses it.
 */
export function installFontCache(sampleFont: string, perFont: readonly ParsedFontHook[] = []): void {
  if (installed) return;
  const fontkit = createRequire(libraryEntries().pdfkit)("fontkit") as Fontkit;
  const sample = fontkit.create(readFileSync(sampleFont));
  if (typeof sample._glyphs !== "object" || sample._glyphs === null) {
    throw new Error(
      "@tip/pdf-engine: fontkit's TTFFont has no glyph cache (_glyphs) to reset: font-cache does not fit it",
    );
  }
  const TrueType = sample.constructor as FontFormat;
  const probeTrueType = TrueType.probe.bind(TrueType);

  const memoised = (stream: FontkitStream): ParsedFont => {
    const cached = parsedFrom(stream.buffer);
    if (cached !== undefined) {
      hits++;
      cached._glyphs = {};
      return cached;
    }
    misses++;
    const font = new TrueType(stream);
    // Shared across documents, so its glyph metrics, layouts and glyph facts can be too.
    shareGlyphMetrics(font);
    for (const hook of perFont) hook(font as never);
    parsedFonts.set(stream.buffer.length, [
      ...(parsedFonts.get(stream.buffer.length) ?? []),
      { bytes: stream.buffer, font },
    ]);
    return font;
  };
  // A constructor that returns an object makes `new` yield that object: fontkit's `new format(stream)`.
  const MemoisedTrueType = Object.assign(
    function MemoisedTrueType(stream: FontkitStream) {
      return memoised(stream);
    },
    { probe: (buffer: Uint8Array) => enabled && probeTrueType(buffer) },
  ) as unknown as FontFormat;

  TrueType.probe = (buffer: Uint8Array) => !enabled && probeTrueType(buffer);
  fontkit.registerFormat(MemoisedTrueType);
  installed = true;
}

/** Off: every document parses its fonts afresh, exactly as unpatched pdfkit does (tests, benchmark). */
export function setFontCacheEnabled(on: boolean): void {
  enabled = on;
}

/** In effect once installed and on: fonts are parsed once per thread. */
export function fontCacheInEffect(): boolean {
  return installed && enabled;
}

export function fontCacheStats(): FontCacheStats {
  return { fonts: [...parsedFonts.values()].reduce((n, entries) => n + entries.length, 0), hits, misses };
}
