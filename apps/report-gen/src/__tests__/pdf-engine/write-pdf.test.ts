import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { PdfDocumentDefinition } from "../../markup/pdf-content.js";
import { buildDocument } from "../../documents/document.js";
import { renderPdfToBuffer, renderPdfToFile } from "@tip/pdf-engine";

function definition(creationDate: Date): PdfDocumentDefinition {
  const result = buildDocument({
    markup:
      '<toc/><h1>Côte d\'Ivoire</h1><p>Tier 2 <a href="https://www.state.gov/">state.gov</a></p><table class="zebra"><thead><tr><th>A</th></tr></thead><tr><td>1</td></tr></table>',
    markupFile: "t.hbs",
    title: "Brief",
    language: "en-US",
    creationDate,
    header: "Header",
    footer: "Footer",
  });
  if ("errors" in result) throw new Error("markup errors");
  return result.docDefinition;
}

const june27 = new Date("2017-06-27T00:00:00Z");

describe("rendering a PDF", () => {
  it("gives the same bytes for the same inputs, /ID included", async () => {
    const doc = definition(june27);
    const [first, second, fromFreshDefinition] = [
      await renderPdfToBuffer(doc),
      await renderPdfToBuffer(doc),
      await renderPdfToBuffer(definition(june27)),
    ];
    expect(second.equals(first)).toBe(true);
    expect(fromFreshDefinition.equals(first)).toBe(true);
    const id = /\/ID \[<([0-9a-f]+)>/.exec(first.toString("latin1"))?.[1];
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    const otherDay = (await renderPdfToBuffer(definition(new Date("2018-06-28T00:00:00Z")))).toString("latin1");
    expect(otherDay).not.toContain(id);
  });

  it("writes the file atomically, leaving no temporary file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "render-"));
    const path = join(dir, "brief.pdf");
    await renderPdfToFile(definition(june27), path);
    expect(readdirSync(dir)).toEqual(["brief.pdf"]);
    expect(readFileSync(path).equals(await renderPdfToBuffer(definition(june27)))).toBe(true);
  });

  it("leaves an existing file untouched and no temporary file when rendering fails", async () => {
    const dir = mkdtempSync(join(tmpdir(), "render-"));
    const path = join(dir, "brief.pdf");
    writeFileSync(path, "previous edition");
    const broken = { ...definition(june27), defaultStyle: { font: "NoSuchFont" } };
    await expect(renderPdfToFile(broken, path)).rejects.toThrow(/NoSuchFont/);
    expect(readdirSync(dir)).toEqual(["brief.pdf"]);
    expect(readFileSync(path, "utf8")).toBe("previous edition");
  });
});
