/**
 * What a reader of a PDF sees, read back with poppler-utils (pdftotext, pdfinfo,
 * pdftohtml), so tests assert text, metadata, links and bookmarks rather than bytes.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { parseDocument, DomUtils } from "htmlparser2";

const run = promisify(execFile);

async function withPdfFile<T>(pdf: Buffer, use: (path: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), "pdf-text-"));
  try {
    const path = join(dir, "document.pdf");
    await writeFile(path, pdf);
    return await use(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function poppler(tool: string, args: readonly string[], pdf: Buffer): Promise<string> {
  // pdftotext writes to a file unless told "-"; pdfinfo and pdftohtml -stdout print.
  const output = tool === "pdftotext" ? ["-"] : [];
  return withPdfFile(
    pdf,
    async (path) => (await run(tool, [...args, path, ...output], { maxBuffer: 64 << 20 })).stdout,
  );
}

/**
 * How pdftotext orders text: "reading" (its default), "layout" (columns kept apart as
 * printed) or "raw" (content-stream order, spaces exactly as drawn: "a < b" stays so).
 */
export type TextMode = "reading" | "layout" | "raw";

/** One string per page. */
export async function pdfPages(pdf: Buffer, { mode = "reading" }: { mode?: TextMode } = {}): Promise<string[]> {
  const text = await poppler("pdftotext", ["-enc", "UTF-8", ...(mode === "reading" ? [] : [`-${mode}`])], pdf);
  return text.split("\f").slice(0, -1);
}

export async function pdfText(pdf: Buffer, options: { mode?: TextMode } = {}): Promise<string> {
  return (await pdfPages(pdf, options)).join("\f");
}

export interface PdfWord {
  /** 1-based. */
  readonly page: number;
  readonly text: string;
  /** Its box in points from the page's top left, as pdftotext -bbox reads it. */
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

/** Every word with where it is drawn, page by page, in pdftotext's reading order. */
export async function pdfWords(pdf: Buffer): Promise<PdfWord[]> {
  const html = await poppler("pdftotext", ["-enc", "UTF-8", "-bbox"], pdf);
  const words: PdfWord[] = [];
  html
    .split(/<page /)
    .slice(1)
    .forEach((page, index) => {
      for (const match of page.matchAll(
        /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g,
      )) {
        words.push({
          page: index + 1,
          text: decodeEntities(match[5] ?? ""),
          xMin: Number(match[1]),
          yMin: Number(match[2]),
          xMax: Number(match[3]),
          yMax: Number(match[4]),
        });
      }
    });
  return words;
}

export interface PdfLine {
  readonly page: number;
  /** The words of one printed line, left to right. */
  readonly words: readonly string[];
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

/** Words grouped into printed lines (same page, same baseline), top to bottom: where each line lands. */
export async function pdfLines(pdf: Buffer): Promise<PdfLine[]> {
  const lines = new Map<string, { page: number; words: PdfWord[] }>();
  for (const word of await pdfWords(pdf)) {
    const key = `${word.page}:${Math.round(word.yMax)}`;
    const line = lines.get(key) ?? { page: word.page, words: [] };
    line.words.push(word);
    lines.set(key, line);
  }
  return [...lines.values()]
    .map(({ page, words }) => {
      words.sort((a, b) => a.xMin - b.xMin);
      return {
        page,
        words: words.map((w) => w.text),
        xMin: Math.min(...words.map((w) => w.xMin)),
        yMin: Math.min(...words.map((w) => w.yMin)),
        xMax: Math.max(...words.map((w) => w.xMax)),
        yMax: Math.max(...words.map((w) => w.yMax)),
      };
    })
    .sort((a, b) => a.page - b.page || a.yMin - b.yMin || a.xMin - b.xMin);
}

function decodeEntities(text: string): string {
  return text
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&apos;", "'")
    .replaceAll("&amp;", "&");
}

export interface GreyPage {
  readonly width: number;
  readonly height: number;
  /** One byte per pixel, row after row, 0 black to 255 white. */
  readonly pixels: Uint8Array;
}

/** A page as 8-bit grey pixels, rasterized by poppler's pdftoppm. */
export async function pdfPageGrey(
  pdf: Buffer,
  { page = 1, dpi = 150 }: { page?: number; dpi?: number } = {},
): Promise<GreyPage> {
  return withPdfFile(pdf, async (path) => {
    const out = join(path, "..", "page");
    await run("pdftoppm", [
      "-r",
      String(dpi),
      "-gray",
      "-f",
      String(page),
      "-l",
      String(page),
      "-singlefile",
      path,
      out,
    ]);
    const pgm = await readFile(`${out}.pgm`);
    // P5 header: magic, width, height, maxval, each followed by whitespace.
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 64).toString("latin1"));
    if (!header) throw new Error("pdftoppm did not write a PGM");
    const [width, height] = [Number(header[1]), Number(header[2])];
    return { width, height, pixels: pgm.subarray(header[0].length, header[0].length + width * height) };
  });
}

/** pdfinfo's fields (Title, Author, Pages, CreationDate in ISO form, …). */
export async function pdfInfo(pdf: Buffer): Promise<Record<string, string>> {
  const out = await poppler("pdfinfo", ["-isodates", "-enc", "UTF-8"], pdf);
  return Object.fromEntries(
    out
      .split("\n")
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => [match[1] ?? "", match[2] ?? ""]),
  );
}

export interface PdfPageSize {
  readonly width: number;
  readonly height: number;
}

/** Width and height in points of every page. */
export async function pdfPageSizes(pdf: Buffer): Promise<PdfPageSize[]> {
  const out = await poppler("pdfinfo", ["-f", "1", "-l", "100000"], pdf);
  return [...out.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((match) => ({
    width: Number(match[1]),
    height: Number(match[2]),
  }));
}

export interface PdfLink {
  readonly page: number;
  readonly url: string;
}

/** Link annotations, from `pdfinfo -url`. */
export async function pdfLinks(pdf: Buffer): Promise<PdfLink[]> {
  const out = await poppler("pdfinfo", ["-url"], pdf);
  return out
    .split("\n")
    .slice(1)
    .map((line) => /^\s*(\d+)\s+Annotation\s+(\S+)/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ page: Number(match[1]), url: match[2] ?? "" }));
}

export interface PdfBookmark {
  readonly title: string;
  readonly page: number;
  readonly children: readonly PdfBookmark[];
}

/** The bookmark tree a viewer's sidebar shows, from the outline pdftohtml reads. */
export async function pdfBookmarks(pdf: Buffer): Promise<PdfBookmark[]> {
  const xml = await poppler("pdftohtml", ["-xml", "-i", "-q", "-stdout"], pdf);
  const outline = DomUtils.findOne(
    (element) => element.name === "outline",
    parseDocument(xml, { xmlMode: true }).children,
  );
  return outline ? bookmarksOf(outline) : [];
}

type XmlElement = NonNullable<ReturnType<typeof DomUtils.findOne>>;

function bookmarksOf(outline: XmlElement): PdfBookmark[] {
  const items: { title: string; page: number; children: PdfBookmark[] }[] = [];
  for (const child of outline.children) {
    if (child.type !== "tag") continue;
    if (child.name === "item") {
      items.push({ title: DomUtils.textContent(child), page: Number(child.attribs["page"]), children: [] });
    } else if (child.name === "outline") {
      items[items.length - 1]?.children.push(...bookmarksOf(child));
    }
  }
  return items;
}
