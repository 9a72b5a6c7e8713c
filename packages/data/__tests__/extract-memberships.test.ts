// scripts/extract-memberships.mjs against a small Factbook-shaped Git repository: it copies each
// table country's participation list exactly, at the commit memberships.yaml names, and lists as
// outside every abbreviation the file's head maps to no organization.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { afterAll, describe, expect, it } from "vitest";

const root = mkdtempSync(join(tmpdir(), "tip-extract-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const script = join(import.meta.dirname, "..", "scripts", "extract-memberships.mjs");
const factbook = join(root, "factbook");
const git = (...args: string[]) => execFileSync("git", ["-C", factbook, ...args], { encoding: "utf8" }).trim();

function country(path: string, shortName: string, participation: string) {
  const file = join(factbook, path);
  mkdirSync(join(file, ".."), { recursive: true });
  const government = {
    "Country name": { "conventional short form": { text: shortName } },
    "International organization participation": { text: participation },
  };
  writeFileSync(file, JSON.stringify({ Government: government }));
}

function commit(message: string): string {
  git("add", "-A");
  git("-c", "user.name=test", "-c", "user.email=test@example.org", "commit", "-q", "-m", message);
  return git("rev-parse", "HEAD");
}

describe("extract-memberships", () => {
  it("writes the lists of the named commit, not a later one, and the abbreviations outside the table", () => {
    mkdirSync(factbook);
    git("init", "-q");
    country("europe/fr.json", "France", "CBSS (observer), CE, EU, OAS (observer), UN, WTO");
    country("south-america/ar.json", "Argentina", "OAS, UN, UN Security Council (temporary)");
    country("europe/gm.json", "Germany", "CE, EU, UN");
    const first = commit("2017 snapshot");
    country("europe/fr.json", "France", "CE, EU, UN, a later list");
    commit("later snapshot");

    const edition = join(root, "2017");
    mkdirSync(edition);
    writeFileSync(join(edition, "conventions.csv"), "country,name,palermo\nFRA,France,2002\nARG,Argentina,2002\n");
    const head = [
      "# the editor's head, kept as written",
      "source:",
      `  { name: Factbook, repository: factbook/factbook.json, path: "*/*.json", commit: ${first}, date: 2017-03-28 }`,
      "organizations:",
      "  - { organization: UN, factbook: UN, factbookName: United Nations }",
      "  - { organization: COE, factbook: CE, factbookName: Council of Europe }",
      "  - { organization: OAS, factbook: OAS, factbookName: Organization of American States }",
      "  - { organization: Bali Process, notCovered: a ministerial process }",
      "",
    ].join("\n");
    const marker = "# --- below: written by scripts/extract-memberships.mjs from the source; do not edit by hand ---";
    writeFileSync(join(edition, "memberships.yaml"), `${head}${marker}\noutside: [ STALE ]\ncountries: []\n`);

    execFileSync(process.execPath, [script, "--factbook", join(factbook, ".git"), "--edition", edition], {
      encoding: "utf8",
    });
    const written = readFileSync(join(edition, "memberships.yaml"), "utf8");
    expect(written.startsWith(`${head}${marker}\n`)).toBe(true);
    expect(written).not.toContain("STALE");
    const data = parse(written);
    expect(data.countries).toEqual([
      { country: "FRA", file: "europe/fr.json", participation: "CBSS (observer), CE, EU, OAS (observer), UN, WTO" },
      { country: "ARG", file: "south-america/ar.json", participation: "OAS, UN, UN Security Council (temporary)" },
    ]);
    expect(data.outside).toEqual(["CBSS", "EU", "UN Security Council", "WTO"]);
  });
});
