import * as z from "zod";
import { IsoDateSchema } from "./actions.js";

/** A file of a public Git repository, at one commit: where a fact from outside the report comes from. */
export const RepositorySourceSchema = z
  .object({
    /** What the source is, as a reader would cite it. */
    name: z.string().min(1),
    /** GitHub owner/name. */
    repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/, "expected a repository as owner/name"),
    /** The file, or the folder of one file per country. */
    path: z.string().min(1),
    commit: z.string().regex(/^[0-9a-f]{40}$/, "expected the full 40-character commit hash"),
    /** The commit's date, which the data is as of. */
    date: IsoDateSchema,
  })
  .strict();
export type RepositorySource = z.infer<typeof RepositorySourceSchema>;

/**
 * How one organization of the edition's table is found in the source: by the source's
 * abbreviation for it, or not at all, with the reason.
 */
export const OrganizationMappingSchema = z.union([
  z
    .object({
      /** The organization as the table names it: its abbreviation, or its name where it has none. */
      organization: z.string().min(1),
      /** The source's abbreviation for it. */
      factbook: z.string().min(1),
      /** The source's name for the abbreviation, which shows the mapping is right. */
      factbookName: z.string().min(1),
    })
    .strict(),
  z
    .object({
      organization: z.string().min(1),
      /** Why the source says nothing about membership in it (a ministerial process is not an organization it lists). */
      notCovered: z.string().min(10, "say why the source does not cover it"),
    })
    .strict(),
  z
    .object({
      organization: z.string().min(1),
      /** Why it is left unmapped although the source may list it (an abbreviation that could mean two organizations). */
      unmapped: z.string().min(10, "say why it is left unmapped"),
    })
    .strict(),
]);
export type OrganizationMapping = z.infer<typeof OrganizationMappingSchema>;

export const CountryParticipationSchema = z
  .object({
    /** ISO 3166-1 alpha-3, as in conventions.csv. */
    country: z.string().regex(/^[A-Z]{3}$/, "expected an ISO 3166-1 alpha-3 country code"),
    /** The source's file for the country, inside the source's path. */
    file: z.string().min(1),
    /** The source's field exactly as published: "ADB (nonregional member), AfDB, …". */
    participation: z.string().min(1),
  })
  .strict();
export type CountryParticipation = z.infer<typeof CountryParticipationSchema>;

/**
 * Which organizations of the edition's multilateral organizations table each country of its
 * convention table belongs to. The report does not say: this is a fact from a named public source.
 */
export const MembershipsSchema = z
  .object({
    /** The per-country participation lists. */
    source: RepositorySourceSchema,
    /** Where the source's abbreviations are spelled out. */
    abbreviations: RepositorySourceSchema,
    /** Every organization of the table, in the table's order, with how the source names it. */
    organizations: z.array(OrganizationMappingSchema),
    /** The source's abbreviations named below that are not organizations of the table. */
    outside: z.array(z.string().min(1)),
    countries: z.array(CountryParticipationSchema),
  })
  .strict();
export type Memberships = z.infer<typeof MembershipsSchema>;

/** One entry of a participation list: "OAS (observer)" is the abbreviation "OAS" with the qualifier "observer". */
export interface ParticipationEntry {
  readonly abbreviation: string;
  /** The parenthesised qualifier as published ("observer", "dialogue partner"), or null for plain membership. */
  readonly qualifier: string | null;
  /** The entry as published. */
  readonly text: string;
}

/** Splits a participation list at the commas outside parentheses. */
export function parseParticipation(text: string): ParticipationEntry[] {
  const entries: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (c === "," && depth === 0) {
      entries.push(text.slice(start, i));
      start = i + 1;
    }
  }
  entries.push(text.slice(start));
  return entries
    .map((e) => e.trim())
    .filter((e) => e !== "")
    .map((entry) => {
      const qualified = /^(.*?)\s*\(([^()]*)\)$/.exec(entry);
      return qualified
        ? { abbreviation: qualified[1]!, qualifier: qualified[2]!, text: entry }
        : { abbreviation: entry, qualifier: null, text: entry };
    });
}
