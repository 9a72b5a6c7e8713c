/**
 * check-pdf proven by the mistakes it catches: a small tagged document the engine writes passes,
 * and each way of breaking it (break_pdf.py, with pikepdf) fails exactly the rules that say so.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDocument } from "../documents/document.js";
import { renderPdfToBuffer } from "@tip/pdf-engine";
import { checkPdf, PDF_RULES, UnreadablePdf } from "./check.js";

const run = promisify(execFile);
const breaker = fileURLToPath(new URL("./__tests__/break_pdf.py", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "check-pdf-"));
const good = join(dir, "good.pdf");

const markup = `<toc/><section title="Part"><h1>Côte d'Ivoire &amp; friends</h1>
<p>Text with <a href="https://www.state.gov/">a link</a>.</p>
<h2>Lists and tables</h2><ul><li>One</li><li>Two</li></ul>
<table><thead><tr><th>Instrument</th><th>Year</th></tr></thead><tr><td>Palermo</td><td>2002</td></tr></table>
<chart ref="c"/></section>`;

beforeAll(async () => {
  const built = buildDocument({
    markup,
    markupFile: "check.hbs",
    charts: {
      c: {
        svg: '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect x="0" y="0" width="20" height="20" fill="#1f3a5f"/></svg>',
        alt: "One square",
      },
    },
    title: "Check & see",
    language: "en-US",
    creationDate: new Date("2017-06-27T00:00:00Z"),
    header: "Header",
    footer: "Footer",
    attachments: [{ name: "data.json", description: "The data", json: '{"a":1}\n' }],
  });
  if ("errors" in built) throw new Error(JSON.stringify(built.errors));
  writeFileSync(good, await renderPdfToBuffer(built.docDefinition));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function broken(mistake: string): Promise<string[]> {
  const file = join(dir, `${mistake}.pdf`);
  await run("/usr/bin/python3", [breaker, good, file, mistake]);
  return [...new Set((await checkPdf(file)).map((failure) => failure.rule))].sort();
}

describe("check-pdf", () => {
  it("passes what the engine writes: tagged, PDF/UA-1 and PDF/A-3a as far as a program can tell", async () => {
    expect(await checkPdf(good)).toEqual([]);
  });

  it.each([
    ["no-markinfo", ["marked"]],
    ["suspects", ["suspects"]],
    ["no-lang", ["language"]],
    ["display-title-false", ["display-title"]],
    ["no-xmp", ["xmp"]],
    ["xmp-bare-ampersand", ["xmp"]],
    ["no-pdfuaid", ["pdfua-identification"]],
    ["no-pdfaid", ["pdfa-identification"]],
    ["info-title-differs", ["metadata-consistent"]],
    ["pdf-1.4", ["pdf-version"]],
    ["encrypted", ["not-encrypted"]],
    ["no-output-intent", ["output-intent"]],
    ["document-not-top", ["document-element"]],
    ["nonstandard-type", ["standard-types"]],
    ["heading-skipped", ["headings"]],
    ["th-without-scope", ["header-scope"]],
    ["table-row-outside-table", ["table-structure"]],
    ["list-item-outside-list", ["list-structure"]],
    ["toc-entry-without-reference", ["toc-structure"]],
    ["figure-without-alt", ["figure-alternative"]],
    ["figure-without-bbox", ["figure-bbox"]],
    ["untagged-content", ["untagged-content"]],
    ["artifact-in-tagged", ["artifact-nesting", "parent-tree"]],
    ["unbalanced-marked-content", ["marked-content-balanced"]],
    ["no-struct-parents", ["parent-tree"]],
    ["link-without-contents", ["link-description"]],
    ["link-without-struct-parent", ["link-in-structure"]],
    ["no-tabs", ["tab-order"]],
    ["font-without-tounicode", ["unicode-mapping"]],
    ["font-not-embedded", ["fonts-embedded"]],
    ["embedded-file-without-relationship", ["embedded-files"]],
  ])("catches %s", async (mistake, rules) => {
    expect(await broken(mistake)).toEqual(rules);
  });

  it("has a test above for every rule", () => {
    const tested = new Set([
      "marked",
      "suspects",
      "language",
      "display-title",
      "xmp",
      "pdfua-identification",
      "pdfa-identification",
      "metadata-consistent",
      "pdf-version",
      "not-encrypted",
      "output-intent",
      "document-element",
      "standard-types",
      "headings",
      "header-scope",
      "table-structure",
      "list-structure",
      "toc-structure",
      "figure-alternative",
      "figure-bbox",
      "untagged-content",
      "artifact-nesting",
      "marked-content-balanced",
      "parent-tree",
      "link-description",
      "link-in-structure",
      "tab-order",
      "unicode-mapping",
      "fonts-embedded",
      "embedded-files",
    ]);
    // Not broken above: annotations other than links (our documents have none).
    expect(PDF_RULES.map((rule) => rule.id).filter((id) => !tested.has(id))).toEqual(["other-annotations"]);
  });

  it("is documented rule by rule, with the Matterhorn conditions each covers, in the docs' accessibility guide", () => {
    const guide = readFileSync(new URL("../../../docs/guide/accessible-pdfs.md", import.meta.url), "utf8");
    const rows = new Map([...guide.matchAll(/^\| `([a-z-]+)` \| ([^|]+) \|/gm)].map((m) => [m[1]!, m[2]!]));
    const undocumented = PDF_RULES.filter(
      (rule) => !rows.has(rule.id) || rule.matterhorn.some((id) => !rows.get(rule.id)!.includes(id)),
    ).map((rule) => rule.id);
    expect(undocumented).toEqual([]);
    expect([...rows.keys()].filter((id) => !PDF_RULES.some((rule) => rule.id === id))).toEqual([]);
  });

  it("says in one line that a file is not a PDF", async () => {
    const text = join(dir, "notes.pdf");
    writeFileSync(text, "just some text\n");
    await expect(checkPdf(text)).rejects.toThrow(UnreadablePdf);
    await expect(checkPdf(text)).rejects.toThrow(/^not a readable PDF \(.+\)$/);
  });
});
