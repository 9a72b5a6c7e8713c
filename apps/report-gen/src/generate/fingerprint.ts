import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { engineIdentity, type EngineIdentity } from "@tip/pdf-engine";
import type { DocumentJob } from "../documents/jobs.js";
import { findPartials, readTemplateFile, resolveTemplate } from "../templates/loader.js";

const appDir = fileURLToPath(new URL("../../", import.meta.url));

function hashTree(
  hash: ReturnType<typeof createHash>,
  root: string,
  filter: (name: string) => boolean,
  skip: readonly string[] = [],
): void {
  if (!existsSync(root)) return;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (!skip.includes(relative(root, path))) walk(path);
      } else if (filter(name)) hash.update(relative(root, path)).update("\0").update(readFileSync(path)).update("\0");
    }
  };
  walk(root);
}

/**
 * The hash of a built app's code (`dist`): every compiled module but the tests, by path and content,
 * in a fixed order; dist/bundle/ is built from the rest of dist/ (scripts/bundle.mjs), so hashed already.
 */
export function codeHashOf(dist: string): string {
  const hash = createHash("sha256");
  hashTree(hash, dist, (n) => n.endsWith(".js") && !n.includes(".test."), ["bundle"]);
  return hash.digest("hex");
}

/** The code hash of each app folder, computed once per process. */
const codeHashes = new Map<string, string>();

/**
 * The generator itself: its compiled code (`app`'s dist/, this app's unless a test names another)
 * and the PDF engine's identity (its version and code, the pdfmake, pdfkit and fontkit versions, the
 * patches it installs, the fonts). A change to any re-renders everything: an upgraded pdfkit, or
 * patches switched off, included; a file outside dist/ (the launcher, the sources, a test) does not.
 */
export function generatorFingerprint(engine: EngineIdentity = engineIdentity(), app: string = appDir): string {
  const codeHash = codeHashes.get(app) ?? codeHashOf(join(app, "dist"));
  codeHashes.set(app, codeHash);
  return createHash("sha256").update(codeHash).update("\0").update(JSON.stringify(engine)).digest("hex");
}

/**
 * The template a document renders and every partial it may call, as they resolve through its
 * folders: editing brief.hbs re-renders the briefs and leaves the appendix alone.
 */
/** A template's text, or why it may not be read: rendering reports that (template/file). */
function textOf(file: string, dirs: readonly string[]): string {
  try {
    return readTemplateFile(file, dirs);
  } catch (error) {
    return `unreadable: ${(error as Error).message}`;
  }
}

export function templatesFingerprint(template: string, dirs: readonly string[]): string {
  const hash = createHash("sha256");
  const file = resolveTemplate(template, dirs);
  hash
    .update(template)
    .update("\0")
    .update(file === undefined ? "" : textOf(file, dirs))
    .update("\0");
  for (const [name, partial] of findPartials(dirs))
    hash.update(name).update("\0").update(textOf(partial, dirs)).update("\0");
  return hash.digest("hex");
}

/**
 * A hash of everything a document is made from: the data it reads (its view model), its
 * charts, metadata and date, the templates, the fonts and the generator's code.
 * The template folders count only through the files they resolve to (`templates`).
 */
export function jobFingerprint(job: DocumentJob, templates: string, generator: string): string {
  const { dirs: _resolvedInTemplates, ...made } = job;
  return createHash("sha256").update(generator).update(templates).update(JSON.stringify(made)).digest("hex");
}
