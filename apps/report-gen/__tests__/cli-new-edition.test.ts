import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { pdfText } from "@tip/pdf-engine/pdf-text";
import { cli, tempEditions } from "./support/in-process-cli.js";
import { replaceIn as edit } from "./support/editions.js";
import { repoRoot } from "./support/run-cli.js";

/**
 * TEST FIXTURE, not real data: a "2018" edition made from the 2017 one with a few plausible
 * changes, to check that the editor's workflow (new → edit → validate → diff → generate) works.
 */
const FIXTURE_ROWS = [
  "country,name,palermo,opsc,opac,c029,p029,c105,c182,c189",
  "CYP,Cyprus,2003,2006,2010,1960,2017,1960,2000,—",
  "FIN,Finland,2006(A),2012,2002,1936,2017,1960,2000,2015",
  "GIN,Guinea,2004(a),2011(a),2016(a),1959,2017,1961,2003,—",
  "JAM,Jamaica,2003,2011,2002,1962,—,1962,2003,2017",
  "POL,Poland,2003,2005,2005,1958,2017,1958,2002,—",
].join("\n");

let root = "";
let editions = "";
let created: Awaited<ReturnType<typeof cli>>;

beforeAll(async () => {
  ({ root } = tempEditions());
  editions = join(root, "editions");
  created = await cli(["edition", "new", "2018", "--from", "2017", "--data", "editions"], root);
});

describe("report-gen edition new", () => {
  it("scaffolds the next edition with its reporting period moved on a year", () => {
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/^editions\/2018: edition 2018 prepared from 2017 \(\d+ files\)\n/);
    const yaml = readFileSync(join(editions, "2018", "edition.yaml"), "utf8");
    expect(yaml).toMatch(/^year: 2018$/m);
    expect(yaml).toMatch(/^title: 2018 Trafficking in Persons Report$/m);
    expect(yaml).toMatch(/reportingPeriod:\n {2}start: 2017-04\n {2}end: 2018-03\n/);
    // Comments survive: the editor's file is edited, not rewritten.
    expect(yaml).toContain("# The 2017 edition of the appendix");
    expect(existsSync(join(editions, "2018", "templates", "README.md"))).toBe(true);
    expect(readFileSync(join(editions, "2018", "conventions.csv"), "utf8")).toBe(
      readFileSync(join(editions, "2017", "conventions.csv"), "utf8"),
    );
  });

  it("validates as soon as it is filled in: until then the old rows are flagged, each at its line", async () => {
    const run = await cli(["validate", "--data", "editions/2018"], root);
    expect(run.code).toBe(1);
    const flagged = run.stderr.split("\n").filter((l) => l.includes("action-in-reporting-period"));
    // Only Cyprus, Finland and Poland (P029 in 2017) acted within April 2017–March 2018.
    const codes = flagged.map((l) => /\(([A-Z]{3})\)/.exec(l)?.[1]);
    expect(codes).toEqual(["ARG", "BRN", "CZE", "EST", "FRA", "GIN", "JAM", "MDV", "MLI", "PAK", "PAN"]);
    expect(flagged[0]).toMatch(/^editions\/2018\/conventions\.csv:2:1 {2}action-in-reporting-period {2}/);
  });

  it("refuses to overwrite an existing edition", async () => {
    const again = await cli(["edition", "new", "2018", "--from", "2017", "--data", "editions"], root);
    expect(again).toMatchObject({
      code: 1,
      stderr:
        "report-gen: editions/2018 already exists\n  hint: choose a new folder, or move the existing one away first; it is never overwritten\n",
    });
  });

  it("points every refusal at a file that exists, or names no file at all (issue 13)", async () => {
    const notAYear = await cli(["edition", "new", "0000", "--from", "2017", "--data", "editions"], root);
    expect(notAYear).toMatchObject({
      code: 1,
      stderr: "report-gen: 0 is not an edition year\n  hint: give a year between 2001 and 2100, e.g. 2018\n",
    });
    const before = await cli(["edition", "new", "2016", "--from", "2017", "--data", "editions"], root);
    expect(before.code).toBe(1);
    const [located] = before.stderr.split("\n");
    expect(located).toMatch(
      /^editions\/2017\/edition\.yaml:\d+:7 {2}scaffold\/year {2}2016 does not come after the previous edition, 2017$/,
    );
    const noSource = await cli(["edition", "new", "2019", "--from", "2015", "--data", "editions"], root);
    expect(noSource.stderr).toMatch(
      /^report-gen: editions\/2015 is not an edition folder: edition.yaml cannot be read\n/,
    );
  });
});

describe("report-gen diff on a filled-in edition", () => {
  beforeAll(() => {
    const dir = join(editions, "2018");
    writeFileSync(join(dir, "conventions.csv"), `${FIXTURE_ROWS}\n`);
    edit(join(dir, "edition.yaml"), "between April 2016 and March 2017", "between April 2017 and March 2018");
    edit(join(dir, "peacekeeping.yaml"), "personnel: 107574", "personnel: 110000");
    edit(
      join(dir, "glossary.yaml"),
      "  - term: UNODC\n",
      "  - term: UNFPA\n    definition: United Nations Population Fund\n  - term: UNODC\n",
    );
    // The guide's review step, as the next-edition check does it: last year's wording moved on or kept
    // under `reviewed`, and a release date (this fixture's, not a real one) filled in.
    execFileSync(process.execPath, [join(repoRoot, "fixtures/next-edition/review.mjs"), dir, "2018-06-28"]);
  });

  it("validates", async () => {
    const run = await cli(["validate", "--data", "editions/2018"], root);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });

  it("finds exactly the changes made", async () => {
    const run = await cli(["diff", "2017", "2018", "--data", "editions", "--format", "json"], root);
    expect(run.code).toBe(0);
    const diff = JSON.parse(run.stdout) as { changes: { kind: string; subject: string }[] };
    const dropped = ["ARG", "BRN", "CZE", "EST", "FRA", "MDV", "MLI", "PAK", "PAN"];
    expect(diff.changes.map((c) => `${c.kind} ${c.subject}`).sort()).toEqual(
      [
        ...dropped.map((code) => `country-dropped conventions/${code}`),
        "action-added conventions/GIN/p029",
        "year-corrected conventions/JAM/c189",
        "figure-changed peacekeeping/un/personnel",
        "term-added glossary/UNFPA",
        ...diff.changes
          .filter(
            (c) =>
              c.subject.startsWith("edition/") ||
              c.subject === "peacekeeping/allegations-year" ||
              c.subject === "conventions/intro",
          )
          .map((c) => `${c.kind} ${c.subject}`),
      ].sort(),
    );
    // The edition's own facts: year, title, date, period, the intro's wording; not the allegations year,
    // which stays with last year's figures until an editor enters the new ones.
    const meta = diff.changes.filter((c) => !/^(conventions\/[A-Z]{3}|peacekeeping\/un|glossary)/.test(c.subject));
    expect(meta.map((c) => c.kind).sort()).toEqual(
      ["published-changed", "reporting-period-changed", "text-changed", "text-changed", "year-changed"].sort(),
    );
  });

  it("prints readable text, markdown and a PDF of the changes", async () => {
    const text = await cli(["diff", "2017", "2018", "--data", "editions"], root);
    expect(text.stdout).toContain("Guinea (GIN)");
    expect(text.stdout).toMatch(/107,574 → 110,000 \(\+2,426\)/);
    const markdown = await cli(["diff", "2017", "2018", "--data", "editions", "--format", "markdown"], root);
    expect(markdown.stdout).toMatch(/^\*\*Convention table\*\*$/m);
    const pdf = await cli(
      ["diff", "2017", "2018", "--data", "editions", "--format", "pdf", "--out", "changes.pdf"],
      root,
    );
    expect(pdf.stdout).toMatch(/^changes\.pdf: \d+ changes\n$/);
    const body = await pdfText(readFileSync(join(root, "changes.pdf")));
    expect(body).toContain("Changes from 2017 to 2018");
    expect(body).toContain("Guinea (GIN)");
    expect(body).toContain("UNFPA");
  });

  it("writes a changeset that makes the new edition a minor release of @tip/data", async () => {
    mkdirSync(join(root, ".changeset"), { recursive: true });
    writeFileSync(join(root, ".changeset", "config.json"), "{}\n");
    const run = await cli(["diff", "2017", "2018", "--data", "editions", "--changeset"], root);
    expect(run.stdout).toBe(".changeset/data-edition-2018.md: @tip/data minor release, edition 2018\n");
    const changeset = readFileSync(join(root, ".changeset", "data-edition-2018.md"), "utf8");
    expect(changeset).toMatch(/^---\n"@tip\/data": minor\n---\n\nAdd the 2018 edition/);
    expect(changeset).toContain("Guinea (GIN)");
  });

  it("generates the new edition with its own override of one template, the others shared", async () => {
    const dir = join(editions, "2018");
    const shared = readFileSync(new URL("../templates/brief.hbs", import.meta.url), "utf8");
    writeFileSync(
      join(dir, "templates", "brief.hbs"),
      `${shared}\n<p class="source">Prepared for the 2018 review.</p>\n`,
    );
    const run = await cli(["generate", "--data", "editions/2018", "--out", "out", "--quiet"], root);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const brief = await pdfText(readFileSync(join(root, "out", "2018", "briefs", "GIN.pdf")));
    expect(brief).toContain("Prepared for the 2018 review.");
    expect(brief).toContain("April 2017 to March 2018");
    const appendix = await pdfText(readFileSync(join(root, "out", "2018", "appendix.pdf")));
    expect(appendix).not.toContain("Prepared for the 2018 review.");
    expect(appendix).toContain("RELEVANT INTERNATIONAL CONVENTIONS");
  });
});
