import * as z from "zod";
import { ActionSchema } from "./actions.js";
import { InstrumentIdSchema } from "./instruments.js";
import { InlineTextSchema } from "./text.js";

export const ConventionColumnSchema = z
  .object({
    instrument: InstrumentIdSchema,
    /** The column heading as the report prints it. */
    heading: z.string().min(1),
    /** The second header row: which actions the column shows. */
    subheading: z.string().min(1),
    /** A footnote mark printed after the heading, e.g. "*". */
    footnote: z.string().min(1).optional(),
  })
  .strict();
export type ConventionColumn = z.infer<typeof ConventionColumnSchema>;

export const ConventionRowSchema = z
  .object({
    /** ISO 3166-1 alpha-3 (or a handled non-ISO code such as XKX). */
    country: z.string().regex(/^[A-Z]{3}$/, "expected an upper-case three-letter country code"),
    /** The country's name as this edition prints it. */
    name: z.string().min(1),
    /** One cell per column instrument: an action, or null for none (published as —). */
    // Partial: an edition's table need not carry all instruments; the cells-match-columns rule checks the fit.
    cells: z.partialRecord(InstrumentIdSchema, ActionSchema.nullable()),
  })
  .strict();
export type ConventionRow = z.infer<typeof ConventionRowSchema>;

export const FootnoteSchema = z
  .object({
    mark: z.string().min(1),
    text: InlineTextSchema,
  })
  .strict();
export type Footnote = z.infer<typeof FootnoteSchema>;

export const ConventionTableSchema = z
  .object({
    heading: z.string().min(1),
    intro: InlineTextSchema,
    /** The first header cell ("Country"). */
    countryHeading: z.string().min(1),
    columns: z.array(ConventionColumnSchema).min(1),
    rows: z.array(ConventionRowSchema),
    footnotes: z.array(FootnoteSchema),
  })
  .strict();
export type ConventionTable = z.infer<typeof ConventionTableSchema>;
