import { pdfmake } from "@tip/pdf-engine";
import { renderJob, type RenderOutcome, type RenderRequest } from "./render-job.js";

// A worker thread's entry (the V8 flags are the process's, set by bin/report-gen.js; the heap limits
// are the pool's resourceLimits; the patch setting was checked by the process's entry).
// Set up pdfmake (fonts, policies, caches) while the pool starts, not on the first document.
pdfmake();

let previous: Promise<unknown> = Promise.resolve();

/**
 * The worker threads' task: one document at a time. The pool hands a worker its next document
 * ahead of time; it waits here for the current one, because a parsed font is shared by the
 * documents of a thread and keeps per-document state (see @tip/pdf-engine's font-cache.ts).
 */
export default function renderInWorker(request: RenderRequest): Promise<RenderOutcome> {
  const outcome = previous.then(() => renderJob(request));
  previous = outcome.catch(() => undefined);
  return outcome;
}
