/** A pdfmake document definition: report-gen's markup/pdf-content.ts types it in full; the engine only passes it on. */
export type PdfDocumentDefinition = object;
