import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { copyFile, link, mkdir, readdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * A folder that replaces `target` as a whole, or not at all.
 * Documents are written into a hidden staging folder beside the target; `publish` swaps it in with
 * renames, so an interrupted run leaves the earlier output as it was and never a half-written PDF.
 */
export interface Staging {
  /** Where to write: mirrors the target's layout. */
  readonly dir: string;
  readonly target: string;
  publish(): Promise<void>;
  discard(): Promise<void>;
}

const STAGING_PREFIX = ".report-gen-";

/** Opens a staging folder, seeded with the target's current files when `keepExisting` (partial runs). */
export async function openStaging(target: string, options: { keepExisting: boolean }): Promise<Staging> {
  const parent = dirname(target);
  await mkdir(parent, { recursive: true });
  await sweepStale(parent);
  const id = `${process.pid}-${randomBytes(4).toString("hex")}`;
  const dir = join(parent, `${STAGING_PREFIX}staging-${basename(target)}-${id}`);
  if (options.keepExisting && existsSync(target)) {
    await linkTree(target, dir);
  } else {
    await mkdir(dir, { recursive: true });
  }
  let done = false;
  return {
    dir,
    target,
    async publish() {
      if (done) return;
      done = true;
      const old = join(parent, `${STAGING_PREFIX}old-${basename(target)}-${id}`);
      const hadOld = existsSync(target);
      if (hadOld) await rename(target, old);
      try {
        await rename(dir, target);
      } catch (error) {
        if (hadOld) await rename(old, target);
        throw error;
      }
      if (hadOld) await rm(old, { recursive: true, force: true });
    },
    async discard() {
      if (done) return;
      done = true;
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Removes staging folders that a killed run left behind; an "old" folder whose target vanished is restored. */
async function sweepStale(parent: string): Promise<void> {
  for (const name of await readdir(parent)) {
    if (!name.startsWith(STAGING_PREFIX)) continue;
    const m = /^\.report-gen-(staging|old)-(.+)-(\d+)-([0-9a-f]{8})$/.exec(name);
    if (!m) continue;
    const [, kind, targetName, pid] = m;
    if (Number(pid) === process.pid || isAlive(Number(pid))) continue;
    const path = join(parent, name);
    const target = join(parent, targetName!);
    if (kind === "old" && !existsSync(target)) await rename(path, target);
    else await rm(path, { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Mirrors a folder with hard links: cheap for thousands of PDFs, and safe because documents are
 * always written to a new file and renamed over the link, never rewritten in place.
 */
async function linkTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const destination = join(to, entry.name);
    if (entry.isDirectory()) await linkTree(source, destination);
    else if (entry.isFile()) await link(source, destination).catch(() => copyFile(source, destination));
  }
}
