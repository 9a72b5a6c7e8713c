import { existsSync, lstatSync, realpathSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { basename, dirname, join, relative, isAbsolute } from "node:path";

/** Where `path` really is, symbolic links resolved; a part that does not exist yet is kept as given. */
export function realPathOf(path: string): string {
  const missing: string[] = [];
  for (let at = path; ; at = dirname(at)) {
    try {
      return join(realpathSync(at), ...missing.reverse());
    } catch {
      if (dirname(at) === at) return path;
      missing.push(basename(at));
    }
  }
}

/** Whether `path` is `folder` or lies inside it (both real paths). */
export function isWithin(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

/** The first of `names` present in `dir`, or undefined. */
export function firstPresent(dir: string, names: readonly string[]): string | undefined {
  return names.find((name) => existsSync(join(dir, name)));
}

/** The real path of a file about to be written: a symbolic link at `path` is followed, so its target is what would change. */
export function writtenPath(path: string): string {
  const stat = lstatSync(path, { throwIfNoEntry: false });
  return stat?.isSymbolicLink() ? realPathOf(path) : join(realPathOf(dirname(path)), basename(path));
}

/**
 * `mkdir -p`, with the true cause when it fails: on a read-only mount Node's recursive mkdir
 * reports ENOENT; creating the first missing folder on its own reports EROFS (or EACCES).
 */
export async function makeFolder(path: string): Promise<void> {
  try {
    await mkdir(path, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    let missing = path;
    while (!existsSync(dirname(missing)) && dirname(missing) !== missing) missing = dirname(missing);
    await mkdir(missing); // throws the cause
    throw error;
  }
}

/** The PDF engine's package folder (its fonts): read by every render, so never a place to write. */
export function engineDir(): string {
  return dirname(createRequire(import.meta.url).resolve("@tip/pdf-engine/package.json"));
}
