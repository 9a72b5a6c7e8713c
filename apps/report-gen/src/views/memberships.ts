import { countryMemberships, type Edition, type Organization, type RepositorySource } from "@tip/domain";

export interface MembershipOrganizationView {
  readonly name: string;
  readonly abbreviation: string | null;
}

export interface MembershipSourceView {
  readonly name: string;
  readonly repository: string;
  /** The file read: the country's own file for the participation lists. */
  readonly path: string;
  readonly commit: string;
  /** The first eight characters of the commit, as people quote it. */
  readonly shortCommit: string;
  readonly date: string;
  /** The file at that commit on GitHub; the commit's tree when the path is a pattern (no file was read). */
  readonly url: string;
}

export interface MembershipsView {
  /** How many organizations the edition's table lists. */
  readonly tableSize: number;
  /** False when memberships.yaml has no entry for this country (the source was not read for it). */
  readonly recorded: boolean;
  /** The table's organizations the country is a member of, with what the appendix says of each. */
  readonly members: readonly (MembershipOrganizationView & {
    readonly frameworkDocuments: readonly string[];
    readonly focalPoints: readonly string[];
  })[];
  /** The table's organizations it takes part in otherwise, with the source's qualifier ("observer"). */
  readonly otherParticipation: readonly (MembershipOrganizationView & { readonly qualifier: string })[];
  readonly notCovered: readonly (MembershipOrganizationView & { readonly reason: string })[];
  readonly unmapped: readonly (MembershipOrganizationView & { readonly reason: string })[];
  readonly source: MembershipSourceView;
  readonly abbreviations: MembershipSourceView;
}

const named = (o: Organization): MembershipOrganizationView => ({ name: o.name, abbreviation: o.abbreviation ?? null });

const sourceView = (s: RepositorySource, path: string): MembershipSourceView => ({
  name: s.name,
  repository: s.repository,
  path,
  commit: s.commit,
  shortCommit: s.commit.slice(0, 8),
  date: s.date,
  url: path.includes("*")
    ? `https://github.com/${s.repository}/tree/${s.commit}`
    : `https://github.com/${s.repository}/blob/${s.commit}/${path}`,
});

/** What a brief says of a country's memberships: null when the edition records none. No wording. */
export function buildMembershipsView(edition: Edition, code: string): MembershipsView | null {
  const m = countryMemberships(edition, code);
  if (m === null) return null;
  return {
    tableSize: m.tableSize,
    recorded: m.file !== null,
    members: m.members.map(({ organization: o }) => ({
      ...named(o),
      frameworkDocuments: o.frameworkDocuments.map((d) => d.title),
      focalPoints: o.focalPoints,
    })),
    otherParticipation: m.otherParticipation.map(({ organization, qualifier }) => ({
      ...named(organization),
      qualifier: qualifier ?? "",
    })),
    notCovered: m.notCovered.map(({ organization, reason }) => ({ ...named(organization), reason })),
    unmapped: m.unmapped.map(({ organization, reason }) => ({ ...named(organization), reason })),
    source: sourceView(m.source, m.file ?? m.source.path),
    abbreviations: sourceView(m.abbreviations, m.abbreviations.path),
  };
}
