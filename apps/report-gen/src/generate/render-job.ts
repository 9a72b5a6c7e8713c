import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { DocumentError } from "../document-error.js";
import type { DocumentJob } from "../documents/jobs.js";
import { reportHelpers } from "../documents/helpers.js";
import { renderPdfToFile } from "@tip/pdf-engine";
import { buildTemplateDocument } from "../documents/template-document.js";

export interface RenderRequest {
  readonly job: DocumentJob;
  /** The edition's output folder (staging) the job's path is relative to. */
  readonly outDir: string;
}

export type RenderOutcome =
  | { readonly ok: true; readonly path: string; readonly sha256: string; readonly bytes: number }
  | { readonly ok: false; readonly path: string; readonly errors: readonly DocumentError[] };

/** A job's pdfmake document: its template filled with its view model and charts. */
export function jobDocument(job: DocumentJob, { tagged = job.tagged ?? true }: { tagged?: boolean } = {}): ReturnType<typeof buildTemplateDocument> {
  return buildTemplateDocument({
    tagged,
    template: job.template,
    viewModel: job.viewModel,
    dirs: job.dirs,
    helpers: reportHelpers,
    charts: job.charts,
    attachments: job.attachments,
    title: job.title,
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
  const { sha256, bytes } = await renderPdfToFile(built.docDefinition, file);
  return { ok: true, path: job.path, sha256, bytes };
}

export default renderJob;
