import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll } from "vitest";
import type { PdfDocumentDefinition } from "../definition.js";
import { robotoFaces } from "../assets.js";
import { setLineMergeEnabled } from "../line-merge.js";

const enginePackage = fileURLToPath(new URL("../../package.json", import.meta.url));

/**
 * Renders plain-JSON definitions with pdfmake as it comes, in a fresh Node process: no font
 * cache, no layout cache, no subset writer, no style lookups of ours, nothing parsed before.
 */
export async function renderWithPlainPdfmake(definitions: readonly PdfDocumentDefinition[]): Promise<Buffer[]> {
  const script = `
    import { createRequire } from "node:module";
    import { readFileSync } from "node:fs";
    const pdfmake = createRequire(process.argv[1])("pdfmake");
    const { fonts, docs } = JSON.parse(readFileSync(0, "utf8"));
    pdfmake.addFonts({ Roboto: fonts });
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy(() => true);
    const out = [];
    for (const doc of docs) {
      doc.info.creationDate = new Date(doc.info.creationDate);
      doc.info.modDate = new Date(doc.info.modDate);
      out.push((await pdfmake.createPdf(doc).getBuffer()).toString("base64"));
    }
    process.stdout.write(out.join(" "));`;
  const child = promisify(execFile)(process.execPath, ["--input-type=module", "-e", script, enginePackage], {
    maxBuffer: 64 << 20,
  });
  child.child.stdin?.end(JSON.stringify({ fonts: robotoFaces, docs: definitions }));
  return (await child).stdout.split(" ").map((pdf) => Buffer.from(pdf, "base64"));
}

/**
 * Renders plain-JSON definitions with the engine as built (dist/), in a fresh Node process with
 * `env` added to this one's, and reports the patches in effect after the last one.
 */
export async function renderWithEngineInFreshProcess(
  definitions: readonly PdfDocumentDefinition[],
  env: NodeJS.ProcessEnv,
): Promise<{ pdfs: Buffer[]; inEffect: string[]; stderr: string }> {
  const script = `
    import { readFileSync } from "node:fs";
    const { patchesInEffect, renderPdfToBuffer } = await import(new URL("dist/index.js", process.argv[1]).href);
    const docs = JSON.parse(readFileSync(0, "utf8"));
    const out = [];
    for (const doc of docs) {
      doc.info.creationDate = new Date(doc.info.creationDate);
      doc.info.modDate = new Date(doc.info.modDate);
      out.push((await renderPdfToBuffer(doc)).toString("base64"));
    }
    process.stdout.write(JSON.stringify({ pdfs: out, inEffect: patchesInEffect() }));`;
  const engineDir = new URL("../../", import.meta.url).href;
  const child = promisify(execFile)(process.execPath, ["--input-type=module", "-e", script, engineDir], {
    maxBuffer: 64 << 20,
    env: { ...process.env, ...env },
  });
  child.child.stdin?.end(JSON.stringify(definitions));
  const { stdout, stderr } = await child;
  const { pdfs, inEffect } = JSON.parse(stdout) as { pdfs: string[]; inEffect: string[] };
  return { pdfs: pdfs.map((pdf) => Buffer.from(pdf, "base64")), inEffect, stderr };
}

/**
 * For a describe block whose renders are compared byte for byte with plain pdfmake's: plain pdfmake
 * draws every word on its own, so ours do too while it runs. Drawing words in runs changes the
 * operators by design; line-merge.test.ts compares it with this, word by word and pixel by pixel.
 */
export function drawWordsOneByOne(): void {
  beforeAll(() => setLineMergeEnabled(false));
  afterAll(() => setLineMergeEnabled(true));
}
