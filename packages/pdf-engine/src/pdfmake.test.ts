import { describe, expect, it } from "vitest";
import { testDocument } from "./__tests__/test-document.js";
import { renderPdfToBuffer } from "./write-pdf.js";

/** A definition with an image, which pdfmake would fetch or read if allowed. */
const withImage = (src: string) =>
  testDocument({ content: [{ image: "picture", width: 10 }], images: { picture: src }, title: "t", date: new Date(0) });

describe("pdfmake as configured", () => {
  it("fetches nothing from the network", async () => {
    await expect(renderPdfToBuffer(withImage("https://example.org/logo.png"))).rejects.toThrow(/Access to URL denied/);
  });

  it("reads no local file outside assets/", async () => {
    await expect(renderPdfToBuffer(withImage("/etc/hostname"))).rejects.toThrow(/Access to local file denied/);
  });
});
