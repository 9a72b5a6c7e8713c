import type { PdfDocumentDefinition } from "../definition.js";
import { defaultStyle, styles } from "./test-styles.js";

export interface TestDocumentOptions {
  readonly content: readonly unknown[];
  readonly title: string;
  /** Creation and modification date; the 2017 edition's publication day unless given. */
  readonly date?: Date;
  /** pdfmake's `images` dictionary, for tests of what a document may load. */
  readonly images?: Record<string, string>;
}

/**
 * A letter-size document in the report's stylesheet, as plain JSON, so that a separate Node
 * process (plain-pdfmake.ts) can render exactly the same definition.
 */
export function testDocument({
  content,
  title,
  date = new Date("2017-06-27T00:00:00Z"),
  images,
}: TestDocumentOptions): PdfDocumentDefinition {
  return {
    content,
    ...(images ? { images } : {}),
    styles,
    defaultStyle,
    pageSize: "LETTER",
    pageOrientation: "portrait",
    pageMargins: 54,
    language: "en-US",
    info: { title, creationDate: date, modDate: date },
  } as unknown as PdfDocumentDefinition;
}
