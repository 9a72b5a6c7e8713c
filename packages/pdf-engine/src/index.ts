/** The PDF engine: pdfmake set up with our fonts and patches, and a writer that renders a document definition to a PDF. */
export { fontFamily, robotoFaces } from "./assets.js";
export type { PdfDocumentDefinition } from "./definition.js";
export { engineIdentity, type EngineIdentity } from "./identity.js";
export { installedVersions, type LibraryName } from "./libraries.js";
export {
  PATCHES,
  PATCHES_VARIABLE,
  patchesInEffect,
  patchPlan,
  VERIFIED_VERSIONS,
  type Patch,
  type PatchName,
  type PatchPlan,
} from "./patches.js";
export { pdfmake } from "./pdfmake.js";
export {
  composePages,
  MIN_LINES_AFTER_HEADING,
  MIN_LINES_AT_BREAK,
  SHORT_TAIL,
  type PdfNodeInfo,
  type PdfNodeQueries,
} from "./composition.js";
export { renderPdfToBuffer, renderPdfToFile, type WrittenPdf } from "./write-pdf.js";
// Switches and counters of single patches, for tests and the benchmark.
export { fontCacheStats, setFontCacheEnabled, type FontCacheStats } from "./font-cache.js";
export { fontSubsetStats, setFontSubsetCacheEnabled, type FontSubsetStats } from "./font-subset.js";
export { layoutCacheStats, setLayoutCacheEnabled, type LayoutCacheStats } from "./layout-cache.js";
export { lineMergeStats, mergeInlines, setLineMergeEnabled } from "./line-merge.js";
export { parseSvgSubset, setSvgSubsetEnabled, svgSubsetStats } from "./svg-subset.js";
export {
  ArtifactMark,
  describeStructure,
  LAYOUT,
  PAGINATION,
  StructureNode,
  type ContentTag,
  type StructureAttributes,
  type StructureRole,
} from "./structure.js";
export { linkDescription, setTaggingEnabled, taggingStats } from "./tagging.js";
export { archivalStats, xmpDescriptions } from "./archival.js";
export { breakIndex, setLongWordsEnabled } from "./long-words.js";
export {
  LayoutOverflowError,
  MAX_PAGES,
  outsidePrintableArea,
  setLayoutCheckEnabled,
  type LayoutProblem,
} from "./layout-check.js";
