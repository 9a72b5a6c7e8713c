import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, tempEditions } from "./support/in-process-cli.js";
import { pdfPages } from "./support/pdf.js";
import { repoRoot } from "./support/run-cli.js";
import { stackFrames as stackLines } from "./support/run-cli.js";

/** The convention table block of the published appendix: its two header rows and 14 countries. */
function publishedTable(): string {
  const source = readFileSync(join(repoRoot, "packages/data/sources/tip-report-2017-appendix.txt"), "utf8").split("\n");
  const start = source.findIndex((l) => l.startsWith("Country\t"));
  const end = source.findIndex((l, i) => i > start && l.trim() === "");
  return source.slice(start, end).join("\n");
}

describe("report-gen import-table", () => {
  it("reads the table as published (TSV) into the edition, which then holds the same table", async () => {
    const { root, edition } = tempEditions();
    const csv = join(edition, "conventions.csv");
    const before = readFileSync(csv, "utf8");
    writeFileSync(join(root, "pasted.tsv"), publishedTable());
    const run = await cli(["import-table", "pasted.tsv", "--data", "editions/2017"], root);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("editions/2017/conventions.csv: 14 countries written\nno change to the table\n");
    expect(readFileSync(csv, "utf8")).toBe(before);
  });

  it("tolerates a byte-order mark and CRLF line ends, and comma-separated tables", async () => {
    const { root } = tempEditions();
    writeFileSync(join(root, "bom.tsv"), `\uFEFF${publishedTable().replace(/\n/g, "\r\n")}\r\n`);
    const csv = publishedTable()
      .split("\n")
      .map((line) =>
        line
          .split("\t")
          .map((f) => (/[",]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f))
          .join(","),
      )
      .join("\n");
    writeFileSync(join(root, "pasted.csv"), csv);
    for (const file of ["bom.tsv", "pasted.csv"]) {
      const run = await cli(["import-table", file, "--data", "editions/2017", "--dry-run"], root);
      expect(run.stderr).toBe("");
      expect(run.stdout).toBe(`${file}: 14 countries read; dry run, nothing written\nno change to the table\n`);
    }
  });

  it("reads the table back from the appendix PDF's first page as pdftotext -layout writes it, and from text with single spaces", async () => {
    const { root } = tempEditions();
    const generated = await cli(
      ["generate", "--data", "editions/2017", "--only", "appendix", "--out", "out", "--quiet"],
      root,
    );
    expect(generated.code).toBe(0);
    // The whole first page: title, introduction, legend, the table, its footnote and the page's footer.
    const [page] = await pdfPages(readFileSync(join(root, "out", "2017", "appendix.pdf")), { mode: "layout" });
    expect(page).toContain("RELEVANT INTERNATIONAL CONVENTIONS");
    expect(page).toMatch(/Page 1 of \d+/);
    writeFileSync(join(root, "layout.txt"), page!);
    writeFileSync(join(root, "spaces.txt"), publishedTable().replaceAll("\t", " "));
    for (const file of ["layout.txt", "spaces.txt"]) {
      const run = await cli(["import-table", file, "--data", "editions/2017", "--dry-run"], root);
      expect(run.stderr).toBe("");
      expect(run.stdout).toBe(`${file}: 14 countries read; dry run, nothing written\nno change to the table\n`);
    }
  });

  it("names each unknown country and bad cell by line and column, and writes nothing", async () => {
    const { root, edition } = tempEditions();
    const before = readFileSync(join(edition, "conventions.csv"), "utf8");
    const lines = publishedTable().split("\n");
    lines[4] = lines[4]!.replace("Cyprus", "Atlantis");
    lines[5] = lines[5]!.replace("2014\t2013", "2014\t20l3");
    writeFileSync(join(root, "pasted.tsv"), lines.join("\n"));
    const run = await cli(["import-table", "pasted.tsv", "--data", "editions/2017"], root);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('pasted.tsv:5:1  import/unknown-country  "Atlantis" is not a known country name\n');
    expect(run.stderr).toMatch(/pasted\.tsv:6:14 {2}import\/notation {2}"20l3" is not in the published notation\n/);
    expect(stackLines(run.stderr)).toEqual([]);
    expect(readFileSync(join(edition, "conventions.csv"), "utf8")).toBe(before);
  });

  it("checks the edition as it would be after the import, pointing rule offenses at the pasted file", async () => {
    const { root, edition } = tempEditions();
    const before = readFileSync(join(edition, "conventions.csv"), "utf8");
    const lines = publishedTable().split("\n");
    // Pakistan ratifies P029 without C29: the row is line 14 of the pasted file, P029 its sixth cell.
    lines[13] = "Pakistan\t—\t2011\t2016\t—\t2016\t1960\t2001\t—";
    writeFileSync(join(root, "pasted.tsv"), lines.join("\n"));
    const run = await cli(["import-table", "pasted.tsv", "--data", "editions/2017"], root);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^pasted\.tsv:14:\d+ {2}requires-prerequisite {2}Pakistan \(PAK\)/m);
    expect(readFileSync(join(edition, "conventions.csv"), "utf8")).toBe(before);
  });

  it("reports a new ratification in a dry run without writing it", async () => {
    const { root, edition } = tempEditions();
    const before = readFileSync(join(edition, "conventions.csv"), "utf8");
    writeFileSync(
      join(root, "pasted.tsv"),
      publishedTable().replace("Pakistan\t—\t2011\t2016\t1957\t—", "Pakistan\t—\t2011\t2016\t1957\t2017"),
    );
    const run = await cli(["import-table", "pasted.tsv", "--data", "editions/2017", "--dry-run"], root);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("pasted.tsv: 14 countries read; dry run, nothing written\n");
    expect(run.stdout).toContain("Pakistan (PAK)");
    expect(run.stdout).toContain("2017");
    expect(readFileSync(join(edition, "conventions.csv"), "utf8")).toBe(before);
  });

  it("asks for the edition and the file", async () => {
    expect((await cli(["import-table", "x.tsv"], repoRoot)).stderr).toMatch(
      /^report-gen: which edition\? give --edition YEAR/,
    );
    expect((await cli(["import-table", "--edition", "2017"], repoRoot)).stderr).toMatch(/^report-gen: which file\?/);
    const missing = await cli(["import-table", "nowhere.tsv", "--edition", "2017"], repoRoot);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(
      "report-gen: cannot read nowhere.tsv (ENOENT)\n  hint: give the path of a text file holding the pasted table\n",
    );
  });
});
