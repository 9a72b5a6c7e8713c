import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { testDocument } from "./__tests__/test-document.js";
import { archivalStats } from "./archival.js";
import type { PdfDocumentDefinition } from "./definition.js";
import { libraryEntries } from "./libraries.js";
import { renderPdfToBuffer } from "./write-pdf.js";

interface PdfKitDocument {
  on(event: "data", listener: (chunk: Buffer) => void): void;
  on(event: "end", listener: () => void): void;
  end(): void;
}
/** pdfkit as published (not the engine's patched instance). */
const PDFDocument = createRequire(libraryEntries().pdfkit)("pdfkit") as new (options: object) => PdfKitDocument;

function pdfkitPdf(options: object): Promise<Buffer> {
  const doc = new PDFDocument({ pdfVersion: "1.7", ...options });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  doc.end();
  return done;
}

/** The OutputIntent dictionary and the ICC profile stream it names, as written, without their object numbers. */
function outputIntent(pdf: Buffer): { intent: string; profile: string } {
  const text = pdf.toString("latin1");
  const intent = /\d+ 0 obj\n(<<\n\/Type \/OutputIntent\n[\s\S]*?\n>>)\nendobj/.exec(text)?.[1];
  const id = intent === undefined ? undefined : /\/DestOutputProfile (\d+) 0 R/.exec(intent)?.[1];
  const profile = id === undefined ? undefined : new RegExp(`\\n${id} 0 obj\\n([\\s\\S]*?)\\nendobj`).exec(text)?.[1];
  if (intent === undefined || profile === undefined) throw new Error("no OutputIntent with a profile");
  return { intent: intent.replace(/\d+ 0 R/g, "N 0 R"), profile };
}

const archival = (compress: boolean): PdfDocumentDefinition =>
  ({
    ...testDocument({ title: "archival", content: [{ text: "Words." }] }),
    version: "1.7",
    subset: "PDF/A-3a",
    tagged: true,
    compress,
  }) as unknown as PdfDocumentDefinition;

describe("archival: the PDF/A output intent", () => {
  it("is written by the engine, in the bytes pdfkit writes: the sRGB profile, compressed or not as the document is", async () => {
    for (const compress of [true, false]) {
      const before = archivalStats().outputIntents;
      const ours = outputIntent(await renderPdfToBuffer(archival(compress)));
      expect(archivalStats().outputIntents, `compress: ${compress}`).toBe(before + 1);
      const theirs = outputIntent(await pdfkitPdf({ subset: "PDF/A-3a", compress }));
      expect(ours, `compress: ${compress}`).toEqual(theirs);
      expect(ours.intent).toContain("/S /GTS_PDFA1");
      expect(ours.profile).toMatch(
        compress ? /^<<\n\/Length \d+\n\/N 3\n\/Filter \/FlateDecode\n>>/ : /^<<\n\/Length 3024\n\/N 3\n>>/,
      );
    }
  });

  it("is written only for PDF/A: a document without it has none", async () => {
    const before = archivalStats().outputIntents;
    const pdf = await renderPdfToBuffer(testDocument({ title: "plain", content: [{ text: "Words." }] }));
    expect(archivalStats().outputIntents).toBe(before);
    expect(pdf.toString("latin1")).not.toContain("/OutputIntent");
  });
});
