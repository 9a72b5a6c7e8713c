import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Issue } from "@tip/domain";
import { loadEdition, type LoadResult } from "../src/load/index.js";
import { edition2017Dir } from "./source.js";

export const fixture = (name: string) => join(import.meta.dirname, "fixtures", name);

/** A copy of editions/2017 in a temporary folder, to break one thing in; issues name files `2017/…`. */
export async function copyOf2017(): Promise<{
  dir: string;
  load: () => Promise<LoadResult>;
  replace: (file: string, fixtureName: string) => Promise<void>;
  edit: (file: string, change: (text: string) => string) => Promise<void>;
  remove: () => Promise<void>;
}> {
  const parent = await mkdtemp(join(tmpdir(), "tip-data-"));
  const dir = join(parent, "2017");
  await cp(edition2017Dir, dir, { recursive: true });
  return {
    dir,
    load: () => loadEdition(dir, { relativeTo: parent }),
    replace: async (file, fixtureName) => writeFile(join(dir, file), await readFile(fixture(fixtureName))),
    edit: async (file, change) => writeFile(join(dir, file), change(await readFile(join(dir, file), "utf8"))),
    remove: () => rm(parent, { recursive: true, force: true }),
  };
}

/** `file:line:col rule`, the part of an issue a reader clicks and looks up. */
export const where = (issues: readonly Issue[]) => issues.map((i) => `${i.file}:${i.line}:${i.column} ${i.rule}`);
