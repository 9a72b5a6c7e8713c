// The shipped memberships map an abbreviation only where the source's own name for it (the Factbook's
// Appendix B) is the table's name for the organization, word for word: a mapping is never a guess.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { organizationKey, type Edition } from "@tip/domain";
import { describe, expect, it } from "vitest";
import { loadEdition } from "../src/load/index.js";

const editionsDir = join(import.meta.dirname, "..", "editions");

describe("shipped memberships", () => {
  it("name each mapped organization as the table does", async () => {
    const all: Edition[] = [];
    for (const year of readdirSync(editionsDir).filter((d) => /^\d{4}$/.test(d))) {
      const loaded = await loadEdition(join(editionsDir, year));
      if (!loaded.ok) throw new Error(`editions/${year} does not load`);
      all.push(loaded.edition);
    }
    expect(all.length).toBeGreaterThan(0);
    const mismatched = all.flatMap((edition) =>
      (edition.memberships?.organizations ?? []).flatMap((mapping) => {
        if (!("factbook" in mapping)) return [];
        const organization = edition.organizations.organizations.find(
          (o) => organizationKey(o) === mapping.organization,
        );
        return organization?.name === mapping.factbookName
          ? []
          : [`${edition.year} ${mapping.organization}: "${mapping.factbookName}" is not "${organization?.name}"`];
      }),
    );
    expect(mismatched).toEqual([]);
  });
});
