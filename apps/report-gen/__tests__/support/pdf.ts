import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { DomUtils, parseDocument } from "htmlparser2";
import { pdfPages, type TextMode } from "@tip/pdf-engine/pdf-text";

export { pdfBookmarks, pdfInfo, pdfLinks, pdfPages, pdfPageSizes, pdfText, pdfWords } from "@tip/pdf-engine/pdf-text";
import type { PdfWord } from "@tip/pdf-engine/pdf-text";

/**
 * Whether a long token broken over lines reads back whole, with nothing added: the words at its
 * column's left edge from its first piece on, joined. Words the token does not hold (a header row
 * repeated where its row goes on over a page, the running header) are passed over.
 */
export function readsBackWhole(words: readonly PdfWord[], token: string): boolean {
  const first = words.findIndex((w) => w.text.length >= 8 && token.startsWith(w.text));
  if (first < 0) return false;
  const column = words.slice(first).filter((w) => Math.abs(w.xMin - words[first]!.xMin) < 1 && token.includes(w.text));
  let joined = "";
  for (const word of column) {
    if (joined.length >= token.length) break;
    joined += word.text;
  }
  return joined === token;
}

const run = promisify(execFile);

/** All whitespace removed: table cells wrap anywhere, so facts are compared without it. */
export const squash = (text: string): string => text.replace(/\s+/g, "");

/** The facts whose text (whitespace aside) is not in `text`: assert `toEqual([])` to see every one missing. */
export function missingFrom(text: string, facts: readonly string[]): string[] {
  const haystack = squash(text);
  return facts.filter((fact) => !haystack.includes(squash(fact)));
}

export const readPdf = (file: string): Buffer => readFileSync(file);

/** Each page's text in content order (pdftotext -raw keeps a table cell's lines together). */
export const rawPages = (pdf: Buffer, mode: TextMode = "raw"): Promise<string[]> => pdfPages(pdf, { mode });

export interface TextRun {
  readonly page: number;
  /** Whitespace collapsed. */
  readonly text: string;
  /** The embedded font's full name, e.g. "DZZZZZ+Roboto-Italic". */
  readonly font: string;
}

/** Runs of text with the font each is set in, from `pdftohtml -xml -fontfullname`. */
export async function pdfTextRuns(file: string): Promise<TextRun[]> {
  const { stdout } = await run("pdftohtml", ["-xml", "-i", "-q", "-stdout", "-fontfullname", file], {
    maxBuffer: 64 << 20,
  });
  const document = parseDocument(stdout, { xmlMode: true });
  const fonts = new Map(
    DomUtils.findAll((e) => e.name === "fontspec", document.children).map((e) => [
      e.attribs["id"],
      e.attribs["family"] ?? "",
    ]),
  );
  return DomUtils.findAll((e) => e.name === "page", document.children).flatMap((page) =>
    DomUtils.findAll((e) => e.name === "text", page.children).map((e) => ({
      page: Number(page.attribs["number"]),
      text: DomUtils.textContent(e).replace(/\s+/g, " ").trim(),
      font: fonts.get(e.attribs["font"]) ?? "",
    })),
  );
}
