import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, tempEditions } from "./support/in-process-cli.js";
import { replaceIn as edit } from "./support/editions.js";
import { repoRoot } from "./support/run-cli.js";
import { stackFrames as stackLines } from "./support/run-cli.js";

/** The problem lines of a run's stderr (`file:line:col  rule  message`), and its last line. */
const reported = (stderr: string) => ({
  problems: stderr.split("\n").filter((l) => /^\S+:\d+:\d+ {2}/.test(l)),
  summary: stderr.trimEnd().split("\n").at(-1),
});

describe("report-gen validate", () => {
  it("passes the shipped 2017 edition with exit 0", async () => {
    const run = await cli(["validate", "--edition", "2017"], repoRoot);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(
      "packages/data/editions/2017: edition 2017 is valid (14 countries, 17 organizations, 23 glossary entries)\n",
    );
  });

  it("reports every problem at once as file:line:col  rule  message, with a hint, and exits 1", async () => {
    const { root, edition } = tempEditions();
    const csv = join(edition, "conventions.csv");
    // Four problems in two files: a bad notation, P029 without C29, a duplicate country, an unknown field.
    edit(csv, "BRN,Brunei,—,2006(a),", "BRN,Brunei,—,2006(b),");
    edit(csv, "PAK,Pakistan,—,2011,2016,1957,—,", "PAK,Pakistan,—,2011,2016,—,2016,");
    edit(csv, "POL,Poland,", "ARG,Argentina,");
    edit(join(edition, "peacekeeping.yaml"), "  - id: osce\n", "  - id: osce\n    staff: 12\n");

    const run = await cli(["validate", "--data", "editions/2017"], root);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(reported(run.stderr)).toEqual({
      summary: "4 errors",
      problems: [
        'editions/2017/conventions.csv:3:14  conventions/notation  "2006(b)" is not in the published notation',
        "editions/2017/conventions.csv:13:28  requires-prerequisite  Pakistan (PAK), ILO Protocol of 2014 to the Forced Labour Convention: 2016, but the country is not party to ILO Convention 29 (Forced Labour)",
        "editions/2017/conventions.csv:15:1  no-duplicate-country  ARG (Argentina) is listed twice; first at line 2",
        'editions/2017/peacekeeping.yaml:41:5  schema/unrecognized_keys  Unrecognized key: "staff" at peacekeeping.organizations.1',
      ],
    });
    expect(run.stderr).toContain("    hint: ");
    expect(stackLines(run.stderr)).toEqual([]);
  });

  it("still checks the other files' rules when a file breaks the schema, and leaves a broken row's own rules for later", async () => {
    const { root, edition } = tempEditions();
    const csv = join(edition, "conventions.csv");
    edit(join(edition, "edition.yaml"), "published: 2017-06-27", "published: 2017-13-27");
    edit(join(edition, "glossary.yaml"), "  - term: EU\n", "  - term:\n");
    edit(
      csv,
      "CYP,Cyprus,2003,2006,2010,1960,2017,1960,2000,—",
      "CYP,Cyprus,2003,2006,2010,1960,2017,1960,2000,—,2001",
    );
    edit(csv, "CZE,Czechia,", "CZX,Czechia,");
    edit(csv, "POL,Poland,", "ARG,Argentina,");

    const run = await cli(["validate", "--data", "editions/2017"], root);
    expect(run.code).toBe(1);
    expect(reported(run.stderr)).toEqual({
      summary: "5 errors",
      problems: [
        "editions/2017/conventions.csv:4:49  csv/field-count  this row has 11 fields, the header has 10",
        "editions/2017/conventions.csv:5:1  known-country  CZX (Czechia) is not a known country code",
        "editions/2017/conventions.csv:15:1  no-duplicate-country  ARG (Argentina) is listed twice; first at line 2",
        "editions/2017/edition.yaml:10:12  schema/custom  not a real calendar date at published",
        "editions/2017/glossary.yaml:9:10  schema/invalid_type  Invalid input: expected string, received null at glossary.entries.3.term",
      ],
    });
    expect(run.stderr).toContain("    hint: check the month (01–12) and the day (no 30 February, no 31 April)\n");
  });

  it("takes an edition's edition.yaml for its folder, and says so when --data is some other file", async () => {
    const run = await cli(["validate", "--data", "packages/data/editions/2017/edition.yaml"], repoRoot);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^packages\/data\/editions\/2017: edition 2017 is valid/);
    const file = await cli(["validate", "--data", "packages/data/editions/2017/glossary.yaml"], repoRoot);
    expect(file.code).toBe(1);
    expect(file.stderr).toBe(
      "report-gen: --data packages/data/editions/2017/glossary.yaml is a file, not a folder\n  hint: give --data the folder of an edition (it holds edition.yaml)\n",
    );
  });

  it("names a missing edition in one line and lists the ones there", async () => {
    const run = await cli(["validate", "--edition", "1999"], repoRoot);
    expect(run.code).toBe(1);
    // The shipped editions, newest first, whichever they are.
    const shipped = readdirSync(join(repoRoot, "packages/data/editions"))
      .filter((n) => /^\d{4}$/.test(n))
      .sort()
      .reverse();
    expect(shipped).toContain("2017");
    expect(run.stderr).toMatch(
      new RegExp(`^report-gen: no edition 1999 in .*editions\n  hint: editions there: ${shipped.join(", ")}\n$`),
    );
  });

  it("refuses an unknown option with the usage line", async () => {
    const run = await cli(["validate", "--bogus"], repoRoot);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "report-gen: unknown option '--bogus'\nUsage: report-gen validate [--edition YEAR] [--data DIR]\n",
    );
  });

  it("answers an unknown command, --help and --version", async () => {
    expect((await cli(["frobnicate"], repoRoot)).stderr).toBe(
      'report-gen: unknown command "frobnicate"\nRun report-gen --help for the commands.\n',
    );
    const help = await cli(["--help"], repoRoot);
    expect(help.code).toBe(0);
    for (const command of ["validate", "import-table", "generate", "edition", "diff"])
      expect(help.stdout).toContain(`  ${command} `);
    expect((await cli(["generate", "--help"], repoRoot)).stdout).toMatch(/^Usage: report-gen generate /);
    expect((await cli(["--version"], repoRoot)).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
