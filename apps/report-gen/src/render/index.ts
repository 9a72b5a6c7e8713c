export { buildDocument, defaultCreator, type BuildDocumentOptions, type BuiltDocument } from "./document.js";
export { renderPdfToBuffer, renderPdfToFile } from "./write-pdf.js";
export { fontCacheStats, setFontCacheEnabled, type FontCacheStats } from "./font-cache.js";
export { fontSubsetStats, setFontSubsetCacheEnabled, type FontSubsetStats } from "./font-subset.js";
export { layoutCacheStats, setLayoutCacheEnabled, type LayoutCacheStats } from "./layout-cache.js";
export { buildTemplateDocument, type TemplateDocument, type TemplateDocumentOptions } from "./template-document.js";
