import { createHash, randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { PdfDocumentDefinition } from "../markup/pdf-content.js";
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
 * Streams the PDF to a temporary file beside `path`, then renames it into place: readers never see
 * half a PDF. Returns the file's SHA-256 and size, taken on the way (no second read).
 */
export async function renderPdfToFile(docDefinition: PdfDocumentDefinition, path: string): Promise<WrittenPdf> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    const pdf = await pdfmake().createPdf(copyDefinition(docDefinition)).getStream();
    const hash = createHash("sha256");
    let bytes = 0;
    const written = pipeline(
      pdf,
      new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          bytes += chunk.length;
          done(null, chunk);
        },
      }),
      createWriteStream(temporary, { flags: "wx" }),
    );
    pdf.end();
    await written;
    await rename(temporary, path);
    return { sha256: hash.digest("hex"), bytes };
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
