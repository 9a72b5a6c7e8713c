// The committed JSON Schema must be what the domain schema generates; regenerate with `pnpm schema`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { editionJsonSchema } from "@tip/domain";
import { expect, it } from "vitest";
import { packageDir } from "./source.js";

it("schema/edition.schema.json matches the domain schema (run `pnpm --filter @tip/data schema` to update it)", () => {
  const committed: unknown = JSON.parse(readFileSync(join(packageDir, "schema", "edition.schema.json"), "utf8"));
  expect(committed).toEqual(editionJsonSchema());
});
