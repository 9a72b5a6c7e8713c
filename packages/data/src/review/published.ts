import type { Issue, SourceLocation } from "@tip/domain";

/** The rule an edition without its release date is reported under. */
export const PUBLISHED_MISSING_RULE = "edition/published-missing";

/**
 * The issue for an edition.yaml whose `published` is empty (as the scaffold leaves it: the release
 * date of a report not yet out is not known), or undefined when it holds anything else.
 */
export function publishedMissing(edition: Record<string, unknown>, at: SourceLocation): Issue | undefined {
  if (!("published" in edition)) return undefined;
  const value = edition.published;
  if (value !== null && value !== "") return undefined;
  return {
    ...at,
    rule: PUBLISHED_MISSING_RULE,
    message: "published is empty: the edition's release date is not filled in yet",
    hint: "write the date the report was released, as published: YYYY-MM-DD (e.g. published: 2017-06-27), with a comment naming where the date comes from",
    severity: "error",
  };
}
