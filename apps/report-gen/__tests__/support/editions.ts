import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "./run-cli.js";

/** The shipped 2017 edition's source files. */
export const shipped2017 = join(repoRoot, "packages/data/editions/2017");

/** A fresh temporary folder for one test file; `remove` it in afterAll. */
export function tempRoot(label: string): { readonly dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), `report-gen-${label}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Copies the 2017 edition folder to `dir` (created), to be edited by a test. Returns `dir`. */
export function copyEdition(dir: string): string {
  mkdirSync(dir, { recursive: true });
  cpSync(shipped2017, dir, { recursive: true });
  return dir;
}

/** Replaces one exact piece of text in a file, failing loudly when it is not there exactly once. */
export function replaceIn(file: string, from: string, to: string): void {
  const text = readFileSync(file, "utf8");
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`${file} holds ${JSON.stringify(from)} ${count} times, not once`);
  writeFileSync(
    file,
    text.replace(from, () => to),
  );
}

/** Appends text to a file (a YAML list entry, a CSV row). */
export function appendTo(file: string, text: string): void {
  writeFileSync(file, readFileSync(file, "utf8") + text);
}
