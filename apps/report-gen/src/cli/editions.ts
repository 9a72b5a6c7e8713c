import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join, resolve } from "node:path";
import { EDITION_FILES, isEditionFolder } from "@tip/data/files";
import { UsageError, UserError } from "./errors.js";

const require = createRequire(import.meta.url);

/** The editions folder shipped with @tip/data (its source files, editable in a checkout). */
export function shippedEditionsDir(): string {
  return join(dirname(require.resolve("@tip/data/package.json")), "editions");
}

/** Years of the edition folders in a directory, newest first. */
export function editionYears(dir: string): number[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /^\d{4}$/.test(name) && isEditionFolder(join(dir, name)))
    .map(Number)
    .sort((a, b) => b - a);
}

export interface EditionChoice {
  readonly edition?: string | undefined;
  readonly data?: string | undefined;
}

/**
 * Resolves `--edition YEAR` and `--data DIR` to an edition folder.
 * `--data` may name an edition folder itself or a folder of editions (then `--edition` picks one).
 */
export function resolveEditionDir(choice: EditionChoice, cwd: string, usage: string): string {
  if (choice.edition !== undefined && !/^\d{4}$/.test(choice.edition)) {
    throw new UsageError(`--edition must be a four-digit year, got "${choice.edition}"`, `Usage: ${usage}`);
  }
  if (choice.data !== undefined) {
    const given = resolve(cwd, choice.data);
    // The edition's own edition.yaml stands for its folder.
    const dir =
      basename(given) === EDITION_FILES.edition && existsSync(given) && statSync(given).isFile()
        ? dirname(given)
        : given;
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      const what = existsSync(dir) ? `--data ${choice.data} is a file, not a folder` : `no such folder: ${choice.data}`;
      throw new UserError(what, `give --data the folder of an edition (it holds ${EDITION_FILES.edition})`);
    }
    if (isEditionFolder(dir) && choice.edition === undefined) return dir;
    return pickEdition(dir, choice.edition);
  }
  return pickEdition(shippedEditionsDir(), choice.edition);
}

function pickEdition(root: string, year: string | undefined): string {
  const years = editionYears(root);
  if (year === undefined) {
    const newest = years[0];
    if (newest === undefined)
      throw new UserError(`no editions in ${root}`, "create one with: report-gen edition new YEAR --from PREVIOUS");
    return join(root, String(newest));
  }
  const dir = join(root, year);
  if (!isEditionFolder(dir)) {
    throw new UserError(
      `no edition ${year} in ${root}`,
      years.length
        ? `editions there: ${years.join(", ")}`
        : "create one with: report-gen edition new YEAR --from PREVIOUS",
    );
  }
  return dir;
}
