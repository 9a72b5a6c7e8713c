import * as z from "zod";
import { IsoDateSchema, YearMonthSchema } from "./actions.js";
import { ClosingNoteSchema, GlossarySchema, NoteSchema, PhotoCreditsSchema, StaffSchema } from "./back-matter.js";
import { ConventionTableSchema } from "./conventions.js";
import { OrganizationsSchema } from "./organizations.js";
import { PeacekeepingSchema } from "./peacekeeping.js";
import { PublicationSchema } from "./publication.js";
import { MembershipsSchema } from "./memberships.js";

/** The months an edition's convention table covers, both ends included. */
export const ReportingPeriodSchema = z
  .object({
    start: YearMonthSchema,
    end: YearMonthSchema,
  })
  .strict()
  .refine((p) => p.start <= p.end, {
    message: "the reporting period ends before it starts",
    path: ["end"],
    params: { hint: "give the period's first month as start and its last month as end" },
  });
export type ReportingPeriod = z.infer<typeof ReportingPeriodSchema>;

/**
 * A known departure of the published source from a rule, kept on purpose:
 * published facts are never edited to satisfy a rule.
 */
export const RuleExceptionSchema = z
  .object({
    rule: z.string().min(1),
    /** The offender's subject as the rule reports it, e.g. "peacekeeping/un/allegations". */
    subject: z.string().min(1),
    reason: z.string().min(10, "say why the exception is kept"),
  })
  .strict();
export type RuleException = z.infer<typeof RuleExceptionSchema>;

export const EditionSchema = z
  .object({
    year: z.number().int().min(2001).max(2100),
    title: z.string().min(1),
    /** The date documents are stamped with, so that the same data gives the same PDF bytes. */
    published: IsoDateSchema,
    reportingPeriod: ReportingPeriodSchema,
    source: z
      .object({
        name: z.string().min(1),
        url: z.url(),
        /** Who publishes the report ("U.S. Department of State"), as documents derived from it credit it; the name when not given. */
        publisher: z.string().min(1).optional(),
      })
      .strict(),
    /** Who issues the documents generated from this edition; see PublicationSchema. */
    publication: PublicationSchema.optional(),
    conventions: ConventionTableSchema,
    peacekeeping: PeacekeepingSchema,
    organizations: OrganizationsSchema,
    /** Which of the table's organizations each country belongs to, from a named source outside the report (memberships.yaml). */
    memberships: MembershipsSchema.optional(),
    glossary: GlossarySchema,
    notes: z.array(NoteSchema),
    photoCredits: PhotoCreditsSchema,
    closingNote: ClosingNoteSchema,
    staff: StaffSchema,
    exceptions: z.array(RuleExceptionSchema),
    /**
     * Lines of the previous edition's wording kept on purpose (each line as written, without its
     * indentation): the review of a new edition no longer flags them.
     */
    reviewed: z.array(z.string().min(1)).optional(),
  })
  .strict();
export type Edition = z.infer<typeof EditionSchema>;
