/**
 * Values reach the PDF exactly as in the data: apostrophes, quotes, ampersands, backslashes,
 * markup-like text, line breaks and non-Latin letters print as themselves, never as an HTML
 * entity or as markup. The edition is a temp copy of 2017 with such values edited in.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendTo, copyEdition, replaceIn, tempRoot } from "./support/editions.js";
import { pdfInfo, rawPages, readPdf } from "./support/pdf.js";
import { runCli } from "./support/run-cli.js";

const root = tempRoot("escaping");
const out = join(root.dir, "out", "2017");

/** What Handlebars would have left behind had a value been escaped and not decoded again. */
const ENTITIES = /&(?:amp|quot|lt|gt|apos|#x?[0-9a-f]+);/i;

let appendix: string;
let brief: string;
let briefInfo: Record<string, string>;

beforeAll(async () => {
  const edition = copyEdition(join(root.dir, "edition"));
  // Côte d'Ivoire joins the table; it is listed because it ratified P029 in 2016, inside the reporting period.
  replaceIn(
    join(edition, "conventions.csv"),
    "BRN,Brunei,—,2006(a),2016(a),—,—,—,2008,—\n",
    "BRN,Brunei,—,2006(a),2016(a),—,—,—,2008,—\nCIV,Côte d'Ivoire,2012(a),2011,2012,1960,2016,1961,2003,—\n",
  );
  appendTo(
    join(edition, "glossary.yaml"),
    [
      "  - term: Q&A <test>",
      '    definition: He said "x" & \\ back',
      "  - term: MARKUP",
      "    definition: '<em>not emphasis</em> </p> {{x}} `tick` a = b'",
      "  - term: LINES",
      "    definition: |",
      "      Türkiye and Curaçao",
      "      second line: 'quoted'",
      "",
    ].join("\n"),
  );
  // A block scalar in a table cell: the line break is the editor's.
  replaceIn(
    join(edition, "peacekeeping.yaml"),
    '    newInitiatives: ""\n    links:\n      - http://www.osce.org/what/trafficking',
    '    newInitiatives: |-\n      Training in Türkiye & Curaçao: "Do no harm"\n      Next line \\ done\n    links:\n      - http://www.osce.org/what/trafficking',
  );
  appendTo(join(edition, "staff.txt"), "Ayşe D'Souza-Øberg\n");

  const run = await runCli(["generate", "--data", "edition", "--out", "out"], { cwd: root.dir });
  expect(run, run.stderr).toMatchObject({ code: 0, stderr: "" });
  expect(run.stdout).toMatch(/^out\/2017: 16 documents written/);
  appendix = (await rawPages(readPdf(join(out, "appendix.pdf")))).join("\n");
  const civ = readPdf(join(out, "briefs", "CIV.pdf"));
  brief = (await rawPages(civ)).join("\n");
  briefInfo = await pdfInfo(civ);
});

afterAll(() => root.remove());

describe("generate: values print exactly as in the data", () => {
  it("prints Côte d'Ivoire with its apostrophe in the convention table", () => {
    expect(appendix.split("\n")).toContain("Côte d'Ivoire 2012(a) 2011 2012 1960 2016 1961 2003 —");
  });

  it("titles Côte d'Ivoire's brief, its summary and its PDF metadata with the apostrophe", () => {
    const lines = brief.split("\n");
    expect(lines[0]).toBe("Côte d'Ivoire");
    expect(brief.replace(/\s+/g, " ")).toContain(
      "Côte d'Ivoire is a party to 7 of the 8 instruments in the 2017 table",
    );
    expect(brief.replace(/\s+/g, " ")).toContain("Within the reporting period it ratified P029 (2016).");
    expect(briefInfo["Title"]).toBe(
      "Côte d'Ivoire: Relevant International Conventions (2017 Trafficking in Persons Report)",
    );
  });

  it('prints quotes, an ampersand and a backslash: He said "x" & \\ back', () => {
    expect(appendix.split("\n")).toContain('Q&A <test> He said "x" & \\ back');
  });

  it("prints text that looks like markup or a template as text", () => {
    expect(appendix.split("\n")).toContain("MARKUP <em>not emphasis</em> </p> {{x}} `tick` a = b");
  });

  it("keeps a line break written in a YAML block scalar, and the letters of Türkiye and Curaçao", () => {
    expect(appendix).toContain("LINES Türkiye and Curaçao\nsecond line: 'quoted'\n");
    expect(appendix).toContain('Training in Türkiye & Curaçao: "Do no harm"\nNext line \\ done');
  });

  it("prints a staff name with non-Latin letters, an apostrophe and a hyphen on its own line", () => {
    expect(appendix.split("\n")).toContain("Ayşe D'Souza-Øberg");
  });

  it("leaves no HTML entity in any text", () => {
    expect(appendix.split("\n").filter((line) => ENTITIES.test(line))).toEqual([]);
    expect(brief.split("\n").filter((line) => ENTITIES.test(line))).toEqual([]);
  });
});
