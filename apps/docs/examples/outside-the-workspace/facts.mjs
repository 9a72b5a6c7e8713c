// A tool outside this workspace, with @tip/domain and @tip/data installed from their tarballs.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { latestEdition } from "@tip/data";
import { EDITION_FILES } from "@tip/data/files";
import { loadEdition } from "@tip/data/load";
import { countsPerInstrument } from "@tip/domain";

// The newest edition shipped, prebuilt: how many countries are party to each instrument.
const counts = countsPerInstrument(latestEdition);
console.log(`${latestEdition.title}: ${latestEdition.conventions.rows.length} countries`);
for (const [id, count] of Object.entries(counts)) console.log(`  ${id}: ${count.parties} parties`);

// The same edition read from its source files, which the package ships too, and validated.
const folder = join(
  dirname(createRequire(import.meta.url).resolve("@tip/data/package.json")),
  "editions",
  String(latestEdition.year),
);
const loaded = await loadEdition(folder);
console.log(
  `${EDITION_FILES.conventions}: ${loaded.ok ? `valid, ${loaded.edition.conventions.rows.length} countries` : `${loaded.issues.length} problems`}`,
);
