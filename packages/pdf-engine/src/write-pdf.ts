import { createHash, randomBytes } from "node:crypto";
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { PdfDocumentDefinition } from "./definition.js";
import { pdfmake } from "./pdfmake.js";

/** pdfmake writes into the definition it lays out; each render gets its own copy, functions shared. */
function copyDefinition<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyDefinition) as T;
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, copyDefinition(inner)])) as T;
  }
  return value;
}

export async function renderPdfToBuffer(docDefinition: PdfDocumentDefinition): Promise<Buffer> {
  return pdfmake().createPdf(copyDefinition(docDefinition)).getBuffer();
}

export interface WrittenPdf {
  readonly sha256: string;
  readonly bytes: number;
}

/**
 * Writes the PDF to a temporary file beside `path`, then renames it into place: readers never see
 * half a PDF. Returns the file's SHA-256 and size, taken from the bytes written (no second read).
 *
 * pdfkit has the whole document in its buffer once it ends (pdfmake buffers pages), so the bytes
 * are gathered from the stream without waiting on I/O and written in one synchronous call: an
 * asynchronous write left the thread idle for about 3 ms per brief (bench/, 200 briefs), and only
 * one document's bytes are ever held.
 */
export async function renderPdfToFile(docDefinition: PdfDocumentDefinition, path: string): Promise<WrittenPdf> {
  const bytes = await renderPdfToBuffer(docDefinition);
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    writeFileSync(temporary, bytes, { flag: "wx" });
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    const e = error as NodeJS.ErrnoException;
    if (typeof e.code === "string") Object.assign(e, { syscall: "write", path: path }); // the document, not the temporary file
    throw error;
  }
  return { sha256: createHash("sha256").update(bytes).digest("hex"), bytes: bytes.length };
}
