import type { MarkupError } from "../document-error.js";
import { markupToContent, type ChartDrawing } from "../markup/index.js";
import type {
  PdfContent,
  PdfDocumentDefinition,
  PdfEmbeddedFile,
  PdfMargins,
  PdfOrientation,
  PdfPageSizeName,
} from "../markup/pdf-content.js";
import { composePages } from "@tip/pdf-engine";
import { defaultStyle, styles } from "../markup/stylesheet.js";
import { pageMargins, runningFooter, runningHeader } from "./page-furniture.js";

/** The PDF's Creator when the caller names none: the application that made it. */
export const defaultCreator = "@tip/report-gen";

export interface BuildDocumentOptions {
  /** Markup written by a template. */
  readonly markup: string;
  /** The template it came from, for error locations. */
  readonly markupFile: string;
  /** SVG documents that `<chart ref="…">` may name. */
  readonly charts?: Readonly<Record<string, string | ChartDrawing>>;
  readonly title: string;
  readonly subject?: string;
  /** The PDF's Author; none when not given (a derived document names no author it cannot vouch for). */
  readonly author?: string;
  /** The PDF's Creator; `defaultCreator` when not given. */
  readonly creator?: string;
  readonly keywords?: readonly string[];
  /** BCP 47, e.g. "en-US"; PDF readers use it for speech and hyphenation. */
  readonly language: string;
  /** From the edition or SOURCE_DATE_EPOCH, never the clock: it fixes the PDF's dates and /ID. */
  readonly creationDate: Date;
  readonly header?: string;
  readonly footer?: string;
  readonly pageSize?: PdfPageSizeName;
  readonly pageOrientation?: PdfOrientation;
  /** Data carried inside the PDF as JSON files (PDF/A-3 associated files, /AFRelationship /Data). */
  readonly attachments?: readonly DocumentAttachment[];
  /** False: an untagged PDF 1.7 without the PDF/UA and PDF/A claims (the benchmark's comparison). */
  readonly tagged?: boolean;
}

export interface DocumentAttachment {
  /** File name inside the PDF, e.g. "FRA.json". */
  readonly name: string;
  readonly description: string;
  /** JSON text. */
  readonly json: string;
}

export type BuiltDocument =
  | { readonly docDefinition: PdfDocumentDefinition }
  | { readonly errors: readonly MarkupError[] };

/** Markup and document facts → a complete pdfmake document definition, or every markup problem. */
export function buildDocument(options: BuildDocumentOptions): BuiltDocument {
  const converted = markupToContent(options.markup, { file: options.markupFile, charts: options.charts ?? {} });
  if ("errors" in converted) return converted;
  const opened = startOnFirstPage(converted.content);
  const { orientation } = opened;
  const content = endWithoutMargin(opened.content);
  const tagged = options.tagged ?? true;
  const files = Object.fromEntries(
    (options.attachments ?? []).map((file): [string, PdfEmbeddedFile] => [
      file.name,
      {
        src: `data:application/json;base64,${Buffer.from(file.json, "utf8").toString("base64")}`,
        name: file.name,
        description: file.description,
        relationship: "Data",
        type: "application/json",
        creationDate: options.creationDate,
        modifiedDate: options.creationDate,
      },
    ]),
  );
  const docDefinition: PdfDocumentDefinition = {
    content,
    version: "1.7",
    ...(tagged ? { subset: "PDF/A-3a", tagged: true } : {}),
    displayTitle: true,
    ...(Object.keys(files).length > 0 ? { files } : {}),
    styles,
    defaultStyle,
    pageSize: options.pageSize ?? "LETTER",
    pageOrientation: orientation ?? options.pageOrientation ?? "portrait",
    pageMargins,
    language: options.language,
    info: {
      title: options.title,
      ...(options.author === undefined ? {} : { author: options.author }),
      ...(options.subject === undefined ? {} : { subject: options.subject }),
      ...(options.keywords === undefined || options.keywords.length === 0
        ? {}
        : { keywords: options.keywords.join(", ") }),
      creator: options.creator ?? defaultCreator,
      producer: "@tip/report-gen (pdfmake)",
      creationDate: options.creationDate,
      modDate: options.creationDate,
    },
    ...(options.header === undefined ? {} : { header: runningHeader(options.header) }),
    ...(options.footer === undefined ? {} : { footer: runningFooter(options.footer) }),
    pageBreakBefore: composePages,
  };
  return { docDefinition };
}

/** [left, top, right, bottom] of a margin as pdfmake reads it. */
function fourSides(margin: PdfMargins): [number, number, number, number] {
  if (typeof margin === "number") return [margin, margin, margin, margin];
  if (margin.length === 2) return [margin[0], margin[1], margin[0], margin[1]];
  return [margin[0], margin[1], margin[2], margin[3]];
}

/**
 * The document's last node without its bottom margin: nothing follows it, and pdfmake starts a
 * page for a bottom margin that no longer fits on the last one (a diff whose last table ends at
 * the foot of a page got a page holding only the running header and footer).
 */
function endWithoutMargin(content: readonly PdfContent[]): PdfContent[] {
  const last = content.at(-1);
  if (last === undefined || typeof last === "string") return [...content];
  const names = last.style === undefined ? [] : typeof last.style === "string" ? [last.style] : [...last.style];
  const styled = names
    .map((n) => styles[n]?.margin)
    .filter((m) => m !== undefined)
    .at(-1);
  const margin = last.margin ?? styled;
  let node: PdfContent =
    margin === undefined
      ? last
      : { ...last, margin: [...fourSides(margin).slice(0, 3), 0] as [number, number, number, number] };
  if ("stack" in node && Array.isArray(node.stack)) node = { ...node, stack: endWithoutMargin(node.stack) };
  return [...content.slice(0, -1), node];
}

/**
 * pdfmake leaves page 1 blank when the first node breaks before itself (a section with an
 * orientation opening the document); that section's orientation becomes the document's instead.
 */
function startOnFirstPage(content: readonly PdfContent[]): {
  content: PdfContent[];
  orientation: PdfOrientation | undefined;
} {
  const [first, ...rest] = content;
  if (first === undefined || typeof first === "string") return { content: [...content], orientation: undefined };
  let orientation: PdfOrientation | undefined;
  let inner: PdfContent[] | undefined;
  if ("stack" in first) {
    const opened = startOnFirstPage(first.stack);
    orientation = opened.orientation;
    inner = opened.content;
  }
  const { pageBreak, pageOrientation, ...node } = first;
  if (pageBreak !== "before") {
    return { content: [inner === undefined ? first : { ...first, stack: inner }, ...rest], orientation };
  }
  const opened = inner === undefined ? node : { ...node, stack: inner };
  return { content: [opened as PdfContent, ...rest], orientation: pageOrientation ?? orientation };
}
