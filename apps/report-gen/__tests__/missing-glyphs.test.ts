// Every character in every PDF we make is one its embedded font can draw: the appendix, every brief,
// and the diff PDF (whose summaries say "before → after", an arrow Roboto does not have).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, tempEditions } from "./support/in-process-cli.js";
import { replaceIn } from "./support/editions.js";
import { missingGlyphs } from "./support/missing-glyphs.js";
import { repoRoot } from "./support/run-cli.js";

describe("missing glyphs", () => {
  it("draws no missing-glyph box in the appendix, the briefs or the diff PDF", async () => {
    const { root } = tempEditions();
    const generated = await cli(["generate", "--data", "editions/2017", "--out", "out", "--quiet"], root);
    expect(generated.code).toBe(0);
    const pdfs = [join(root, "out/2017/appendix.pdf"), ...readdirSync(join(root, "out/2017/briefs")).map((f) => join(root, "out/2017/briefs", f))];

    // A next edition with changed figures and wording, so the diff has "→" in many summaries.
    const next = join(root, "editions/2018");
    await cli(["edition", "new", "2018", "--from", "2017", "--data", "editions"], root);
    replaceIn(join(next, "edition.yaml"), 'published: ""', "published: 2018-06-28");
    const fixture = join(repoRoot, "fixtures/next-edition/convention-table.fixture.tsv");
    expect((await cli(["import-table", fixture, "--data", "editions/2018"], root)).code).toBe(0);
    const diff = await cli(["diff", "2017", "2018", "--data", "editions", "--format", "pdf", "--out", "changes.pdf"], root);
    expect(diff.code, diff.stderr).toBe(0);
    pdfs.push(join(root, "changes.pdf"));

    expect(pdfs.filter((f) => missingGlyphs(readFileSync(f)) > 0)).toEqual([]);
  });

  it("counts the boxes a character outside the font draws", async () => {
    const { root, edition } = tempEditions();
    // U+2192 (→) is not in Roboto: a brief whose footnote holds one shows it as a box.
    replaceIn(join(edition, "edition.yaml"), "entered into force November 9, 2016", "entered into force → November 9, 2016");
    await cli(["generate", "--data", "editions/2017", "--out", "out", "--country", "ARG", "--quiet"], root);
    expect(missingGlyphs(readFileSync(join(root, "out/2017/briefs/ARG.pdf")))).toBeGreaterThan(0);
  });
});
