/** A helper receives the template's arguments only (Handlebars' options object is dropped). */
export type TemplateHelper = (...params: readonly unknown[]) => unknown;

export type TemplateHelpers = Readonly<Record<string, TemplateHelper>>;

/** Thrown by a helper given arguments it cannot use; reported as `template/helper-error`. */
export class TemplateHelperError extends Error {
  override readonly name = "TemplateHelperError";
}

function expectNumber(helper: string, value: unknown): number {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  throw new TemplateHelperError(`${helper} expects a number, got ${describe(value)}`);
}

function expectString(helper: string, value: unknown): string {
  if (typeof value === "string") return value;
  throw new TemplateHelperError(`${helper} expects text, got ${describe(value)}`);
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "string" ? JSON.stringify(value) : typeof value;
}

const notations = ["standard", "compact", "scientific", "engineering"] as const;

/**
 * Generic helpers every template has; domain wording lives in helpers the caller passes.
 * Helpers shadow view-model fields of the same name in Handlebars, so none is named like
 * a field ("year", "notation" are fields in the report's view models).
 */
export const standardHelpers = {
  /** {{#if (eq tier "2")}} */
  eq: (a, b) => a === b,

  /** {{join names ", "}}; the separator defaults to ", ". */
  join: (list, separator = ", ") => {
    if (!Array.isArray(list)) throw new TemplateHelperError(`join expects a list, got ${describe(list)}`);
    return list
      .map((item) => (typeof item === "string" || typeof item === "number" ? String(item) : describe(item)))
      .join(expectString("join", separator));
  },

  /** {{count}} {{plural count "party" "parties"}} */
  plural: (count, singular, plural) =>
    expectNumber("plural", count) === 1 ? expectString("plural", singular) : expectString("plural", plural),

  /** {{yearOf edition.published}}: the UTC year of a date, an ISO date string or a year number. */
  yearOf: (value) => {
    if (typeof value === "number" && Number.isInteger(value) && value > 0 && value < 10000) return value;
    const date = value instanceof Date ? value : typeof value === "string" ? new Date(value) : undefined;
    if (date === undefined || Number.isNaN(date.getTime()))
      throw new TemplateHelperError(`yearOf expects a date, got ${describe(value)}`);
    return date.getUTCFullYear();
  },

  /** {{formatNumber personnel}} → 107,574; {{formatNumber personnel "compact"}} → 108K. */
  formatNumber: (value, notation = "standard") => {
    const kind = notations.find((n) => n === notation);
    if (kind === undefined)
      throw new TemplateHelperError(`formatNumber expects one of ${notations.join(", ")}, got ${describe(notation)}`);
    return new Intl.NumberFormat("en-US", { notation: kind }).format(expectNumber("formatNumber", value));
  },
} satisfies TemplateHelpers;
