import { describe, expect, it } from "vitest";
import type { PdfDocumentDefinition } from "../markup/pdf-content.js";
import { defaultStyle, styles } from "../markup/stylesheet.js";
import { renderPdfToBuffer } from "./write-pdf.js";

/** A definition with an image, which pdfmake would fetch or read if allowed. */
const withImage = (src: string) =>
  ({
    content: [{ image: "picture", width: 10 }],
    images: { picture: src },
    styles,
    defaultStyle,
    pageSize: "LETTER",
    pageOrientation: "portrait",
    pageMargins: 54,
    language: "en-US",
    info: { title: "t", creationDate: new Date(0), modDate: new Date(0) },
  }) as unknown as PdfDocumentDefinition;

describe("pdfmake as configured", () => {
  it("fetches nothing from the network", async () => {
    await expect(renderPdfToBuffer(withImage("https://example.org/logo.png"))).rejects.toThrow(/Access to URL denied/);
  });

  it("reads no local file outside assets/", async () => {
    await expect(renderPdfToBuffer(withImage("/etc/hostname"))).rejects.toThrow(/Access to local file denied/);
  });
});
