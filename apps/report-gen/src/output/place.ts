import { existsSync, lstatSync, realpathSync, statSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { basename, dirname, join, relative, isAbsolute, resolve } from "node:path";

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
 * `mkdir -p`, one folder at a time from the nearest that exists, so a failure names its true
 * cause: Node's recursive mkdir reports ENOENT on a read-only mount (where creating the folder
 * says EROFS), and never returns under /proc, where the kernel answers ENOENT to every mkdir.
 * A file where the folder should be is ENOTDIR.
 */
export async function makeFolder(path: string): Promise<void> {
  const missing: string[] = [];
  let at = resolve(path);
  while (!existsSync(at) && dirname(at) !== at) {
    missing.push(at);
    at = dirname(at);
  }
  for (const folder of missing.reverse()) {
    try {
      await mkdir(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  if (!statSync(path, { throwIfNoEntry: false })?.isDirectory()) {
    throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${path}'`), {
      code: "ENOTDIR",
      syscall: "mkdir",
      path,
    });
  }
}

/** The PDF engine's package folder (its fonts): read by every render, so never a place to write. */
export function engineDir(): string {
  return dirname(createRequire(import.meta.url).resolve("@tip/pdf-engine/package.json"));
}
