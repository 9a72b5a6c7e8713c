// Regenerates schema/edition.schema.json from the domain schema (`pnpm schema`).
// The committed file is checked against the code by __tests__/json-schema.test.ts.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { editionJsonSchema } from "@tip/domain";

const file = join(dirname(fileURLToPath(import.meta.url)), "..", "schema", "edition.schema.json");
await mkdir(dirname(file), { recursive: true });
await writeFile(file, `${JSON.stringify(editionJsonSchema(), null, 2)}\n`, "utf8");
console.log(`wrote ${file}`);
