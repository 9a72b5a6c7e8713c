// A convention table read back as plain text (copied from a PDF viewer, or `pdftotext`, with or
// without `-layout`): no tabs and no commas between cells, only spaces. Its rows end in cells of
// the published notation, which is how they are told from headings and how a country name that
// holds spaces is told from its cells.
import type { CsvField, CsvRecord } from "../parse/csv.js";

/** One cell in the published notation, loosely (a wrong code is still a cell, reported later). */
const CELL = String.raw`\d{4}(?:-\d{2}-\d{2})?(?:\s?\([A-Za-z]{1,2}\))?|[—–-]`;
const CELL_AT_END = new RegExp(String.raw`(?:^|\s)(${CELL})\s*$`, "u");

/** Subheadings are made of these words only ("Ratification, Accession (a), or Acceptance (A)"). */
const SUBHEADING_WORDS = new Set([
  "ratification",
  "accession",
  "acceptance",
  "approval",
  "succession",
  "or",
  "a",
  "aa",
  "d",
]);

interface Line {
  readonly text: string;
  readonly number: number;
}

/** A piece of a row: a cell, or (part of) a country's name. */
interface Piece {
  readonly text: string;
  readonly line: number;
  /** 1-based column of its first character. */
  readonly start: number;
}

/** A piece of a heading line, with the column one past its last character, to tell columns apart. */
interface Segment extends Piece {
  readonly end: number;
}

/** A row's trailing cells, left to right, and its name (what precedes them). */
function splitRow(line: Line): { name: Piece | undefined; cells: Piece[] } {
  const cells: Piece[] = [];
  let rest = line.text;
  for (let m = CELL_AT_END.exec(rest); m; m = CELL_AT_END.exec(rest)) {
    const start = m.index + m[0].indexOf(m[1]!);
    cells.unshift({ text: m[1]!, line: line.number, start: start + 1 });
    rest = rest.slice(0, start);
  }
  const lead = rest.length - rest.trimStart().length;
  const name = rest.trim() === "" ? undefined : { text: rest.trim(), line: line.number, start: lead + 1 };
  return { name, cells };
}

/** A line that ends in a cell after a comma: a comma-separated row, not text (a footnote's date aside). */
const COMMA_CELL_AT_END = new RegExp(String.raw`^[^*†‡§].*,\s*(?:${CELL})\s*$`, "u");

/**
 * True when the text looks like a table read back as text rather than tab- or comma-separated: a line
 * ends in two cells apart by spaces, or (a table of one column) in one, and no line in a cell after a comma.
 */
export function isTextTable(text: string): boolean {
  if (text.includes("\t")) return false;
  const lines = text.split(/\r\n|\r|\n/);
  const counts = lines.map((l) => splitRow({ text: l, number: 0 }).cells.length);
  if (counts.some((n) => n >= 2)) return true;
  return counts.some((n) => n === 1) && !lines.some((l) => COMMA_CELL_AT_END.test(l));
}

/**
 * A line with no letter: between the headings and the rows, the columns' numbers ("(1)  (2)  (3)"),
 * neither a heading, a subheading nor a wrapped name, and not read.
 */
const isWordless = (text: string): boolean => !/\p{L}/u.test(text);

const isSubheading = (text: string): boolean => {
  const words = text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  return words.length > 0 && words.every((w) => SUBHEADING_WORDS.has(w));
};

/** A line's pieces separated by two spaces or more (a `-layout` line), or the whole line. */
function segments(line: Line): Segment[] {
  const found: Segment[] = [];
  for (const m of line.text.matchAll(/\S+(?: \S+)*/g)) {
    found.push({ text: m[0], line: line.number, start: m.index + 1, end: m.index + 1 + m[0].length });
  }
  return found;
}

/**
 * Columns of a block of `-layout` lines: pieces that overlap horizontally belong to one column
 * (a heading wrapped over several lines, left-aligned or centred), columns ordered left to right.
 */
function layoutColumns(lines: readonly Line[]): Segment[][] {
  const pieces = lines.flatMap(segments).sort((a, b) => a.start - b.start || a.line - b.line);
  const columns: { start: number; end: number; pieces: Segment[] }[] = [];
  for (const piece of pieces) {
    const last = columns.at(-1);
    if (last && piece.start < last.end) {
      last.end = Math.max(last.end, piece.end);
      last.pieces.push(piece);
    } else columns.push({ start: piece.start, end: piece.end, pieces: [piece] });
  }
  // Within a column, the pieces came in order of their start; the sort is stable, so pieces on one line
  // (a heading with two spaces inside) stay in that order.
  return columns.map((c) => c.pieces.sort((a, b) => a.line - b.line));
}

/** A field read from text, where it stands (never quoted: the importer reads no quotes in text). */
const field = (value: string, line: number, column: number): CsvField => ({ value, line, column, quoted: false });

/** One field for a column: its pieces joined in reading order, at its first piece. */
const joined = (pieces: readonly Segment[]): CsvField =>
  field(pieces.map((p) => p.text).join(" "), pieces[0]!.line, pieces[0]!.start);

/** Lower case, one kind of quote and dash, length kept (so positions still match the original). */
const loose = (s: string): string => s.toLowerCase().replace(/[’‘`]/g, "'").replace(/[–—]/g, "-");

/**
 * Headings run together on one line ("Country UN Protocol to … Persons Optional Protocol …"): cut
 * where the known headings are, longest first. The text before the first is the country heading;
 * undefined when anything else is left over.
 */
function cutAtKnownHeadings(line: Line, known: readonly string[]): CsvField[] | undefined {
  const text = line.text;
  const lower = loose(text);
  const candidates = [...new Set(known.map((k) => loose(k.replace(/\s+/g, " ").trim())))]
    .filter((k) => k.length > 0)
    .sort((a, b) => b.length - a.length);
  const fields: CsvField[] = [];
  let country: CsvField | undefined;
  let at = 0;
  const skipSpaces = () => {
    while (at < text.length && /\s/.test(text[at]!)) at++;
  };
  skipSpaces();
  const firstHeading = (from: number): { index: number; length: number } | undefined => {
    for (let i = from; i < text.length; i++) {
      if (i > 0 && !/\s/.test(text[i - 1]!)) continue;
      const hit = candidates.find((c) => lower.startsWith(c, i) && !/[\p{L}\p{N}]/u.test(text[i + c.length] ?? " "));
      if (hit) return { index: i, length: hit.length };
    }
    return undefined;
  };
  while (at < text.length) {
    const hit = firstHeading(at);
    if (!hit) return undefined;
    if (hit.index > at) {
      if (fields.length > 0 || country) return undefined; // unknown words between headings
      country = field(text.slice(at, hit.index).trim(), line.number, at + 1);
    }
    let end = hit.index + hit.length;
    while (end < text.length && /[*†‡§]/.test(text[end]!)) end++;
    fields.push(field(text.slice(hit.index, end), line.number, hit.index + 1));
    at = end;
    skipSpaces();
  }
  if (fields.length === 0) return undefined;
  return [country ?? field("Country", line.number, 1), ...fields];
}

export interface TextTable {
  /** The headings, country heading first; undefined when they could not be told apart (one line, unknown wording). */
  readonly headings: CsvRecord | undefined;
  /** The subheadings under the headings (empty where none was read), an empty first field under the country heading. */
  readonly subheadings: CsvRecord | undefined;
  /** One record per country: its name, then its cells. */
  readonly rows: CsvRecord[];
  /** The line the headings start on. */
  readonly headingLine: number;
  /** True when no heading stands above the rows (the table was selected from its first row). */
  readonly headless: boolean;
}

const record = (fields: CsvField[]): CsvRecord => ({
  line: fields[0]!.line,
  endLine: fields.at(-1)!.line,
  fields,
  complete: true,
});

/**
 * Reads a table read back as text into the records the CSV reader would give: headings, then
 * subheadings, then a record per country (its name, then its cells). Headings are read by column
 * position in `-layout` text, or cut at the `known` headings when they run together on one line.
 * A row whose name wraps over lines (`-layout` with blank lines between rows) is joined up.
 */
export function readTextTable(text: string, known: readonly string[]): TextTable {
  const lines: Line[] = text.split(/\r\n|\r|\n/).map((t, i) => ({ text: t.replace(/\s+$/, ""), number: i + 1 }));
  // Each line split once into a name and trailing cells; a line's number is its index plus one.
  const splits = lines.map(splitRow);
  const split = (l: Line) => splits[l.number - 1]!;
  const isRow = (l: Line) => {
    const { name, cells } = split(l);
    return cells.length >= 2 || (cells.length === 1 && name !== undefined && !isSubheading(name.text));
  };
  // A row has two cells or more; in a table of one column, one, after a name in lower and upper case (a
  // running title above, in capitals, ends in a year too) unless every name is in capitals.
  const oneColumn = !lines.some((l) => split(l).cells.length >= 2);
  const oneCell = (l: Line) => split(l).cells.length === 1 && isRow(l);
  const mixedCase = (l: Line) => /\p{Ll}/u.test(split(l).name!.text);
  const anyMixed = oneColumn && lines.some((l) => oneCell(l) && mixedCase(l));
  const hasCells = (l: Line) => (oneColumn ? oneCell(l) && (!anyMixed || mixedCase(l)) : split(l).cells.length >= 2);
  const firstRow = lines.findIndex(hasCells);
  // Rows set apart by blank lines (pdftotext -layout) may wrap their names onto lines of their own,
  // above and below their cells: the rows are spaced when most rows have a blank line between them
  // and the next (a lone row is not: nothing tells its wrapped name from the headings above it).
  const rowLines = firstRow < 0 ? [] : lines.slice(firstRow).filter(hasCells);
  let apart = 0;
  for (let k = 1; k < rowLines.length; k++)
    if (lines.slice(rowLines[k - 1]!.number, rowLines[k]!.number - 1).some((l) => l.text.trim() === "")) apart++;
  const spaced = rowLines.length > 1 && 2 * apart >= rowLines.length - 1;
  let dataStart = firstRow < 0 ? lines.length : firstRow;
  if (spaced)
    while (dataStart > 0 && !isWordless(lines[dataStart - 1]!.text) && !isSubheading(lines[dataStart - 1]!.text))
      dataStart--;

  // As many cells as most rows have: the headings must give one column per cell, or were misread.
  const counts = new Map<number, number>();
  for (const l of lines.slice(dataStart)) {
    const n = split(l).cells.length;
    if (n > 0) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  const cellsPerRow = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;

  // The headings are the last block of lines above the rows (blocks are set apart by blank lines)
  // that is not all subheadings, with the subheadings below it: a title or an introduction
  // selected with the table, further up, is left out.
  const blocks: Line[][] = [[]];
  for (const line of lines.slice(0, dataStart)) {
    if (line.text.trim() === "") blocks.push([]);
    else blocks.at(-1)!.push(line);
  }
  // A line without letters at the top or bottom of a block is the columns' numbers, left out; inside a
  // block it is part of a heading (a narrow column's "29," between "Convention" and "Forced").
  const filled = blocks
    .map((b) => {
      let from = 0;
      let to = b.length;
      while (from < to && isWordless(b[from]!.text)) from++;
      while (to > from && isWordless(b[to - 1]!.text)) to--;
      return b.slice(from, to);
    })
    .filter((b) => b.length > 0);
  let top = filled.length - 1;
  while (top > 0 && filled[top]!.every((l) => isSubheading(l.text.trim()))) top--;
  const header = filled.slice(Math.max(top, 0)).flat();
  const subLines = header.filter((l) => isSubheading(l.text.trim()));
  const headLines = header.filter((l) => !isSubheading(l.text.trim()));
  const headingLine = headLines[0]?.number ?? 1;
  const layout = headLines.some((l) => /\S {2,}\S/.test(l.text.trim()));

  const countryColumn = (line: number): CsvField => field("Country", line, 1);

  let headings: CsvField[] | undefined;
  let spans: ({ start: number; end: number } | undefined)[] = [];
  if (layout) {
    const columns = layoutColumns(headLines);
    const fields = columns.map(joined);
    const ranges = columns.map((c) => ({
      start: Math.min(...c.map((p) => p.start)),
      end: Math.max(...c.map((p) => p.end)),
    }));
    if (fields.length === cellsPerRow + 1) {
      headings = fields;
      spans = ranges;
    } else if (fields.length === cellsPerRow) {
      headings = [countryColumn(headingLine), ...fields];
      spans = [undefined, ...ranges];
    }
  } else if (headLines.length > 0) {
    const cut = cutAtKnownHeadings({ text: headLines.map((l) => l.text.trim()).join(" "), number: headingLine }, known);
    if (cut && cut.length === cellsPerRow + 1) headings = cut;
  }

  // Subheadings: in -layout text, each under the heading it overlaps most; else left to the edition.
  const subheadings: CsvField[] = (headings ?? []).map((h, i) =>
    field("", subLines[0]?.number ?? h.line, i === 0 ? 1 : h.column),
  );
  if (layout && headings && subLines.length > 0) {
    for (const column of layoutColumns(subLines)) {
      const start = Math.min(...column.map((p) => p.start));
      const end = Math.max(...column.map((p) => p.end));
      const overlap = spans.map((s) => (s ? Math.min(s.end, end) - Math.max(s.start, start) : -Infinity));
      const best = overlap.indexOf(Math.max(...overlap));
      if (best > 0 && overlap[best]! > 0) subheadings[best] = joined(column);
    }
  }

  const rows: CsvRecord[] = [];
  let pendingName: Piece[] = [];
  const flush = (cellsLine: { name: Piece | undefined; cells: Piece[] } | undefined) => {
    if (!cellsLine) return;
    const names = [...pendingName, ...(cellsLine.name ? [cellsLine.name] : [])];
    pendingName = [];
    const at = names[0] ?? cellsLine.cells[0]!;
    const name = field(names.map((n) => n.text).join(" "), at.line, at.start);
    rows.push(record([name, ...cellsLine.cells.map((c) => field(c.text, c.line, c.start))]));
  };
  /** Lines with no cells that no row took: each a row of its own, reported as one without cells. */
  const strays = () => {
    for (const name of pendingName) rows.push(record([field(name.text, name.line, name.start)]));
    pendingName = [];
  };
  let current: { name: Piece | undefined; cells: Piece[] } | undefined;
  // The table ends with the block of its last row: a page's footer or the next section below is not
  // read, even one that ends in a year ("TRAFFICKING IN PERSONS REPORT 2017").
  let end = lines.length;
  for (let i = lines.length - 1; i >= dataStart; i--) {
    if (split(lines[i]!).cells.length < Math.min(2, cellsPerRow)) continue;
    end = i + 1;
    while (end < lines.length && lines[end]!.text.trim() !== "") end++;
    break;
  }
  // Below it, set apart by blank lines, rows short of cells: a country's name (in lower and upper
  // case, where a running title is in capitals) and a cell or more. They are reported, not left out.
  const shortRow = (l: Line) => isRow(l) && /\p{Ll}/u.test(split(l).name?.text ?? "");
  for (let next = end; next < lines.length; next++) {
    if (lines[next]!.text.trim() === "") continue;
    if (!shortRow(lines[next]!)) break;
    end = next + 1;
    while (end < lines.length && lines[end]!.text.trim() !== "") end++;
    next = end;
  }
  // A footnote under the table ("* ILO Protocol of 2014 … entered into force November 9, 2016") runs
  // from its mark to the next blank line, however it wraps.
  let footnote = false;
  for (const line of lines.slice(dataStart, end)) {
    const trimmed = line.text.trim();
    footnote = trimmed !== "" && (footnote || /^[*†‡§]/.test(trimmed));
    if (footnote) continue;
    if (trimmed === "") {
      // The end of a row, with its name wrapped above and below its cells (rows not set apart by blank
      // lines have flushed theirs already: each line is a row of its own).
      flush(current);
      current = undefined;
      strays();
      continue;
    }
    if (isRow(line)) {
      flush(current); // the row above, when no blank line is between them
      current = split(line);
    } else if (spaced && current) {
      const below = split(line);
      if (below.cells.length > 0) {
        // A cell on a line of its own below a row: a row of its own, reported, never dropped.
        flush(current);
        current = below;
      } else {
        // A name's last words, wrapped below its cells (a line with no cells has a name).
        const more = below.name!;
        current = {
          ...current,
          name: current.name ? { ...current.name, text: `${current.name.text} ${more.text}` } : more,
        };
      }
    } else {
      // A line with no cells: a name's first words (wrapped above its cells), or a row with none. (In rows
      // set apart by blank lines, no row is open here.)
      const lead = line.text.length - line.text.trimStart().length;
      flush(current);
      current = undefined;
      pendingName.push({ text: trimmed, line: line.number, start: lead + 1 });
      if (!spaced) strays();
    }
  }
  flush(current);
  strays();

  return {
    headings: headings && record(headings),
    subheadings: headings && { ...record(subheadings), line: subheadings[0]!.line },
    rows,
    headingLine,
    headless: headLines.length === 0,
  };
}
