import * as z from "zod";

/**
 * Who issues the documents generated from an edition, set in edition.yaml. The report is the
 * State Department's; the PDFs are derived from it by whoever runs the tool, so nothing here
 * defaults to the report's office.
 */
export const PublicationSchema = z
  .object({
    /** The organization that issues the generated documents; named in each page footer and as the PDF's Creator. */
    publisher: z.string().min(1).optional(),
    /** The PDF's Author; the publisher when not given, else none. */
    author: z.string().min(1).optional(),
    /** The text on the left of every page footer; by default "Source: " with the edition's title and the report's publisher. */
    footer: z.string().min(1).optional(),
  })
  .strict();
export type Publication = z.infer<typeof PublicationSchema>;
