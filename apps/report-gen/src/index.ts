/** Programmatic use of the generator: the CLI's commands are thin wrappers around these. */
export { generate, GENERATOR, type GenerateOptions, type GenerateResult } from "./generate/generate.js";
export { startWorkersEarly } from "./generate/early-workers.js";
export { RenderWorkers } from "./generate/pool.js";
export {
  planDocuments,
  planChangesDocument,
  documentDate,
  sharedTemplatesDir,
  type DocumentJob,
  type DocumentKind,
} from "./documents/jobs.js";
export { buildBriefView, type BriefView } from "./views/brief.js";
export { buildAppendixView, type AppendixView } from "./views/appendix.js";
export { buildChangesView } from "./views/changes.js";
export {
  chartAlternativeText,
  ratificationTimeline,
  timelineLayout,
  type TimelineInput,
} from "./charts/ratification-timeline.js";
export { main } from "./cli/main.js";
