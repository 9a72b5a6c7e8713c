import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { libraryEntries } from "./libraries.js";
import { PdfLiteral, pdfString, pdfValue } from "./pdf-objects.js";

interface PdfKitRef {
  data: unknown;
  end(): void;
}
interface PdfKitDocument {
  ref(data?: unknown): PdfKitRef;
  read(): Buffer | null;
}
const PDFDocument = createRequire(libraryEntries().pdfkit)("pdfkit") as new (options: object) => PdfKitDocument;

/** The bytes pdfkit writes for an object whose data is `data` (as `N 0 obj … endobj`). */
function written(build: (doc: PdfKitDocument) => unknown): string {
  const doc = new PDFDocument({ pdfVersion: "1.7", autoFirstPage: false });
  const ref = doc.ref(build(doc));
  doc.read(); // the header
  ref.end();
  const bytes = doc.read()?.toString("latin1") ?? "";
  expect(bytes).toMatch(/^\d+ 0 obj\n[\s\S]*\nendobj\n$/);
  return bytes;
}

const texts = [
  "Link to https://www.state.gov/tipreport",
  'CIA World Factbook, Appendix B, "International Organizations and Groups" (link to https://example.org/a_(b))',
  "back\\slash, (nested (parentheses)), tab\tnew line\ncarriage\rform\ffeed\bbackspace",
  "Côte d'Ivoire, Curaçao, Türkiye, Ελλάδα, Россия: ﬁsh office – 2016–2017",
  "emoji outside the BMP: 🌍 (globe)",
  "",
];

describe("values written pre-serialized", () => {
  it("writes a text string exactly as pdfkit writes the same String: ASCII, escapes, UTF-16BE with a byte order mark", () => {
    for (const text of texts) {
      expect(
        written(() => ({ Contents: pdfString(text) })),
        text,
      ).toBe(written(() => ({ Contents: new String(text) })));
    }
  });

  it("writes a structure element's dictionary exactly as pdfkit does: names, numbers, references, arrays, nested dictionaries, strings", () => {
    const dictionary = (doc: PdfKitDocument, literal: boolean) => {
      const [parent, page, annotation] = [doc.ref({}), doc.ref({}), doc.ref({})];
      const text = (value: string) => (literal ? pdfString(value) : new String(value));
      return {
        Type: "StructElem",
        S: "Figure",
        P: parent,
        T: text("Ratifications (timeline)"),
        Alt: text("Timeline of Côte d'Ivoire's ratifications, 2016–2017"),
        A: { O: "Layout", BBox: [54, 413.123456789, 558.5, -0.0000004], Scope: "Column", ColSpan: 2 },
        Pg: page,
        K: [0, 7, { Type: "MCR", Pg: page, MCID: 12 }, { Type: "OBJR", Obj: annotation }, parent, null, true],
      };
    };
    const expected = written((doc) => dictionary(doc, false));
    expect(expected).toContain("/BBox [54 413.123457 558.5 0]");
    expect(written((doc) => new PdfLiteral(pdfValue(dictionary(doc, true))))).toBe(expected);
  });

  it("refuses values it would write differently from pdfkit, rather than write them wrong", () => {
    expect(() => pdfValue({ T: new String("title") })).toThrow(/use pdfString/);
    expect(() => pdfValue({ M: new Date(0) })).toThrow(/use pdfString/);
    expect(() => pdfValue([Number.POSITIVE_INFINITY])).toThrow(/unsupported number/);
  });
});
