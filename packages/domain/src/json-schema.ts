import * as z from "zod";
import { EditionSchema } from "./model/edition.js";

/**
 * The JSON Schema of an edition, generated from the one zod schema (draft 2020-12).
 * Refinements (real calendar dates, period order) have no JSON Schema form and are left out; zod still checks them.
 */
export function editionJsonSchema(): Record<string, unknown> {
  // Stryker disable next-line ObjectLiteral,StringLiteral: equivalent today (stryker-equivalent.md, "json-schema").
  return z.toJSONSchema(EditionSchema, { target: "draft-2020-12", io: "input", unrepresentable: "any" });
}
