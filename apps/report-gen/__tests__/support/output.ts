import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** What identifies a file on disk: its bytes, and whether it is still the same file (inode, mtime). */
export interface FileState {
  readonly sha256: string;
  readonly ino: number;
  readonly mtimeMs: number;
}

export const sha256Of = (file: string): string => createHash("sha256").update(readFileSync(file)).digest("hex");

/** Every file below `dir`, by path relative to it with forward slashes, sorted; hidden files included. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const files: string[] = [];
  const walk = (sub: string) => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const path = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk("");
  return files.sort();
}

export function fileStates(dir: string): Map<string, FileState> {
  return new Map(
    listFiles(dir).map((path) => {
      const file = join(dir, path);
      const { ino, mtimeMs } = statSync(file);
      return [path, { sha256: sha256Of(file), ino, mtimeMs }];
    }),
  );
}

/** Files added, removed, rewritten or replaced between two snapshots, sorted. */
export function changedFiles(before: ReadonlyMap<string, FileState>, after: ReadonlyMap<string, FileState>): string[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths]
    .filter((path) => {
      const a = before.get(path);
      const b = after.get(path);
      return !a || !b || a.sha256 !== b.sha256 || a.ino !== b.ino || a.mtimeMs !== b.mtimeMs;
    })
    .sort();
}

/** Leftovers of an interrupted or failed run next to an output folder. */
export const stagingFolders = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir).filter((n) => n.startsWith(".report-gen-")) : [];

export interface Manifest {
  readonly edition: number;
  readonly generator: string;
  readonly files: readonly {
    path: string;
    kind: string;
    country?: string;
    sha256: string;
    bytes: number;
    inputs: string;
  }[];
}

export const readManifest = (editionOut: string): Manifest =>
  JSON.parse(readFileSync(join(editionOut, "manifest.json"), "utf8")) as Manifest;
