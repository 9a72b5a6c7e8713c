import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { lstat, readFile, realpath, rename, rm, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, sep } from "node:path";

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

/** Names in an output folder that belong to report-gen's own bookkeeping (lock, staging). */
export const RESERVED_PREFIX = ".report-gen";

export function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** A manifest entry that is not followed, and why. */
export interface IgnoredEntry {
  readonly path: string;
  readonly reason: string;
}

export type ManifestRead =
  | { readonly kind: "none" }
  /** A manifest.json that report-gen did not write: nothing in the folder is ours to touch. */
  | { readonly kind: "foreign"; readonly reason: string }
  | { readonly kind: "ours"; readonly manifest: Manifest; readonly ignored: readonly IgnoredEntry[] };

/**
 * The manifest in an output folder, read as the untrusted input it is: an entry is followed only
 * when its path is a plain relative path to a PDF that stays inside the folder, symbolic links
 * resolved, and names a regular file or nothing; every other entry is ignored, and said why.
 */
export async function readManifest(dir: string): Promise<ManifestRead> {
  const path = join(dir, MANIFEST_NAME);
  const stat = await lstat(path).catch(() => undefined);
  if (stat === undefined) return { kind: "none" };
  if (!stat.isFile()) return { kind: "foreign", reason: `${MANIFEST_NAME} is not a regular file` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, "utf8"));
  } catch {
    return { kind: "foreign", reason: `${MANIFEST_NAME} is not JSON` };
  }
  const record = parsed as Partial<Manifest> | null;
  if (
    typeof record !== "object" ||
    record === null ||
    typeof record.generator !== "string" ||
    !record.generator.startsWith("@tip/report-gen") ||
    !Array.isArray(record.files)
  ) {
    return { kind: "foreign", reason: `${MANIFEST_NAME} was not written by report-gen` };
  }
  const root = await realpath(dir);
  const files: ManifestFile[] = [];
  const ignored: IgnoredEntry[] = [];
  const seen = new Set<string>();
  for (const entry of record.files as unknown[]) {
    const file = entry as Partial<ManifestFile> | null;
    const entryPath = typeof file?.path === "string" ? file.path : JSON.stringify(file?.path ?? null);
    const reason =
      typeof file !== "object" || file === null || typeof file.path !== "string"
        ? "it has no path"
        : typeof file.sha256 !== "string" || typeof file.inputs !== "string" || typeof file.bytes !== "number"
          ? "it is not a complete entry"
          : seen.has(file.path)
            ? "it is listed twice"
            : (unsafePath(file.path) ?? (await leavesFolder(root, file.path)));
    if (reason !== undefined) ignored.push({ path: entryPath, reason });
    else {
      seen.add(file!.path!);
      files.push(file as ManifestFile);
    }
  }
  return { kind: "ours", manifest: { edition: Number(record.edition), generator: record.generator, files }, ignored };
}

/** Why a manifest path is not one report-gen could have written, or undefined when it is. */
export function unsafePath(path: string): string | undefined {
  if (path === "" || isAbsolute(path) || /^[A-Za-z]:/.test(path) || path.startsWith("/"))
    return "it is not a relative path";
  if (/[\\\u0000-\u001f\u007f]/.test(path)) return "it holds a backslash or a control character";
  const segments = path.split("/");
  if (segments.some((s) => s === "" || s === "." || s === ".."))
    return "it is not a plain path inside the folder (empty, . or .. parts)";
  if (segments[0]!.startsWith(RESERVED_PREFIX) || path === MANIFEST_NAME)
    return "it names report-gen's own bookkeeping";
  if (!path.endsWith(".pdf")) return "report-gen writes only PDFs";
  return undefined;
}

/**
 * Why `path` (already checked by `unsafePath`) leads out of the real folder `root`, or is not a
 * regular file; undefined when it stays inside and names a regular file or nothing yet.
 */
export async function leavesFolder(root: string, path: string): Promise<string | undefined> {
  const segments = path.split("/");
  let at = root;
  for (const [i, segment] of segments.entries()) {
    at = join(at, segment);
    const stat = await lstat(at).catch(() => undefined);
    if (stat === undefined) return undefined; // nothing there yet: it would be created inside
    const last = i === segments.length - 1;
    if (stat.isSymbolicLink()) {
      const target = await realpath(at).catch(() => undefined);
      const inside = target !== undefined && (target === root || target.startsWith(root + sep));
      return inside
        ? `${segments.slice(0, i + 1).join("/")} is a symbolic link`
        : `it leads out of the folder (${segments.slice(0, i + 1).join("/")} is a link to ${target ?? "nothing"})`;
    }
    if (last ? !stat.isFile() : !stat.isDirectory())
      return `${segments.slice(0, i + 1).join("/")} is not a ${last ? "regular file" : "folder"}`;
  }
  const rel = relative(root, join(root, path));
  return rel.startsWith("..") || isAbsolute(rel) ? "it leads out of the folder" : undefined;
}

/** Sorted by path and free of timestamps, so the same output gives the same manifest bytes. */
export async function writeManifest(dir: string, manifest: Manifest): Promise<void> {
  const files = [...manifest.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  // A new file renamed into place: the old one may be a hard link into the published output.
  const path = join(dir, MANIFEST_NAME);
  const temporary = join(dirname(path), `${RESERVED_PREFIX}-manifest-${process.pid}.tmp`);
  try {
    await writeFile(temporary, `${JSON.stringify({ ...manifest, files }, null, 2)}\n`);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    const e = error as NodeJS.ErrnoException;
    if (typeof e.code === "string") Object.assign(e, { syscall: "write", path: path });
    throw error;
  }
}
