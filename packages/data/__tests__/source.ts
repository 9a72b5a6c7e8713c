import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const packageDir = join(here, "..");
export const edition2017Dir = join(packageDir, "editions", "2017");

/** The published appendix: the shared copy beside the repository, else the one vendored here. */
export const appendixPath = [
  join(packageDir, "..", "..", "..", "shared", "source", "tip-report-2017-appendix.txt"),
  join(packageDir, "sources", "tip-report-2017-appendix.txt"),
].find((p) => existsSync(p))!;

/** The appendix's lines, with the source's markdown escape (`\$`) undone. */
export function appendixLines(): string[] {
  return readFileSync(appendixPath, "utf8").replace(/\\\$/g, "$").split(/\r?\n/);
}

/** The published convention table, tab-separated: from the "Country" heading row through the Poland row. */
export function publishedConventionTable(): string[] {
  const lines = appendixLines();
  return lines.slice(
    lines.findIndex((l) => l.startsWith("Country\t")),
    lines.findIndex((l) => l.startsWith("Poland\t")) + 1,
  );
}
