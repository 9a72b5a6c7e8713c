import { randomBytes } from "node:crypto";
import { rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Writes a file whole or not at all: into a temporary file beside it, renamed into place. On any
 * failure (a full disk, say) the temporary file is removed and the earlier file is as it was.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
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
