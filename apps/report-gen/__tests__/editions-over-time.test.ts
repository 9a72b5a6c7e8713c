// Two editions side by side, as after an editor adds the next one: the shipped 2017 and a 2018 made
// from the test fixture table (fixtures/next-edition: invented cells, not published facts).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cli, tempEditions } from "./support/in-process-cli.js";
import { pdfText, squash } from "./support/pdf.js";
import { repoRoot } from "./support/run-cli.js";

const fixture = join(repoRoot, "fixtures/next-edition/convention-table.fixture.tsv");
let root = "";
let scaffolded: Awaited<ReturnType<typeof cli>>;

beforeAll(async () => {
  ({ root } = tempEditions());
  scaffolded = await cli(["edition", "new", "2018", "--from", "2017", "--data", "editions"], root);
});

describe("the scaffold's review is kept until done", () => {
  it("leaves the release date empty, and validate says so", async () => {
    expect(scaffolded.code).toBe(0);
    expect(readFileSync(join(root, "editions/2018/edition.yaml"), "utf8")).toMatch(/^published: ""$/m);
    const run = await cli(["validate", "--data", "editions/2018"], root);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^editions\/2018\/edition\.yaml:\d+:\d+ {2}edition\/published-missing {2}published is empty: the edition's release date is not filled in yet$/m,
    );
  });

  it("--dry-run prints what the import would change, and writes nothing", async () => {
    const csv = join(root, "editions/2018/conventions.csv");
    const before = readFileSync(csv, "utf8");
    const run = await cli(["import-table", fixture, "--data", "editions/2018", "--dry-run"], root);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toMatch(/: 10 countries read; dry run, nothing written$/);
    expect(lines[1]).toBe("18 changes to the table:");
    expect(lines).toContain("  - Argentina (ARG) dropped from the table");
    expect(lines).toContain("  + Kenya (KEN) added to the table");
    expect(lines).toContain("  + Brunei (BRN), Palermo Protocol: new accession 2018(a)");
    expect(readFileSync(csv, "utf8")).toBe(before);

    const imported = await cli(["import-table", fixture, "--data", "editions/2018"], root);
    expect(imported.code).toBe(0);
    expect(readFileSync(csv, "utf8")).not.toBe(before);
  });

  it("generate refuses the edition while last year's wording is unreviewed, one line per place, and writes nothing", async () => {
    const dir = join(root, "editions/2018");
    const yaml = join(dir, "edition.yaml");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(yaml, readFileSync(yaml, "utf8").replace('published: ""', "published: 2018-06-28"));
    const validated = await cli(["validate", "--data", "editions/2018"], root);
    expect(validated.code).toBe(0);
    const warned = validated.stderr.split("\n").filter((l) => l.includes("review/previous-wording (warning)"));
    expect(warned.length).toBeGreaterThan(3);

    const refused = await cli(["generate", "--data", "editions/2018", "--out", "refused"], root);
    expect(refused.code).toBe(1);
    const places = refused.stderr.split("\n").filter((l) => l.includes("  generate/unreviewed  not reviewed: "));
    expect(places.map((l) => l.split("  ")[0])).toEqual(warned.map((l) => l.split("  ")[0]));
    expect(existsSync(join(root, "refused"))).toBe(false);

    const draft = await cli(
      ["generate", "--data", "editions/2018", "--out", "draft", "--only", "appendix", "--allow-unreviewed", "--quiet"],
      root,
    );
    expect(draft.code).toBe(0);
    expect(existsSync(join(root, "draft/2018/appendix.pdf"))).toBe(true);

    // The editor's review: each place changed or listed under `reviewed`.
    execFileSync(process.execPath, [join(repoRoot, "fixtures/next-edition/review.mjs"), dir, "2018-06-28"]);
    const clean = await cli(["validate", "--data", "editions/2018"], root);
    expect(clean.stderr).toBe("");
    expect(clean.code).toBe(0);
  });
});

describe("a brief for every country any edition lists", () => {
  it("takes a country the newest edition drops from the newest edition that lists it, and says so", async () => {
    const run = await cli(["generate", "--data", "editions", "--out", "out", "--country", "ARG"], root);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^out\/2017: 1 document written \(edition 2017, [\d.]+ s\)\n {2}ARG: from the 2017 edition, the newest whose table lists it\n$/,
    );
    const text = squash(await pdfText(readFileSync(join(root, "out/2017/briefs/ARG.pdf"))));
    expect(text).toContain(
      squash(
        "Status as of March 2017 (reporting period April 2016 to March 2017), as published in the 2017 Trafficking in Persons Report, the newest edition that lists Argentina: the 2018 table lists only countries that acted in its own reporting period.",
      ),
    );
  });

  it("shows a country's history across the editions that list it", async () => {
    const run = await cli(
      ["generate", "--data", "editions", "--out", "out", "--country", "BRN", "--country", "Kenya", "--quiet"],
      root,
    );
    expect(run.code).toBe(0);
    const brn = squash(await pdfText(readFileSync(join(root, "out/2018/briefs/BRN.pdf"))));
    expect(brn).toContain(
      squash(
        "Status as of March 2018 (reporting period April 2017 to March 2018), as published in the 2018 Trafficking in Persons Report.",
      ),
    );
    expect(brn).toContain(squash("Across editions"));
    expect(brn).toContain(squash("2017 Trafficking in Persons Report (status as of March 2017): first listed."));
    expect(brn).toContain(
      squash("2018 Trafficking in Persons Report (status as of March 2018): Palermo Protocol: new accession 2018(a)."),
    );
    // Listed once: no history section.
    expect(squash(await pdfText(readFileSync(join(root, "out/2018/briefs/KEN.pdf"))))).not.toContain(
      squash("Across editions"),
    );
  });

  it("--edition still pins one, and says which edition does list the country", async () => {
    const run = await cli(
      ["generate", "--data", "editions", "--edition", "2018", "--out", "pinned", "--country", "ARG"],
      root,
    );
    expect(run.code).toBe(1);
    expect(run.stderr.split("\n")[0]).toBe(
      "report-gen: --country ARG: Argentina (ARG) is not listed in the 2018 edition; the 2017 edition lists it (leave out --edition for its newest listing)",
    );
    expect(existsSync(join(root, "pinned"))).toBe(false);
  });

  it("explains a country no edition lists in one line, with why, where the full list is, and near misses", async () => {
    const run = await cli(
      ["generate", "--data", "editions", "--out", "none", "--country", "Germny", "--country", "DEU"],
      root,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    const [first, firstHint, second, secondHint] = run.stderr.split("\n");
    expect(first).toBe("report-gen: --country Germny: not a country code or name we know");
    expect(firstHint).toBe(
      "  hint: did you mean Germany (DEU, not listed either)? An edition's table lists only the countries that ratified, acceded to or accepted one of its instruments in its reporting period. Every country the report covers is listed at http://www.state.gov/tipreport.",
    );
    expect(second).toBe("report-gen: --country DEU: Germany (DEU) is not listed in any edition (2017, 2018)");
    expect(secondHint).not.toContain("did you mean");
    expect(secondHint).toContain("http://www.state.gov/tipreport");
    expect(run.stderr).not.toMatch(/conventions\.csv/);
    expect(existsSync(join(root, "none"))).toBe(false);
  });

  it("offers every country a name given in part may mean, those an edition lists first", async () => {
    const run = await cli(["generate", "--data", "editions", "--out", "none", "--country", "Korea"], root);
    expect(run.code).toBe(1);
    const [message, hint] = run.stderr.split("\n");
    expect(message).toBe("report-gen: --country Korea: not a country code or name we know");
    expect(hint).toMatch(/^ {2}hint: did you mean Korea, South \(KOR\) or North Korea \(PRK, not listed either\)\? /);
    expect(existsSync(join(root, "none"))).toBe(false);
  });

  it("writes the newest edition's documents when no country is named", async () => {
    const run = await cli(["generate", "--data", "editions", "--out", "all", "--only", "briefs", "--quiet"], root);
    expect(run.code).toBe(0);
    expect(existsSync(join(root, "all/2018/briefs/KEN.pdf"))).toBe(true);
    expect(existsSync(join(root, "all/2017"))).toBe(false);
  });
});
