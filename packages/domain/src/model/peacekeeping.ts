import * as z from "zod";
import { InlineTextSchema } from "./text.js";

export const AllegationCountSchema = z
  .object({
    category: z.string().min(1),
    count: z.number().int().nonnegative(),
  })
  .strict();

export const AllegationsSchema = z
  .object({
    /** Total as published; null where the report gives none ("No reported allegations"). */
    total: z.number().int().nonnegative().nullable(),
    breakdown: z.array(AllegationCountSchema),
    /** The narrative that follows the figures, as published. */
    narrative: z.string(),
  })
  .strict();
export type Allegations = z.infer<typeof AllegationsSchema>;

export const PeacekeepingOrganizationSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, "expected a short lower-case id such as un"),
    /** The column heading as published ("UNITED NATIONS"). */
    heading: z.string().min(1),
    personnel: z.number().int().nonnegative(),
    missions: z.number().int().nonnegative(),
    preventionPolicy: z.string(),
    leadOffice: z.string(),
    training: z.string(),
    allegations: AllegationsSchema,
    newInitiatives: z.string(),
    links: z.array(z.string().min(1)),
  })
  .strict();
export type PeacekeepingOrganization = z.infer<typeof PeacekeepingOrganizationSchema>;

export const PeacekeepingSchema = z
  .object({
    heading: z.string().min(1),
    intro: InlineTextSchema,
    /** The year the allegation figures count ("NUMBER OF ALLEGATIONS IN 2016"). */
    allegationsYear: z.number().int(),
    organizations: z.array(PeacekeepingOrganizationSchema).min(1),
  })
  .strict();
export type Peacekeeping = z.infer<typeof PeacekeepingSchema>;

/** The figures as the report prints them: "165 [civilian (68), military (93), police (7)]"; "" when there is no total. */
export function formatAllegationFigures(allegations: Allegations): string {
  if (allegations.total === null) return "";
  const breakdown = allegations.breakdown.map((b) => `${b.category} (${b.count})`).join(", ");
  return breakdown ? `${allegations.total} [${breakdown}]` : String(allegations.total);
}

/** The whole cell as published: figures, then the narrative. */
export function formatAllegations(allegations: Allegations): string {
  return [formatAllegationFigures(allegations), allegations.narrative].filter(Boolean).join(" ");
}
