/**
 * Tagging (packages/pdf-engine/src/tagging.ts) in effect on report-gen's documents: marked, checked,
 * and read back as text the way it is written.
 */
import { renderPdfToBuffer, taggingStats } from "@tip/pdf-engine";
import { execFile } from "node:child_process";
import { pdfText } from "@tip/pdf-engine/pdf-text";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { checkPdf } from "../../check-pdf/check.js";
import { isElement, readPdfFacts, type StructElement, type StructKid } from "../../check-pdf/facts.js";
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

  it("writes every structure element where the cross-reference table says it is", async () => {
    const pdf = await render(
      '<h1>A</h1><p>Words, <a href="https://www.state.gov/">a link</a> and « Curaçao ».</p>' +
        "<table><tr><th>Country</th><th>Year</th></tr><tr><td>Côte d'Ivoire</td><td>2016</td></tr></table>" +
        "<ul><li>one</li><li>two</li></ul>",
    );
    const text = pdf.toString("latin1");
    const table = /\nxref\n0 (\d+)\n0000000000 65535 f \n((?:\d{10} 00000 n \n)+)trailer/.exec(text);
    expect(table).not.toBeNull();
    const offsets = table![2]!
      .trim()
      .split("\n")
      .map((line) => Number(line.slice(0, 10)));
    expect(offsets).toHaveLength(Number(table![1]) - 1);
    const wrong = offsets.flatMap((offset, i) =>
      text.startsWith(`${i + 1} 0 obj\n`, offset)
        ? []
        : [`object ${i + 1} at ${offset}: ${text.slice(offset, offset + 12)}`],
    );
    expect(wrong).toEqual([]);
    // The structure elements are among them, each a whole object ("endobj" after its dictionary).
    const elements = [...text.matchAll(/(\d+) 0 obj\n<<\n\/Type \/StructElem\n[\s\S]*?\n>>\nendobj\n/g)];
    expect(elements.length).toBeGreaterThan(10);
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

  it("writes each contents entry as a TOCI holding a Reference whose Link reads the heading, then its page number, each with its annotation", async () => {
    const file = join(dir, "toc.pdf");
    const markup =
      '<toc title="Contents"/><page-break/><h1>Argentina</h1><p>x</p><page-break/><h1>Brunei</h1><h2>Ratifications</h2>';
    writeFileSync(file, await render(markup));
    expect(await checkPdf(file)).toEqual([]);
    const facts = await readPdfFacts(file);
    const find = (kids: readonly StructKid[], type: string): StructElement | undefined => {
      for (const kid of kids.filter(isElement)) {
        if (kid.type === type) return kid;
        const found = find(kid.kids, type);
        if (found) return found;
      }
      return undefined;
    };
    const toc = find(facts.structure ?? [], "TOC")!;
    const entries = toc.kids.filter(isElement).filter((kid) => kid.type === "TOCI");
    expect(entries).toHaveLength(3);
    for (const entry of entries) {
      // TOCI > Reference > Link, nothing else in between.
      expect(entry.kids.map((kid) => (isElement(kid) ? kid.type : "content"))).toEqual(["Reference"]);
      const reference = entry.kids[0] as StructElement;
      expect(reference.kids.map((kid) => (isElement(kid) ? kid.type : "content"))).toEqual(["Link"]);
      // The words (one sequence), their annotations, then the page number in a sequence of its own and its annotation.
      const shape = (reference.kids[0] as StructElement).kids
        .map((kid) => ("mcid" in kid ? "M" : "objr" in kid ? "O" : "E"))
        .join("");
      expect(shape).toMatch(/^MO+MO$/);
    }
    // Every link annotation on the contents page is in a contents entry.
    const inEntries = entries.flatMap((entry) =>
      ((entry.kids[0] as StructElement).kids[0] as StructElement).kids.flatMap((kid) =>
        "objr" in kid ? [kid.objr] : [],
      ),
    );
    expect(facts.pages[0]!.annots.map((annot) => annot.id).sort()).toEqual([...inEntries].sort());
    // Read back through the structure: each entry's words, then its page, apart.
    const { stdout } = await promisify(execFile)("pdfinfo", ["-struct-text", file]);
    // The TOC's lines: from it to the next element as far in as it (its sibling).
    const [, indent, rest] = /^( *)TOC\n([\s\S]*)$/m.exec(stdout)!;
    const contents = rest!.split(new RegExp(`^${indent}\\S`, "m"))[0]!;
    const read = contents
      .split(/^\s*TOCI$/m)
      .slice(1)
      .map((entry) => [...entry.matchAll(/^\s*"([^"]*)"$/gm)].map((m) => m[1]));
    expect(read).toEqual([
      ["Argentina", "2"],
      ["Brunei", "3"],
      ["Ratifications", "3"],
    ]);
  });
});
