export {
  renderTemplate,
  type RenderTemplateOptions,
  type RenderedTemplate,
  type TemplateResult,
} from "./render-template.js";
export { standardHelpers, TemplateHelperError, type TemplateHelper, type TemplateHelpers } from "./helpers.js";
export { findPartials, resolveTemplate } from "./loader.js";
export { locateInTemplates, type TemplateSource } from "./locate-markup-errors.js";
