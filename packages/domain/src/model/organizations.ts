import * as z from "zod";

/** A link as published: `url` is printed as is (it may lack a scheme, "www.un.org"); `label` follows it. */
export const LinkSchema = z
  .object({
    url: z.string().min(1),
    label: z.string().min(1).optional(),
  })
  .strict();
export type Link = z.infer<typeof LinkSchema>;

/** A named group of links inside an organization's cell (a sub-body, a publication series). */
export const LinkGroupSchema = z
  .object({
    title: z.string().min(1),
    links: z.array(LinkSchema),
  })
  .strict();
export type LinkGroup = z.infer<typeof LinkGroupSchema>;

export const FrameworkDocumentSchema = z
  .object({
    /** The title as published, years included. */
    title: z.string().min(1),
    /** The years the document is dated by, as they appear in its title. */
    years: z.array(z.number().int()),
  })
  .strict();
export type FrameworkDocument = z.infer<typeof FrameworkDocumentSchema>;

export const OrganizationSchema = z
  .object({
    name: z.string().min(1),
    abbreviation: z.string().min(1).optional(),
    /** A remark printed after the name and abbreviation, before the web sites, e.g. "(Puebla Group)". */
    remark: z.string().min(1).optional(),
    websites: z.array(LinkSchema),
    linkGroups: z.array(LinkGroupSchema),
    frameworkDocuments: z.array(FrameworkDocumentSchema),
    /** Empty where the report prints "N/A". */
    focalPoints: z.array(z.string().min(1)),
  })
  .strict();
export type Organization = z.infer<typeof OrganizationSchema>;

export const OrganizationsSchema = z
  .object({
    heading: z.string().min(1),
    columnHeadings: z.tuple([z.string().min(1), z.string().min(1), z.string().min(1)]),
    organizations: z.array(OrganizationSchema).min(1),
  })
  .strict();
export type Organizations = z.infer<typeof OrganizationsSchema>;
