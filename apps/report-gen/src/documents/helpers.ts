import { parseInline } from "@tip/domain/inline";
import Handlebars from "handlebars";
import type { TemplateHelpers } from "../templates/index.js";

const escapeHtml = Handlebars.Utils.escapeExpression;

/** Inline text (`*emphasis*`, `<https://…>`) as document markup, every character escaped. */
export function inlineMarkup(text: string): string {
  return parseInline(text)
    .map((span) => {
      let html = escapeHtml(span.text);
      if (span.href) html = `<a href="${escapeHtml(span.href)}">${html}</a>`;
      if (span.emphasis) html = `<em>${html}</em>`;
      return html;
    })
    .join("");
}

/** Splits a list into `n` columns of near-equal length, in reading order down each column. */
export function splitColumns<T>(items: readonly T[], n: number): T[][] {
  const size = Math.ceil(items.length / Math.max(1, n));
  const columns: T[][] = [];
  for (let i = 0; i < items.length; i += size) columns.push(items.slice(i, i + size));
  return columns;
}

/** The helpers the report templates use beyond the engine's generic ones. */
export const reportHelpers: TemplateHelpers = {
  inline: (text: unknown) => new Handlebars.SafeString(inlineMarkup(String(text ?? ""))),
  columns: (items: unknown, n: unknown) => splitColumns(Array.isArray(items) ? items : [], Number(n)),
  minus: (a: unknown, b: unknown) => Number(a) - Number(b),
};
