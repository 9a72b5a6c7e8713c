/**
 * Write each document's font subsets without re-decoding the font.
 *
 * pdfkit embeds a subset of every font a document uses, built by fontkit's `TTFSubset.encode`:
 * for each glyph it decodes the glyph's whole outline (only to learn whether it is composite),
 * then encodes nine tables through restructure's generic struct encoder, the unchanging
 * `cvt `, `prep` and `fpgm` programs byte by byte. Per document that is the largest cost after
 * shaping. Everything it reads is a fact of the font, the same in every document, so a shared
 * parsed font (font-cache.ts) keeps per glyph what the subset needs (its bytes, components,
 * metrics) and the bytes of the unchanging tables, and writes the same file directly.
 *
 * The first subset of each font is also encoded by fontkit and compared byte for byte: any
 * difference and that font keeps fontkit's encoder. font-subset.test.ts compares whole PDFs.
 */

interface Subset {
  readonly font: SubsetFont;
  glyphs: number[];
  includeGlyph(glyph: number): number;
  encode(): Uint8Array;
}

interface TableEntry {
  readonly offset: number;
  readonly length: number;
}

/** fontkit's TTFFont, as far as we touch it. */
export interface SubsetFont {
  createSubset(): Subset;
  getGlyph(id: number): {
    readonly advanceWidth: number;
    _getMetrics(): { leftBearing: number };
    _decode(): GlyphHeader | null;
  };
  readonly directory: { readonly tables: Readonly<Record<string, TableEntry | undefined>> };
  readonly stream: { readonly buffer: Uint8Array };
  readonly loca: { readonly version: number; readonly offsets: readonly number[] };
  readonly _variationProcessor?: unknown;
  readonly "CFF "?: unknown;
}

interface GlyphHeader {
  readonly numberOfContours: number;
  readonly components?: readonly { readonly glyphID: number; readonly pos: number }[];
}

/** What a subset needs of one glyph. */
interface GlyphFacts {
  readonly bytes: Uint8Array;
  readonly components: readonly { readonly glyphID: number; readonly pos: number }[] | null;
  readonly advance: number;
  readonly bearing: number;
}

/** fontkit's table order in TTFSubset.encode; tables the font lacks are left out, as there. */
const TABLES = ["head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm"] as const;

let enabled = true;
let written = 0;
let byFontkit = 0;

/** Off: fontkit encodes every subset itself (tests, benchmark). */
export function setFontSubsetCacheEnabled(on: boolean): void {
  enabled = on;
}

export interface FontSubsetStats {
  /** Subsets written directly. */
  readonly written: number;
  /** Subsets left to fontkit: switched off, or a font whose first subset did not match. */
  readonly byFontkit: number;
}

export function fontSubsetStats(): FontSubsetStats {
  return { written, byFontkit };
}

let fontsGiven = 0;

/** In effect once a font parsed by font-cache.ts has the direct subset writer. */
export function fontSubsetInEffect(): boolean {
  return enabled && fontsGiven > 0;
}

/** Gives one shared parsed TrueType font the direct subset writer (see above); font-cache.ts calls it for each font it parses. */
export function fastSubsets(font: SubsetFont): void {
  const tables = font.directory.tables;
  // Variable and CFF fonts re-encode outlines; only plain TrueType is written directly.
  if (
    font._variationProcessor ||
    font["CFF "] ||
    !tables.glyf ||
    !tables.loca ||
    !tables.head ||
    !tables.hhea ||
    !tables.maxp ||
    !tables.hmtx
  )
    return;
  const createSubset = font.createSubset.bind(font);
  const raw = (tag: string): Uint8Array | undefined => {
    const entry = tables[tag];
    return entry && font.stream.buffer.subarray(entry.offset, entry.offset + entry.length);
  };
  const glyf = tables.glyf;
  const glyphs = new Map<number, GlyphFacts>();
  let verified: boolean | undefined;

  const facts = (gid: number): GlyphFacts => {
    let known = glyphs.get(gid);
    if (known === undefined) {
      const glyph = font.getGlyph(gid);
      const header = glyph._decode();
      const from = font.loca.offsets[gid] ?? 0;
      const to = font.loca.offsets[gid + 1] ?? from;
      known = {
        bytes: font.stream.buffer.slice(glyf.offset + from, glyf.offset + to),
        components:
          header && header.numberOfContours < 0
            ? (header.components ?? []).map((c) => ({ glyphID: c.glyphID, pos: c.pos }))
            : null,
        advance: glyph.advanceWidth,
        bearing: glyph._getMetrics().leftBearing,
      };
      glyphs.set(gid, known);
    }
    return known;
  };

  function encode(subset: Subset): Uint8Array {
    const glyfParts: Uint8Array[] = [];
    const offsets: number[] = [];
    const metrics: GlyphFacts[] = [];
    let offset = 0;
    for (let i = 0; i < subset.glyphs.length; i++) {
      const known = facts(subset.glyphs[i]!);
      let bytes = known.bytes;
      if (known.components) {
        bytes = new Uint8Array(bytes);
        const view = new DataView(bytes.buffer);
        for (const component of known.components) view.setUint16(component.pos, subset.includeGlyph(component.glyphID));
      }
      glyfParts.push(bytes);
      offsets.push(offset);
      metrics.push(known);
      offset += bytes.length;
    }
    offsets.push(offset);
    const count = glyfParts.length;
    const short = font.loca.version === 0;

    const parts = new Map<string, Uint8Array>();
    parts.set("head", raw("head")!);
    parts.set("hhea", withUint16(raw("hhea")!, 34, count));
    const loca = new Uint8Array(offsets.length * (short ? 2 : 4));
    const locaView = new DataView(loca.buffer);
    offsets.forEach((o, i) => (short ? locaView.setUint16(i * 2, o >>> 1) : locaView.setUint32(i * 4, o)));
    parts.set("loca", loca);
    parts.set("maxp", withUint16(raw("maxp")!, 4, count));
    for (const tag of ["cvt ", "prep"]) if (tables[tag]) parts.set(tag, raw(tag)!);
    parts.set("glyf", concat(glyfParts, offset));
    const hmtx = new Uint8Array(count * 4);
    const hmtxView = new DataView(hmtx.buffer);
    metrics.forEach((m, i) => {
      hmtxView.setUint16(i * 4, m.advance);
      hmtxView.setInt16(i * 4 + 2, m.bearing);
    });
    parts.set("hmtx", hmtx);
    if (tables.fpgm) parts.set("fpgm", raw("fpgm")!);
    return directory(TABLES.flatMap((tag) => (parts.has(tag) ? [[tag, parts.get(tag)!] as const] : [])));
  }

  fontsGiven++;
  font.createSubset = () => {
    const subset = createSubset();
    const fontkitEncode = subset.encode.bind(subset);
    subset.encode = () => {
      if (!enabled || verified === false) {
        byFontkit++;
        return fontkitEncode();
      }
      if (verified === undefined) {
        // Once per font: fontkit's own bytes on a copy of this subset, against ours.
        const twin = createSubset();
        for (const gid of subset.glyphs) twin.includeGlyph(gid);
        const expected = twin.encode();
        const ours = encode(subset);
        verified = equalBytes(ours, expected);
        if (!verified) {
          byFontkit++;
          return fontkitEncode();
        }
        written++;
        return ours;
      }
      written++;
      return encode(subset);
    };
    return subset;
  };
}

function withUint16(bytes: Uint8Array, at: number, value: number): Uint8Array {
  const copy = new Uint8Array(bytes);
  new DataView(copy.buffer).setUint16(at, value);
  return copy;
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The sfnt file fontkit's Directory struct writes: "true", the table records (checksum 0), the tables. */
function directory(entries: readonly (readonly [string, Uint8Array])[]): Uint8Array {
  const numTables = entries.length;
  const maxPowerOf2 = 2 ** Math.floor(Math.log(numTables) / Math.LN2);
  const headerSize = 12 + 16 * numTables;
  const size = entries.reduce((sum, [, bytes]) => sum + bytes.length, headerSize);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  writeTag(out, 0, "true");
  view.setUint16(4, numTables);
  view.setUint16(6, maxPowerOf2 * 16);
  view.setUint16(8, Math.log(maxPowerOf2) / Math.LN2);
  view.setUint16(10, numTables * 16 - maxPowerOf2 * 16);
  let offset = headerSize;
  entries.forEach(([tag, bytes], i) => {
    const record = 12 + 16 * i;
    writeTag(out, record, tag);
    view.setUint32(record + 4, 0);
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, bytes.length);
    out.set(bytes, offset);
    offset += bytes.length;
  });
  return out;
}

function writeTag(out: Uint8Array, at: number, tag: string): void {
  for (let i = 0; i < 4; i++) out[at + i] = tag.charCodeAt(i);
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}
