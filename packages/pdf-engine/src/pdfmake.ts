// Before pdfkit and fontkit load: what they would load and never use waits until used.
import "./lazy-modules.js";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Readable } from "node:stream";
import { fontFamily, isAssetPath, robotoFaces } from "./assets.js";
import { installLineCounts } from "./composition.js";
import { installFontCache } from "./font-cache.js";
import { installSharedRuns } from "./layout-cache.js";
import { installLayoutCheck } from "./layout-check.js";
import { installLineMerge } from "./line-merge.js";
import { installLongWords } from "./long-words.js";
import { installStreamText } from "./stream-text.js";
import { installArchivalMetadata } from "./archival.js";
import { installStyleLookup } from "./style-lookup.js";
import { installSvgSubset } from "./svg-subset.js";
import { installTagging } from "./tagging.js";

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

const require = createRequire(import.meta.url);
let configured: PdfMake | undefined;

/** pdfmake set up once per process: our fonts (read once), no network, no files outside assets/, fonts parsed once, lean style lookups, charts in our SVG subset drawn directly, content streams joined as text, tagged from the markup's structure, XMP written for PDF/A and PDF/UA. */
export function pdfmake(): PdfMake {
  if (configured) return configured;
  installFontCache(robotoFaces.normal);
  const entry = require.resolve("pdfmake");
  installStyleLookup(entry);
  installSharedRuns(entry);
  installLineMerge(entry);
  installLongWords(entry);
  installLayoutCheck(entry);
  installSvgSubset(entry);
  installLineCounts(entry);
  installStreamText(entry);
  // Last: it wraps what line-merge.ts and svg-subset.ts put in place.
  installTagging(entry);
  installArchivalMetadata(entry);
  const instance = require("pdfmake") as PdfMake;
  instance.addFonts({ [fontFamily]: { ...robotoFaces } });
  // Each document would read every font file from disk again; from pdfmake's virtual file system
  // it gets the same bytes in the same buffer, which font-cache.ts recognizes at once.
  for (const path of Object.values(robotoFaces)) instance.virtualfs.writeFileSync(path, readFileSync(path));
  instance.setUrlAccessPolicy(() => false);
  instance.setLocalAccessPolicy(isAssetPath);
  configured = instance;
  return instance;
}
