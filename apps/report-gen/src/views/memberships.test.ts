import { edition2017 } from "@tip/data";
import type { Edition, Memberships } from "@tip/domain";
import { describe, expect, it } from "vitest";
import { buildMembershipsView } from "./memberships.js";

// The shipped 2017 edition with memberships recorded by a small source: one country's list names the
// first organization plainly and the second with a qualifier; the third is not covered, the fourth
// unmapped, and the fifth mapped but not in the list.
const base: Edition = edition2017;
const orgs = base.organizations.organizations;
const key = (i: number) => orgs[i]!.abbreviation ?? orgs[i]!.name;
const code = base.conventions.rows[0]!.country;
const other = base.conventions.rows[1]!.country;
const memberships: Memberships = {
  source: {
    name: "A participation list",
    repository: "example/participation",
    path: "*/*.json",
    commit: "0123456789abcdef0123456789abcdef01234567",
    date: "2017-03-28",
  },
  abbreviations: {
    name: "Its abbreviations",
    repository: "example/abbreviations",
    path: "appendix/b.html",
    commit: "89abcdef0123456789abcdef0123456789abcdef",
    date: "2018-02-01",
  },
  organizations: [
    { organization: key(0), factbook: "ONE", factbookName: orgs[0]!.name },
    { organization: key(1), factbook: "TWO", factbookName: orgs[1]!.name },
    { organization: key(2), notCovered: "a process, which the source does not list" },
    { organization: key(3), unmapped: "the source gives its abbreviation to two organizations" },
    { organization: key(4), factbook: "FIVE", factbookName: orgs[4]!.name },
  ],
  countries: [{ country: code, file: "region/xx.json", participation: "ONE, TWO (observer), SIX" }],
} as Memberships;
const edition: Edition = { ...base, memberships };
const named = (i: number) => ({ name: orgs[i]!.name, abbreviation: orgs[i]!.abbreviation ?? null });

describe("buildMembershipsView", () => {
  it("says which of the table's organizations the country belongs to, and in what other way it takes part in others", () => {
    const view = buildMembershipsView(edition, code)!;
    expect(view.recorded).toBe(true);
    expect(view.tableSize).toBe(orgs.length);
    expect(view.members).toEqual([
      {
        ...named(0),
        frameworkDocuments: orgs[0]!.frameworkDocuments.map((d) => d.title),
        focalPoints: orgs[0]!.focalPoints,
      },
    ]);
    expect(view.otherParticipation).toEqual([{ ...named(1), qualifier: "observer" }]);
    expect(view.notCovered).toEqual([{ ...named(2), reason: "a process, which the source does not list" }]);
    expect(view.unmapped).toEqual([{ ...named(3), reason: "the source gives its abbreviation to two organizations" }]);
  });

  it("cites the country's own file at the source's commit, and the abbreviations' file", () => {
    const view = buildMembershipsView(edition, code)!;
    expect(view.source).toEqual({
      name: "A participation list",
      repository: "example/participation",
      path: "region/xx.json",
      commit: memberships.source.commit,
      shortCommit: "01234567",
      date: "2017-03-28",
      url: `https://github.com/example/participation/blob/${memberships.source.commit}/region/xx.json`,
    });
    expect(view.abbreviations).toMatchObject({
      path: "appendix/b.html",
      shortCommit: "89abcdef",
      url: `https://github.com/example/abbreviations/blob/${memberships.abbreviations.commit}/appendix/b.html`,
    });
  });

  it("says when memberships.yaml has no entry for the country, citing the source's files and linking to the commit's tree", () => {
    const view = buildMembershipsView(edition, other)!;
    expect(view.recorded).toBe(false);
    expect(view.members).toEqual([]);
    expect(view.otherParticipation).toEqual([]);
    // What the source does not cover stays said, whatever the country.
    expect(view.notCovered.map((o) => o.name)).toEqual([orgs[2]!.name]);
    expect(view.source.path).toBe("*/*.json");
    // No file of the source was read for the country: the link leads to the commit's tree, not to a pattern.
    expect(view.source.url).toBe(
      `https://github.com/${memberships.source.repository}/tree/${memberships.source.commit}`,
    );
  });

  it("is null when the edition records no memberships", () => {
    const { memberships: _none, ...without } = edition;
    expect(buildMembershipsView(without, code)).toBeNull();
  });
});
