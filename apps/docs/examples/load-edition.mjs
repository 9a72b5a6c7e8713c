// Load and validate an edition folder from anywhere, as an editor's tool would.
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { loadEdition } from "@tip/data/load";
import { formatIssue } from "@tip/domain";

// The 2017 edition's source folder, as @tip/data ships it.
const shipped = join(dirname(createRequire(import.meta.url).resolve("@tip/data/package.json")), "editions", "2017");

const clean = await loadEdition(shipped);
console.log(clean.ok ? `2017: valid, ${clean.edition.conventions.rows.length} countries` : "2017: invalid");

// A copy with two mistakes: an accession to an ILO convention, and an impossible year.
const draft = await mkdtemp(join(tmpdir(), "edition-"));
try {
  await cp(shipped, draft, { recursive: true });
  const csv = join(draft, "conventions.csv");
  const text = await readFile(csv, "utf8");
  const edited = text
    .replace("ARG,Argentina,2002,2003,2002,1950,", "ARG,Argentina,2002,2003,2002,1950(a),")
    .replace("CYP,Cyprus,2003,", "CYP,Cyprus,20O3,");
  await writeFile(csv, edited);
  const result = await loadEdition(draft, { relativeTo: draft });
  console.log(`draft: ${result.ok ? "valid" : "invalid"}, ${result.issues.length} issues`);
  for (const issue of result.issues) console.log(formatIssue(issue));
} finally {
  await rm(draft, { recursive: true, force: true });
}
