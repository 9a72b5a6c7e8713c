// Loads every edition folder in editions/, validates it, and writes into dist/ the typed,
// deep-frozen module of each edition, the package entry, and the JSON/CSV exports.
// Runs after tsc (it uses the compiled loader in dist/). Exit 1 when an edition is invalid.
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { formatIssue } from "@tip/domain";
import { emitEdition, emitIndex } from "../dist/build/emit.js";
import { loadEdition } from "../dist/load/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const editionsDir = join(root, "editions");
const dist = join(root, "dist");

async function main() {
  const entries = await readdir(editionsDir, { withFileTypes: true });
  const folders = entries
    .filter((e) => e.isDirectory() && /^\d{4}$/.test(e.name))
    .map((e) => e.name)
    .sort();
  const files = new Map();
  const failures = [];
  for (const folder of folders) {
    const result = await loadEdition(join(editionsDir, folder), { relativeTo: root });
    for (const issue of result.issues) {
      if (issue.severity === "error") failures.push(issue);
      else console.warn(formatIssue(issue));
    }
    if (!result.ok) continue;
    if (String(result.edition.year) !== folder) {
      failures.push({
        file: `editions/${folder}/edition.yaml`,
        line: 1,
        column: 1,
        rule: "edition/year-folder",
        message: `year ${result.edition.year} in folder ${folder}`,
        hint: "name the folder after the edition's year",
        severity: "error",
      });
      continue;
    }
    for (const [path, text] of emitEdition(result.edition)) files.set(path, text);
  }
  if (failures.length > 0) {
    for (const issue of failures) console.error(formatIssue(issue));
    console.error(`\n${failures.length} problem${failures.length === 1 ? "" : "s"} in editions/; nothing was written.`);
    process.exitCode = 1;
    return;
  }
  for (const [path, text] of emitIndex(folders.map(Number))) files.set(path, text);
  await rm(join(dist, "editions"), { recursive: true, force: true });
  await rm(join(dist, "exports"), { recursive: true, force: true });
  for (const [path, text] of files) {
    await mkdir(dirname(join(dist, path)), { recursive: true });
    await writeFile(join(dist, path), text, "utf8");
  }
  console.log(
    `@tip/data: ${folders.length} edition${folders.length === 1 ? "" : "s"} (${folders.join(", ")}) validated and written to dist/`,
  );
}

main().catch((error) => {
  console.error(`build-editions: ${error instanceof Error ? error.message : String(error)}`);
  if (process.argv.includes("--debug")) console.error(error);
  process.exitCode = 2;
});
