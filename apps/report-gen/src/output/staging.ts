import { randomBytes } from "node:crypto";
import { lstat, mkdir, readdir, realpath, rename, rm, rmdir } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { lockFolder, isAlive, type LockOptions } from "./lock.js";
import { makeFolder } from "./place.js";
import { leavesFolder, RESERVED_PREFIX, sha256File, writeManifest, type ManifestFile } from "./manifest.js";

/**
 * An edition's output folder, held for one run: locked against other runs, with a hidden staging
 * folder inside it for the documents being rendered. Only files the manifest lists are ever
 * replaced or removed; anything else in the folder stays as it is.
 */
export interface OutputFolder {
  /** The folder, symbolic links resolved. */
  readonly dir: string;
  /** Where to write documents: mirrors the folder's layout. */
  readonly staging: string;
  /**
   * Moves the staged documents `rendered` into place, removes the documents `removed` (files the
   * last manifest listed, left only when their bytes are still the ones written), and writes the
   * manifest `files`. The new documents are claimed in the manifest before they are moved, so an
   * interrupted publish leaves nothing that is not listed.
   */
  publish(
    edition: number,
    generator: string,
    files: readonly ManifestFile[],
    rendered: readonly string[],
    removed: readonly ManifestFile[],
  ): Promise<void>;
  /** Removes the staging folder and releases the lock; removes the folder too if this run created it and it is empty. */
  close(): Promise<void>;
}

const STAGING = `${RESERVED_PREFIX}-staging-`;

export async function openOutputFolder(target: string, options: LockOptions = {}): Promise<OutputFolder> {
  await restoreLegacy(target);
  const existed = await lstat(target).then(
    () => true,
    () => false,
  );
  await makeFolder(target);
  const dir = await realpath(target);
  const release = await lockFolder(dir, options);
  let staging: string;
  try {
    await sweepStale(dir);
    staging = join(dir, `${STAGING}${process.pid}-${randomBytes(4).toString("hex")}`);
    await mkdir(staging);
  } catch (error) {
    release();
    throw error;
  }
  let closed = false;
  return {
    dir,
    staging,
    async publish(edition, generator, files, rendered, removed) {
      const claimed = new Map([...removed, ...files].map((f) => [f.path, f]));
      await writeManifest(dir, { edition, generator, files: [...claimed.values()] });
      for (const path of rendered) {
        const why = await leavesFolder(dir, path);
        if (why !== undefined) throw new Error(`${path} cannot be written: ${why}`);
        await mkdir(dirname(join(dir, path)), { recursive: true });
        await rename(join(staging, path), join(dir, path));
      }
      for (const file of removed) {
        const path = join(dir, file.path);
        if ((await leavesFolder(dir, file.path)) !== undefined) continue;
        const stat = await lstat(path).catch(() => undefined);
        if (stat?.isFile() && (await sha256File(path)) === file.sha256) await rm(path);
      }
      await writeManifest(dir, { edition, generator, files });
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await rm(staging, { recursive: true, force: true });
      } finally {
        release();
        if (!existed) await rmdir(dir).catch(() => undefined);
      }
    },
  };
}

/** Staging folders and temporary files in the folder: under the lock, any there was left by a killed run. */
async function sweepStale(dir: string): Promise<void> {
  for (const name of await readdir(dir)) {
    if (
      name.startsWith(STAGING) ||
      /^\.report-gen-manifest-\d+\.tmp$/.test(name) ||
      /^\.report-gen\.lock\.stale-\d+$/.test(name)
    ) {
      await rm(join(dir, name), { recursive: true, force: true });
    }
  }
}

/**
 * Folders that runs of an earlier report-gen left beside the output folder when killed: its whole
 * earlier output set aside ("old", put back when the folder is missing) or a staging folder.
 */
async function restoreLegacy(target: string): Promise<void> {
  const parent = dirname(target);
  const names = await readdir(parent).catch(() => [] as string[]);
  for (const name of names) {
    const m = /^\.report-gen-(staging|old)-(.+)-(\d+)-([0-9a-f]{8})$/.exec(name);
    if (!m || m[2] !== basename(target) || isAlive(Number(m[3]))) continue;
    const path = join(parent, name);
    const targetMissing = await lstat(target).then(
      () => false,
      () => true,
    );
    // Another run may be doing the same: whichever rename comes second fails, and that is fine.
    if (m[1] === "old" && targetMissing) await rename(path, target).catch(() => undefined);
    else await rm(path, { recursive: true, force: true }).catch(() => undefined);
  }
}
