/** Preparing the next edition's folder from the previous one. */
export {
  scaffoldEdition,
  ScaffoldError,
  templatesReadme,
  TEMPLATES_DIR,
  type ScaffoldEdit,
  type ScaffoldOptions,
  type ScaffoldResult,
} from "./scaffold.js";
export { retitle, shiftDate, shiftMonth } from "./move-on.js";
export {
  editYamlScalars,
  type AppliedEdit,
  type ScalarEdit,
  type ScalarValue,
  type YamlEditResult,
} from "./yaml-edit.js";
