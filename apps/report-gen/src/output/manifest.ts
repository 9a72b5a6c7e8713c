import { createHash } from "node:crypto";
import { createReadStream, existsSync } from "node:fs";
import { readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";

export interface ManifestFile {
  /** Relative to the edition's output folder, with forward slashes. */
  readonly path: string;
  readonly kind: "appendix" | "brief" | "diff";
  readonly country?: string;
  readonly sha256: string;
  readonly bytes: number;
  /** Hash of everything the document was made from: its view model, templates, fonts, generator version. */
  readonly inputs: string;
}

export interface Manifest {
  readonly edition: number;
  readonly generator: string;
  readonly files: readonly ManifestFile[];
}

export const MANIFEST_NAME = "manifest.json";

export function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** The manifest in a folder, or undefined when there is none or it cannot be read. */
export async function readManifest(dir: string): Promise<Manifest | undefined> {
  const path = join(dir, MANIFEST_NAME);
  if (!existsSync(path)) return undefined;
  try {
    const parsed = JSON.parse(await readFile(path, "utf8")) as Manifest;
    return Array.isArray(parsed.files) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Sorted by path and free of timestamps, so the same output gives the same manifest bytes. */
export async function writeManifest(dir: string, manifest: Manifest): Promise<void> {
  const files = [...manifest.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  // A new file renamed into place: the old one may be a hard link into the published output.
  const path = join(dir, MANIFEST_NAME);
  await writeFile(`${path}.tmp`, `${JSON.stringify({ ...manifest, files }, null, 2)}\n`);
  await rename(`${path}.tmp`, path);
}
