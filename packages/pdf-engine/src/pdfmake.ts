import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Readable } from "node:stream";
import { isMainThread } from "node:worker_threads";
import { fontFamily, isAssetPath, robotoFaces } from "./assets.js";
import { libraryEntries, withPrivateLibraries } from "./libraries.js";
import { installPatches, patchPlan } from "./patches.js";

/** pdfkit's document: a readable PDF stream that is finished by `end()`. */
export type PdfKitDocument = Readable & { end(): void };

interface PdfMakeOutput {
  getBuffer(): Promise<Buffer>;
  getStream(): Promise<PdfKitDocument>;
}

/** The part of pdfmake 0.3's server API we use (js/index.js, js/base.js). */
interface PdfMake {
  readonly virtualfs: { writeFileSync(path: string, content: Buffer): void };
  addFonts(fonts: Record<string, Record<keyof typeof robotoFaces, string>>): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  setLocalAccessPolicy(allow: (path: string) => boolean): void;
  createPdf(docDefinition: object): PdfMakeOutput;
}

let configured: PdfMake | undefined;

/**
 * pdfmake set up once per thread: our fonts (read once), no network, no files outside assets/, and
 * the patches of patches.ts that the installed versions and TIP_PDF_ENGINE_PATCHES allow. When the
 * versions differ from the verified ones the main thread warns once (workers stay quiet).
 */
export function pdfmake(): PdfMake {
  if (configured) return configured;
  const plan = patchPlan();
  if (plan.warning !== undefined && isMainThread) console.warn(plan.warning);
  const entry = libraryEntries().pdfmake;
  // The engine's own pdfmake, pdfkit and fontkit, patched: others who require them get them unpatched.
  const instance = withPrivateLibraries(() => {
    installPatches(plan, robotoFaces.normal);
    return createRequire(entry)(entry) as PdfMake;
  });
  instance.addFonts({ [fontFamily]: { ...robotoFaces } });
  // Each document would read every font file from disk again; from pdfmake's virtual file system
  // it gets the same bytes in the same buffer, which font-cache.ts recognizes at once.
  for (const path of Object.values(robotoFaces)) instance.virtualfs.writeFileSync(path, readFileSync(path));
  instance.setUrlAccessPolicy(() => false);
  instance.setLocalAccessPolicy(isAssetPath);
  configured = instance;
  return instance;
}
