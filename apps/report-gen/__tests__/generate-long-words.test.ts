/**
 * Long unbroken words (issue 13, case 5): a word too long for its column breaks inside itself
 * (after / _ - . ? & = where it can, else anywhere), with nothing added to the text read back;
 * every column keeps its share of the width; and content that still cannot be placed inside a
 * page's printable area fails `generate` with its location, writing nothing. Each edition is a
 * copy of 2017 with one hostile value edited in.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pageMargins } from "../src/documents/page-furniture.js";
import type { PdfWord } from "@tip/pdf-engine/pdf-text";
import { appendTo, replaceIn } from "./support/editions.js";
import { cli, tempEditions } from "./support/in-process-cli.js";
import { missingFrom, pdfPageSizes, pdfWords, rawPages, readsBackWhole } from "./support/pdf.js";

const [left, , right] = pageMargins;

/** A word of `length` letters that no dictionary breaks: "Abcdefghij…" repeated. */
const longWord = (length: number, seed = "Abcdefghijklmnopqrstuvwxyz"): string =>
  Array.from({ length }, (_, i) => seed[i % seed.length]).join("");

interface Generated {
  readonly text: string;
  /** Whether `token` reads back whole from the lines it was broken over (their words at its column's left edge, in order). */
  readsBack(token: string): boolean;
  readonly pages: number;
  /** Words drawn outside the printable width of their page, or off the page. */
  readonly outside: string[];
}

async function generateAppendix(edit: (edition: string) => void): Promise<Generated> {
  const { root, edition } = tempEditions();
  edit(edition);
  const run = await cli(["generate", "--data", "editions/2017", "--out", "out", "--only", "appendix"], root);
  expect(run, run.stderr).toMatchObject({ code: 0, stderr: "" });
  const pdf = readFileSync(join(root, "out", "2017", "appendix.pdf"));
  const sizes = await pdfPageSizes(pdf);
  const words = await pdfWords(pdf);
  const outside = words
    .filter((word) => !inside(word, sizes[word.page - 1]!))
    .map((w) => `page ${w.page}: ${w.text.slice(0, 30)}`);
  // Running header and footer lines left out, so a row printed over pages reads on unbroken.
  const pages = (await rawPages(pdf)).map((page) =>
    page
      .split("\n")
      .filter((line) => !/^2017 Trafficking in Persons Report · |^Page \d+ of \d+$/.test(line))
      .join("\n"),
  );
  const readsBack = (token: string): boolean => readsBackWhole(words, token);
  return { text: pages.join("\n"), pages: sizes.length, outside, readsBack };
}

const inside = (word: PdfWord, page: { width: number; height: number }): boolean =>
  word.xMin >= left - 0.5 && word.xMax <= page.width - right + 0.5 && word.yMin >= 0 && word.yMax <= page.height;

const shipped = (file: string): string => readFileSync(join(tempEditions().edition, file), "utf8");
const staffNames = shipped("staff.txt")
  .split("\n")
  .slice(1)
  .map((n) => n.trim())
  .filter(Boolean);
const headings = [...shipped("edition.yaml").matchAll(/^ {6}heading: (.+)$/gm)].map((m) => m[1]!);

describe("generate: a long word breaks inside its column, and nothing leaves the page", () => {
  it("an 80-letter word in a convention column heading: all eight columns stay on page 1", async () => {
    const word = longWord(80);
    const { text, outside, readsBack } = await generateAppendix((e) =>
      replaceIn(join(e, "edition.yaml"), "heading: ILO Convention 29, Forced Labour", `heading: ${word}`),
    );
    expect(readsBack(word)).toBe(true);
    expect(headings).toHaveLength(8);
    const page1 = text.split("\f")[0] ?? text;
    expect(missingFrom(page1, [word, ...headings.filter((h) => !h.startsWith("ILO Convention 29"))])).toEqual([]);
    expect(outside).toEqual([]);
  });

  it("a 5,000-character staff name: every other name is still printed, inside the page", async () => {
    const name = longWord(5000);
    const { text, outside, readsBack } = await generateAppendix((e) => appendTo(join(e, "staff.txt"), `${name}\n`));
    expect(staffNames.length).toBeGreaterThan(50);
    expect(missingFrom(text, staffNames)).toEqual([]);
    expect(readsBack(name)).toBe(true);
    expect(outside).toEqual([]);
  });

  it("a 120-character URL-like token with underscores in a framework title: the Framework and Focal-point columns stay", async () => {
    const token = `http://www.example.org/documents/${longWord(87, "Case_Digest_Evidential_")}`.slice(0, 120);
    const { text, outside } = await generateAppendix((e) =>
      replaceIn(
        join(e, "organizations.yaml"),
        "title: AU Commission Initiative against Trafficking Campaign (AU.COMMIT)",
        `title: AU Commission ${token} (AU.COMMIT)`,
      ),
    );
    expect(token).toHaveLength(120);
    expect(
      missingFrom(text, [token, "FRAMEWORK DOCUMENT RELEVANT TO TIP", "TIP FOCAL POINT", "Ouagadougou Action Plan"]),
    ).toEqual([]);
    expect(outside).toEqual([]);
  });

  it("a long token breaks at / _ - . ? & = before it breaks anywhere, and reads back whole", async () => {
    const token = `https://www.unodc.org/documents/human-trafficking/2017/${"Case_Digest_Evidential_Issues_in_Trafficking".repeat(3)}.pdf?x=1&y=2`;
    const { text, outside } = await generateAppendix((e) =>
      appendTo(join(e, "glossary.yaml"), `  - term: URL\n    definition: ${token}\n`),
    );
    expect(outside).toEqual([]);
    const lines = text.split("\n");
    const at = lines.findIndex(
      (l) => l.endsWith("https://www.unodc.org/documents/human-trafficking/2017/") || l.includes("URL https://"),
    );
    expect(at).toBeGreaterThanOrEqual(0);
    // The token reads back with no hyphen or space added: its lines joined are the token.
    const joined = lines
      .slice(at, at + 8)
      .join("")
      .replace(/^URL ?/, "");
    expect(joined.startsWith(token)).toBe(true);
    // Each break is at a mark (after one, or before one): nothing was cut mid-word while a mark fitted.
    const pieces = lines
      .slice(at, at + 8)
      .map((l) => l.replace(/^URL ?/, ""))
      .filter((l) => token.includes(l) && l.length > 0);
    expect(pieces.length).toBeGreaterThan(1);
    pieces
      .slice(1)
      .forEach((piece, i) => expect(`${pieces[i]!.slice(-1)}|${piece[0]}`).toMatch(/[/_\-.?&=]\||\|[/_\-.?&=]/));
  });

  it("a 5,000-character organization name: the organization and its neighbours' columns are all printed", async () => {
    const name = longWord(5000);
    const { text, outside, readsBack } = await generateAppendix((e) =>
      replaceIn(join(e, "organizations.yaml"), "name: Commonwealth of Independent States", `name: ${name}`),
    );
    expect(readsBack(name)).toBe(true);
    expect(
      missingFrom(text, ["FRAMEWORK DOCUMENT RELEVANT TO TIP", "TIP FOCAL POINT", "Council of the Baltic Sea States"]),
    ).toEqual([]);
    expect(outside).toEqual([]);
  });

  it("a 5,000-character glossary term: the row is printed, with every other term", async () => {
    const term = longWord(5000);
    const { text, outside, readsBack } = await generateAppendix((e) =>
      replaceIn(join(e, "glossary.yaml"), "term: ECCAS", `term: ${term}`),
    );
    expect(readsBack(term)).toBe(true);
    expect(missingFrom(text, ["Economic Community of Central African States", "ECOWAS", "UN WOMEN"])).toEqual([]);
    expect(outside).toEqual([]);
  });

  it("a 138 KB glossary definition: the row is printed over pages, with the rows after it", async () => {
    const definition = Array.from({ length: 1800 }, (_, i) => `Definition ${i} of a long glossary entry,`)
      .join(" ")
      .slice(0, 138_000);
    const { text, outside } = await generateAppendix((e) =>
      replaceIn(join(e, "glossary.yaml"), "definition: European Police Office", `definition: ${definition}`),
    );
    expect(missingFrom(text, [definition.slice(0, 2000), definition.slice(-2000), "EUROPOL", "UN WOMEN"])).toEqual([]);
    expect(outside).toEqual([]);
  });
});

describe("generate: content that cannot be placed is an error with its location, and nothing is written", () => {
  it("a column wider than the page fails with the text's location in the data, exit 1", async () => {
    const { root, edition } = tempEditions();
    // The glossary's term column made wider than the page: its definitions would be drawn past its edge.
    const templates = join(edition, "templates");
    const source = readFileSync(new URL("../templates/appendix.hbs", import.meta.url), "utf8");
    const { mkdirSync, writeFileSync } = await import("node:fs");
    mkdirSync(templates);
    writeFileSync(join(templates, "appendix.hbs"), source.replace('widths="150,*"', 'widths="700,*"'));
    const run = await cli(["generate", "--data", "editions/2017", "--out", "out", "--only", "appendix"], root);
    expect(run.code).toBe(1);
    // Each definition past the edge, where the data writes it (EUROPOL's, for one), printed by the edition's template.
    expect(run.stderr).toMatch(
      /^editions\/2017\/glossary\.yaml:12:17 +layout\/outside-page +text "European Police Office" on page \d+ of appendix\.pdf runs [\d.]+ pt outside the printable area/m,
    );
    expect(run.stderr).toMatch(/printed by 2017\/templates\/appendix\.hbs/);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(join(root, "out", "2017", "appendix.pdf"))).toBe(false);
  });
});
