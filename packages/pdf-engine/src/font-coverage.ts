import { readFileSync } from "node:fs";
import { robotoFaces } from "./assets.js";

/**
 * The code points a TrueType font maps to a glyph, read from its `cmap` table (the Windows
 * Unicode subtable: format 12 when the font has one, else format 4). No font library is loaded:
 * `validate` stays fast, and the answer is the font's own table, not a guess by script.
 */
export function fontCodePoints(font: Buffer): Set<number> {
  const tables = font.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) {
    const record = 12 + 16 * i;
    if (font.toString("latin1", record, record + 4) === "cmap") cmap = font.readUInt32BE(record + 8);
  }
  if (cmap < 0) throw new Error("the font has no cmap table");
  const subtables = new Map<string, number>();
  for (let i = 0; i < font.readUInt16BE(cmap + 2); i++) {
    const record = cmap + 4 + 8 * i;
    subtables.set(
      `${font.readUInt16BE(record)},${font.readUInt16BE(record + 2)}`,
      cmap + font.readUInt32BE(record + 4),
    );
  }
  const covered = new Set<number>();
  const full = subtables.get("3,10") ?? subtables.get("0,4");
  if (full !== undefined && font.readUInt16BE(full) === 12) {
    const groups = font.readUInt32BE(full + 12);
    for (let g = 0; g < groups; g++) {
      const at = full + 16 + 12 * g;
      const [start, end, glyph] = [font.readUInt32BE(at), font.readUInt32BE(at + 4), font.readUInt32BE(at + 8)];
      for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) covered.add(c);
    }
    return covered;
  }
  const basic = subtables.get("3,1") ?? subtables.get("0,3");
  if (basic === undefined || font.readUInt16BE(basic) !== 4)
    throw new Error("the font has no Unicode cmap subtable of format 4 or 12");
  const segments = font.readUInt16BE(basic + 6) / 2;
  const ends = basic + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  for (let s = 0; s < segments; s++) {
    const [start, end] = [font.readUInt16BE(starts + 2 * s), font.readUInt16BE(ends + 2 * s)];
    const delta = font.readInt16BE(deltas + 2 * s);
    const rangeOffset = font.readUInt16BE(rangeOffsets + 2 * s);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const raw = font.readUInt16BE(rangeOffsets + 2 * s + rangeOffset + 2 * (c - start));
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) covered.add(c);
    }
  }
  return covered;
}

let drawable: ReadonlySet<number> | undefined;

/** Code points every face of the report's font can draw (text may be set in any of them). */
export function drawableCodePoints(): ReadonlySet<number> {
  if (drawable) return drawable;
  const [first, ...others] = Object.values(robotoFaces).map((path) => fontCodePoints(readFileSync(path)));
  drawable = new Set([...first!].filter((c) => others.every((face) => face.has(c))));
  return drawable;
}
