import type { TemplateError } from "../../document-error.js";
import { renderTemplate } from "../render-template.js";
import { templateDirs } from "./template-dirs.js";

/** An error as an editor reads it: severity, the template's folder and name, place, rule and message. */
export const shown = (e: TemplateError) =>
  `${e.severity} ${e.file.split("/").slice(-2).join("/")}:${e.line}:${e.column} ${e.rule}: ${e.message}`;

/** What rendering the shared template `t` from these files reports, or its markup when it renders. */
export function problems(files: Record<string, string>, viewModel: object = {}): string[] {
  const { shared } = templateDirs({ shared: files });
  const result = renderTemplate("t", viewModel, { dirs: [shared], helpers: {} });
  return "errors" in result ? result.errors.map(shown) : [`rendered: ${result.markup}`];
}
