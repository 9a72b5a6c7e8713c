import { randomBytes } from "node:crypto";
import { statSync } from "node:fs";
import { rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Whether `path` (a link followed) is there and neither a regular file nor a folder: a device
 * such as /dev/null or /dev/stdout, a named pipe another program reads, a socket. Such a file is
 * written into, never replaced: a rename over it would put a regular file in its place.
 */
export function isSpecialFile(path: string): boolean {
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat !== undefined && !stat.isFile() && !stat.isDirectory();
}

/**
 * Writes a file whole or not at all: into a temporary file beside it, renamed into place. On any
 * failure (a full disk, say) the temporary file is removed and the earlier file is as it was.
 * A device or named pipe at `path` (isSpecialFile) is written into directly instead.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  if (isSpecialFile(path)) {
    try {
      await writeFile(path, data);
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      if (typeof e.code === "string") Object.assign(e, { syscall: "write", path: path });
      throw error;
    }
    return;
  }
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(temporary, data, { flag: "wx" });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    const e = error as NodeJS.ErrnoException;
    if (typeof e.code === "string") Object.assign(e, { syscall: "write", path: path }); // the file asked for, not the temporary one
    throw error;
  }
}
