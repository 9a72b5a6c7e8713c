import type { MarkupError } from "../document-error.js";
import type { StructureNode } from "@tip/pdf-engine";
import { convertMarkup, type ChartDrawing } from "./convert.js";
import { parseMarkup } from "./parse.js";
import type { PdfContent } from "./pdf-content.js";

export type { MarkupDocument, MarkupElement, MarkupNode, MarkupText } from "./ast.js";
export { elements, type ElementName } from "./elements.js";
export { parseMarkup, type ParsedMarkup } from "./parse.js";
export { convertMarkup, type ChartDrawing, type ConvertOptions, type ConvertedMarkup } from "./convert.js";

export interface MarkupToContentOptions {
  /** The template the markup came from, for error locations. */
  readonly file: string;
  readonly charts?: Readonly<Record<string, string | ChartDrawing>>;
}

export type MarkupResult =
  | { readonly content: PdfContent[]; readonly structure: StructureNode }
  | { readonly errors: readonly MarkupError[] };

/** Markup → pdfmake content, or every problem in it, in document order. */
export function markupToContent(markup: string, options: MarkupToContentOptions): MarkupResult {
  const parsed = parseMarkup(markup, options.file);
  const converted = convertMarkup(parsed.document, { charts: options.charts ?? {} });
  const errors = [...parsed.errors, ...converted.errors].sort((a, b) => a.line - b.line || a.column - b.column);
  return errors.length > 0 ? { errors } : { content: converted.content, structure: converted.structure };
}
