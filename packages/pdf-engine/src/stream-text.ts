/**
 * Content streams gathered as text, turned into bytes once.
 *
 * pdfkit writes a page's drawing operators one at a time (`PDFReference.write`), and turns each
 * into a Buffer of its own before the stream is joined and compressed: a brief's page makes
 * thousands of tiny Buffers, about a tenth of all the memory a render allocates. Here the text
 * of consecutive operators is kept as strings and converted in one go, with the same encoding
 * (each character's low byte, as pdfkit's "binary"), before any binary chunk and before the
 * stream is finished: the same bytes in the same order. stream-text.test.ts compares them.
 */
import { createRequire } from "node:module";
import { method } from "./libraries.js";

interface PdfReference {
  buffer: Uint8Array[];
  data: { Length?: number; Filter?: string };
  compress: boolean;
  uncompressedLength: number;
  /** Operators written since the last binary chunk, each with its newline. */
  pendingText?: string[] | undefined;
  write(chunk: unknown): void;
  finalize(): void;
}

let installed = false;
let enabled = true;

/** Off: each operator becomes a Buffer at once, as in pdfkit (tests). */
export function setStreamTextEnabled(on: boolean): void {
  enabled = on;
}

let joined = 0;

/** Runs of operators joined into one Buffer in this process (tests check the patch is in effect). */
export function streamTextStats(): { joined: number } {
  return { joined };
}

function flush(ref: PdfReference): void {
  const pending = ref.pendingText;
  if (pending === undefined || pending.length === 0) return;
  ref.pendingText = undefined;
  joined++;
  ref.buffer.push(Buffer.from(pending.join(""), "binary"));
}

/** The patched PDFReference prototype and our two methods, once the first reference was made. */
let patched: { readonly Reference: PdfReference; readonly write: Function; readonly finalize: Function } | undefined;

/**
 * Patches the PDFReference class of the pdfkit that `pdfkitEntry` is, once per thread. pdfkit does
 * not export the class: it is taken from the first reference a document makes.
 */
export function installStreamText(pdfkitEntry: string): void {
  if (installed) return;
  const PDFDocument = createRequire(pdfkitEntry)(pdfkitEntry) as { prototype: { ref(data: object): PdfReference } };
  const ref = method<(data: object) => PdfReference>(PDFDocument.prototype, "ref", "pdfkit PDFDocument.prototype");
  installed = true;
  PDFDocument.prototype.ref = function (this: unknown, data: object) {
    const reference = ref.call(this, data);
    PDFDocument.prototype.ref = ref;
    patchReference(Object.getPrototypeOf(reference) as PdfReference);
    return reference;
  };
}

/** In effect once the first document made a reference (the class is pdfkit's own, not exported). */
export function streamTextInEffect(): boolean {
  return (
    enabled &&
    patched !== undefined &&
    patched.Reference.write === patched.write &&
    patched.Reference.finalize === patched.finalize
  );
}

function patchReference(Reference: PdfReference): void {
  const write = method<PdfReference["write"]>(Reference, "write", "pdfkit PDFReference.prototype");
  const finalize = method<PdfReference["finalize"]>(Reference, "finalize", "pdfkit PDFReference.prototype");

  Reference.write = function (this: PdfReference, chunk: unknown) {
    if (!enabled || chunk instanceof Uint8Array || !Array.isArray(this.buffer)) {
      flush(this);
      return write.call(this, chunk);
    }
    const text = `${chunk}\n`;
    (this.pendingText ??= []).push(text);
    this.uncompressedLength += text.length;
    this.data.Length = (this.data.Length ?? 0) + text.length;
    if (this.compress) this.data.Filter = "FlateDecode";
  };
  Reference.finalize = function (this: PdfReference) {
    flush(this);
    return finalize.call(this);
  };
  patched = { Reference, write: Reference.write, finalize: Reference.finalize };
}
