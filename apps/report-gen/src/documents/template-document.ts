import type { DocumentError } from "../document-error.js";
import type { PdfDocumentDefinition } from "../markup/pdf-content.js";
import { locateInTemplates, renderTemplate, type TemplateHelpers } from "../templates/index.js";
import { buildDocument, type BuildDocumentOptions } from "./document.js";

export interface TemplateDocumentOptions extends Omit<BuildDocumentOptions, "markup" | "markupFile"> {
  /** Template name, e.g. "brief", looked up in `dirs`. */
  readonly template: string;
  readonly viewModel: object;
  /** An edition's override folder first, then the shared templates/. */
  readonly dirs: readonly string[];
  readonly helpers?: TemplateHelpers;
}

export type TemplateDocument =
  | { readonly docDefinition: PdfDocumentDefinition }
  | { readonly errors: readonly DocumentError[] };

/** View model → template → markup → document definition; errors point into the template files. */
export function buildTemplateDocument(options: TemplateDocumentOptions): TemplateDocument {
  const { template, viewModel, dirs, helpers, ...document } = options;
  const rendered = renderTemplate(template, viewModel, helpers === undefined ? { dirs } : { dirs, helpers });
  if ("errors" in rendered) return rendered;
  const built = buildDocument({ ...document, markup: rendered.markup, markupFile: rendered.file });
  if ("errors" in built) return { errors: locateInTemplates(built.errors, rendered.markup, rendered.sources) };
  return built;
}
