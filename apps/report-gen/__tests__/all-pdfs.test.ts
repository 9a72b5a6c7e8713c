// Every PDF we make (the appendix, every brief, the diff PDF): every character is one its embedded
// font can draw (the diff's summaries say "before → after", an arrow Roboto does not have), and no
// page holds only its running header and footer.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, tempEditions } from "./support/in-process-cli.js";
import { replaceIn } from "./support/editions.js";
import { missingGlyphs } from "./support/missing-glyphs.js";
import { pageMargins } from "../src/documents/page-furniture.js";
import { pdfPages, pdfPageSizes } from "./support/pdf.js";
import { pdfLines } from "@tip/pdf-engine/pdf-text";
import { repoRoot } from "./support/run-cli.js";

/**
 * The pages of a PDF that hold nothing but furniture: no printed line inside the page's content
 * box, between the top and bottom margins where the running header and footer stand.
 */
async function furnitureOnlyPages(pdf: Buffer): Promise<number[]> {
  const [, top, , bottom] = pageMargins;
  const sizes = await pdfPageSizes(pdf);
  const lines = await pdfLines(pdf);
  const inside = (page: number) =>
    lines.some((l) => l.page === page && l.yMin >= top && l.yMax <= sizes[page - 1]!.height - bottom);
  return sizes.flatMap((_, i) => (inside(i + 1) ? [] : [i + 1]));
}

describe("every PDF", () => {
  it("draws no missing-glyph box and no page of furniture only, in the appendix, the briefs or the diff PDF", async () => {
    const { root } = tempEditions();
    const generated = await cli(["generate", "--data", "editions/2017", "--out", "out", "--quiet"], root);
    expect(generated.code).toBe(0);
    const pdfs = [
      join(root, "out/2017/appendix.pdf"),
      ...readdirSync(join(root, "out/2017/briefs")).map((f) => join(root, "out/2017/briefs", f)),
    ];

    // A next edition with changed figures and wording, so the diff has "→" in many summaries.
    const next = join(root, "editions/2018");
    await cli(["edition", "new", "2018", "--from", "2017", "--data", "editions"], root);
    replaceIn(join(next, "edition.yaml"), 'published: ""', "published: 2018-06-28");
    const fixture = join(repoRoot, "fixtures/next-edition/convention-table.fixture.tsv");
    expect((await cli(["import-table", fixture, "--data", "editions/2018"], root)).code).toBe(0);
    const diff = await cli(
      ["diff", "2017", "2018", "--data", "editions", "--format", "pdf", "--out", "changes.pdf"],
      root,
    );
    expect(diff.code, diff.stderr).toBe(0);
    pdfs.push(join(root, "changes.pdf"));

    expect(pdfs.filter((f) => missingGlyphs(readFileSync(f)) > 0)).toEqual([]);
    const bare = await Promise.all(pdfs.map(async (f) => ({ f, pages: await furnitureOnlyPages(readFileSync(f)) })));
    expect(bare.filter((b) => b.pages.length > 0)).toEqual([]);
  });

  it("finds a page that holds only its header and footer", async () => {
    const { root, edition } = tempEditions();
    // An edition's own brief template that ends with a page break and an arrow Roboto lacks: its last page shows nothing but furniture.
    mkdirSync(join(edition, "templates"), { recursive: true });
    const shared = readFileSync(join(repoRoot, "apps/report-gen/templates/brief.hbs"), "utf8");
    writeFileSync(join(edition, "templates/brief.hbs"), `${shared}\n<page-break></page-break>\n<p>→</p>\n`);
    const generated = await cli(
      ["generate", "--data", "editions/2017", "--country", "ARG", "--out", "out", "--quiet"],
      root,
    );
    expect(generated.stderr).toBe("");
    const pdf = readFileSync(join(root, "out/2017/briefs/ARG.pdf"));
    const pages = (await pdfPages(pdf, { mode: "raw" })).length;
    expect(pages).toBeGreaterThan(1);
    const bare = await furnitureOnlyPages(pdf);
    expect(bare).toContain(pages);
    expect(bare).not.toContain(1);
  });

  it("counts the boxes a character outside the font draws", async () => {
    const { root, edition } = tempEditions();
    // U+2192 (→) is not in Roboto; the data's own text is refused for it (validate), a template's is drawn as a box.
    mkdirSync(join(edition, "templates"), { recursive: true });
    const shared = readFileSync(join(repoRoot, "apps/report-gen/templates/brief.hbs"), "utf8");
    writeFileSync(join(edition, "templates/brief.hbs"), `${shared}\n<p>→</p>\n`);
    await cli(["generate", "--data", "editions/2017", "--out", "out", "--country", "ARG", "--quiet"], root);
    expect(missingGlyphs(readFileSync(join(root, "out/2017/briefs/ARG.pdf")))).toBeGreaterThan(0);
  });
});
