import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { PdfDocumentDefinition } from "../../markup/pdf-content.js";
import { robotoFaces } from "../assets.js";

const appPackage = fileURLToPath(new URL("../../../package.json", import.meta.url));

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
  const child = promisify(execFile)(process.execPath, ["--input-type=module", "-e", script, appPackage], { maxBuffer: 64 << 20 });
  child.child.stdin?.end(JSON.stringify({ fonts: robotoFaces, docs: definitions }));
  return (await child).stdout.split(" ").map((pdf) => Buffer.from(pdf, "base64"));
}
