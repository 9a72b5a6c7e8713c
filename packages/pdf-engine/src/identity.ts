/**
 * What the engine is, as far as the PDFs it writes can tell: its version and compiled code, the
 * library versions, the patches it installs, the fonts. report-gen hashes it into every document's
 * inputs, so a different engine (an upgrade, patches switched off) re-renders everything.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { robotoFaces } from "./assets.js";
import { installedVersions, type LibraryName } from "./libraries.js";
import { patchPlan } from "./patches.js";

export interface EngineIdentity {
  /** "@tip/pdf-engine 0.1.0", from its package.json. */
  readonly engine: string;
  /** SHA-256 of the engine's compiled modules (those beside this one). */
  readonly code: string;
  readonly libraries: Readonly<Record<LibraryName, string>>;
  /** The patches this thread installs (patchPlan), in registry order. */
  readonly patches: readonly string[];
  /** SHA-256 of each font file, by file name. */
  readonly fonts: Readonly<Record<string, string>>;
}

const here = fileURLToPath(new URL(".", import.meta.url));
const sha256 = (data: Uint8Array | string) => createHash("sha256").update(data).digest("hex");

let code: string | undefined;
let fonts: Record<string, string> | undefined;

function codeHash(): string {
  if (code === undefined) {
    const hash = createHash("sha256");
    const modules = readdirSync(here)
      .filter((name) => /\.[cm]?[jt]s$/.test(name) && !name.endsWith(".d.ts") && !name.includes(".test."))
      .sort();
    for (const name of modules)
      hash
        .update(name)
        .update("\0")
        .update(readFileSync(join(here, name)))
        .update("\0");
    code = hash.digest("hex");
  }
  return code;
}

export function engineIdentity(env: NodeJS.ProcessEnv = process.env): EngineIdentity {
  const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
    name: string;
    version: string;
  };
  return {
    engine: `${manifest.name} ${manifest.version}`,
    code: codeHash(),
    libraries: { ...installedVersions() },
    patches: patchPlan(env).patches.map((patch) => patch.name),
    fonts: (fonts ??= Object.fromEntries(
      Object.values(robotoFaces).map((path) => [basename(path), sha256(readFileSync(path))]),
    )),
  };
}
