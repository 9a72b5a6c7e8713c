import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { DocumentError } from "../document-error.js";
import type { DocumentJob } from "../documents/jobs.js";
import { reportHelpers } from "../documents/helpers.js";
import { LayoutOverflowError, MAX_PAGES, renderPdfToFile } from "@tip/pdf-engine";
import { positionFinder, type MarkupError } from "../document-error.js";
import { buildTemplateDocument } from "../documents/template-document.js";
import { locateInTemplates, renderTemplate } from "../templates/index.js";

export interface RenderRequest {
  readonly job: DocumentJob;
  /** The edition's output folder (staging) the job's path is relative to. */
  readonly outDir: string;
}

export type RenderOutcome =
  | { readonly ok: true; readonly path: string; readonly sha256: string; readonly bytes: number }
  | { readonly ok: false; readonly path: string; readonly errors: readonly DocumentError[] };

/** A job's pdfmake document: its template filled with its view model and charts. */
export function jobDocument(
  job: DocumentJob,
  { tagged = job.tagged ?? true }: { tagged?: boolean } = {},
): ReturnType<typeof buildTemplateDocument> {
  return buildTemplateDocument({
    tagged,
    template: job.template,
    viewModel: job.viewModel,
    dirs: job.dirs,
    helpers: reportHelpers,
    charts: job.charts,
    attachments: job.attachments,
    title: job.title,
    ...(job.author === null ? {} : { author: job.author }),
    creator: job.creator,
    subject: job.subject,
    keywords: job.keywords,
    language: "en-US",
    creationDate: new Date(job.creationDate),
    header: job.header,
    footer: job.footer,
    pageOrientation: job.pageOrientation,
  });
}

/** Renders one document to its file; the same code runs in-process and in worker threads. */
export async function renderJob({ job, outDir }: RenderRequest): Promise<RenderOutcome> {
  const built = jobDocument(job);
  if ("errors" in built) return { ok: false, path: job.path, errors: built.errors };
  const file = join(outDir, job.path);
  await mkdir(dirname(file), { recursive: true });
  try {
    const { sha256, bytes } = await renderPdfToFile(built.docDefinition, file);
    return { ok: true, path: job.path, sha256, bytes };
  } catch (error) {
    if (!(error instanceof LayoutOverflowError)) throw error;
    return { ok: false, path: job.path, errors: layoutErrors(job, error) };
  }
}

/**
 * Content that did not fit, located where its text is written: in the markup the template wrote
 * (its line there; generate.ts then looks for it in the edition's data files).
 */
function layoutErrors(job: DocumentJob, error: LayoutOverflowError): LayoutError[] {
  const rendered = renderTemplate(job.template, job.viewModel, { dirs: job.dirs, helpers: reportHelpers });
  const markup = "markup" in rendered ? rendered.markup : "";
  const file = "file" in rendered ? rendered.file : job.template;
  const sources = "sources" in rendered ? rendered.sources : [];
  const at = positionFinder(markup);
  const errors = error.problems.map((problem) => {
    const snippet = problem.text.slice(0, 40);
    const offset = snippet === "" ? -1 : markup.indexOf(snippet);
    const where = offset < 0 ? { line: 1, column: 1 } : at(offset);
    const what =
      problem.element === "text"
        ? `text "${ellipsis(problem.text)}"`
        : problem.element === "table row"
          ? `a table row ("${ellipsis(problem.text)}")`
          : `an ${problem.element}`;
    return {
      file,
      ...where,
      rule:
        problem.kind === "dropped"
          ? "layout/does-not-fit"
          : problem.kind === "too-long"
            ? "layout/too-many-pages"
            : "layout/outside-page",
      message:
        problem.kind === "too-long"
          ? `${job.path} would have more than ${MAX_PAGES} pages`
          : problem.kind === "dropped"
            ? `${what} on page ${problem.page} of ${job.path} is taller than a page and cannot break`
            : `${what} on page ${problem.page} of ${job.path} runs ${problem.by.toFixed(1)} pt outside the printable area${problem.others ? ` (and ${problem.others} more of its line${problem.others === 1 ? "" : "s"})` : ""}`,
      hint:
        problem.kind === "too-long"
          ? "check the template's loops and the data's longest texts"
          : "shorten the text, or give its column more width in the template",
      severity: "error" as const,
      snippet,
    };
  });
  // Where the template writes it, when it is written there once; else the markup's line, in the hint.
  const located = locateInTemplates(errors as unknown as MarkupError[], markup, sources);
  return errors.map((e, i) => ({
    ...e,
    file: located[i]!.file,
    line: located[i]!.line,
    column: located[i]!.column,
    hint: located[i]!.hint,
  }));
}

const ellipsis = (text: string): string => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** A layout problem, with the text it concerns so that generate.ts can find it in the data. */
export interface LayoutError extends DocumentError {
  readonly snippet: string;
}

export default renderJob;
