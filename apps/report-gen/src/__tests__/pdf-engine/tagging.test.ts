/**
 * Tagging (packages/pdf-engine/src/tagging.ts) in effect on report-gen's documents: marked, checked,
 * and read back as text the way it is written.
 */
import { renderPdfToBuffer, taggingStats } from "@tip/pdf-engine";
import { pdfText } from "@tip/pdf-engine/pdf-text";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkPdf } from "../../check-pdf/check.js";
import { buildDocument } from "../../documents/document.js";

const dir = mkdtempSync(join(tmpdir(), "tagging-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function render(markup: string, tagged = true): Promise<Buffer> {
  const built = buildDocument({
    markup,
    markupFile: "t.hbs",
    title: "T",
    language: "en-US",
    creationDate: new Date("2017-06-27T00:00:00Z"),
    tagged,
  });
  if ("errors" in built) throw new Error(JSON.stringify(built.errors));
  return renderPdfToBuffer(built.docDefinition);
}

// A column narrow enough that "E-learning" breaks after its hyphen.
const broken = (width: number) =>
  `<h1>A</h1><table widths="${width},*"><tr><td>a new E-learning program</td><td>x</td></tr></table>`;

describe("tagging", () => {
  it("is in effect: a tagged document passes check-pdf and counts as tagged", async () => {
    const before = taggingStats().documents;
    const file = join(dir, "t.pdf");
    writeFileSync(file, await render('<h1>A</h1><p>Words and <a href="https://www.state.gov/">a link</a>.</p>'));
    expect(taggingStats().documents).toBe(before + 1);
    expect(await checkPdf(file)).toEqual([]);
  });

  it("reads a word broken after its hyphen back whole (ActualText), where an untagged PDF loses the hyphen", async () => {
    const untagged = (await pdfText(await render(broken(48), false))).replace(/\s+/g, " ");
    // The break is where the test wants it: poppler joins the halves and drops the hyphen.
    expect(untagged).toContain("a new Elearning");
    const file = join(dir, "hyphen.pdf");
    writeFileSync(file, await render(broken(48)));
    const tagged = await render(broken(48));
    // In content order (-raw) the text is exactly as written; in reading order the word is whole too.
    expect((await pdfText(tagged, { mode: "raw" })).replace(/\s+/g, " ")).toContain("A a new E-learning program x");
    expect(await pdfText(tagged)).toContain("a new E-learning");
    expect(await pdfText(tagged)).not.toContain("Elearning");
    expect(await checkPdf(file)).toEqual([]);
  });
});
