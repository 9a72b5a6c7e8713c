import type { Edition } from "../model/edition.js";
import {
  parseParticipation,
  type Memberships,
  type OrganizationMapping,
  type RepositorySource,
} from "../model/memberships.js";
import type { Organization } from "../model/organizations.js";

/** How memberships.yaml names an organization of the table: its abbreviation, or its name where it has none. */
export const organizationKey = (o: Pick<Organization, "name" | "abbreviation">): string => o.abbreviation ?? o.name;

export interface MembershipLine {
  readonly organization: Organization;
  /** The source's entry as published ("OAS", "OAS (observer)"). */
  readonly entry: string;
  /** The entry's qualifier ("observer"), or null for plain membership. */
  readonly qualifier: string | null;
}

export interface CountryMemberships {
  readonly source: RepositorySource;
  readonly abbreviations: RepositorySource;
  /** The source's file for this country, or null when memberships.yaml has no entry for it. */
  readonly file: string | null;
  /** Organizations of the table the country is a member of, in the table's order. */
  readonly members: readonly MembershipLine[];
  /** Organizations of the table it takes part in otherwise (observer, dialogue partner, …), as the source qualifies them. */
  readonly otherParticipation: readonly MembershipLine[];
  /** Organizations of the table the source does not cover, with the reason. */
  readonly notCovered: readonly { readonly organization: Organization; readonly reason: string }[];
  /** Organizations of the table left unmapped, with the reason. */
  readonly unmapped: readonly { readonly organization: Organization; readonly reason: string }[];
  /** How many organizations the table lists. */
  readonly tableSize: number;
}

function mappingOf(memberships: Memberships, organization: Organization): OrganizationMapping | undefined {
  return memberships.organizations.find((m) => m.organization === organizationKey(organization));
}

/**
 * Which of the edition's multilateral organizations a country belongs to, by the edition's
 * membership source; null when the edition records no memberships.
 */
export function countryMemberships(edition: Edition, code: string): CountryMemberships | null {
  const memberships = edition.memberships;
  if (memberships === undefined) return null;
  const row = memberships.countries.find((c) => c.country === code);
  const entries = row ? parseParticipation(row.participation) : [];
  const members: MembershipLine[] = [];
  const otherParticipation: MembershipLine[] = [];
  const notCovered: { organization: Organization; reason: string }[] = [];
  const unmapped: { organization: Organization; reason: string }[] = [];
  for (const organization of edition.organizations.organizations) {
    const mapping = mappingOf(memberships, organization);
    if (mapping === undefined) continue;
    if ("notCovered" in mapping) notCovered.push({ organization, reason: mapping.notCovered });
    else if ("unmapped" in mapping) unmapped.push({ organization, reason: mapping.unmapped });
    else {
      const entry = entries.find((e) => e.abbreviation === mapping.factbook);
      if (entry === undefined) continue;
      const line = { organization, entry: entry.text, qualifier: entry.qualifier };
      (entry.qualifier === null ? members : otherParticipation).push(line);
    }
  }
  return {
    source: memberships.source,
    abbreviations: memberships.abbreviations,
    file: row?.file ?? null,
    members,
    otherParticipation,
    notCovered,
    unmapped,
    tableSize: edition.organizations.organizations.length,
  };
}
