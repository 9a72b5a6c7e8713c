// What `import { edition2017 } from "@tip/data"` gives, and the exports for other tools.
// Runs against dist/, so after `pnpm build` (turbo's test task depends on build).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Edition } from "@tip/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { formatConventionsCsv, loadEdition } from "../src/load/index.js";
import { edition2017Dir, packageDir } from "./source.js";

interface Built {
  edition2017: Edition;
  editions: Record<number, Edition>;
  years: readonly number[];
  latestEdition: Edition;
}
const dist = join(packageDir, "dist");
let built: Built;
let loaded: Edition;

beforeAll(async () => {
  if (!existsSync(join(dist, "index.js")))
    throw new Error("dist/ is missing: run `pnpm --filter @tip/data build` first");
  built = (await import(pathToFileURL(join(dist, "index.js")).href)) as Built;
  const result = await loadEdition(edition2017Dir);
  if (!result.ok) throw new Error("the 2017 edition does not load");
  loaded = result.edition;
});

function unfrozen(value: unknown, path = "edition2017"): string[] {
  if (typeof value !== "object" || value === null) return [];
  return [
    ...(Object.isFrozen(value) ? [] : [path]),
    ...Object.entries(value).flatMap(([k, v]) => unfrozen(v, `${path}.${k}`)),
  ];
}

describe("the package entry", () => {
  it("exports the 2017 edition as validated, by name and by year; the latest is the newest folder's", () => {
    expect(built.edition2017).toEqual(loaded);
    expect(built.editions[2017]).toBe(built.edition2017);
    // Every edition folder, oldest first; whichever is newest is the latest (more come every year).
    const folders = readdirSync(join(packageDir, "editions"))
      .filter((n) => /^\d{4}$/.test(n))
      .map(Number)
      .sort((a, b) => a - b);
    expect(built.years).toEqual(folders);
    expect(built.years).toContain(2017);
    expect(built.latestEdition).toBe(built.editions[folders.at(-1)!]);
  });

  it("is deeply frozen", () => {
    expect(unfrozen(built.edition2017)).toEqual([]);
  });

  it("reads no file at run time: the module holds the data itself", () => {
    const module = readFileSync(join(dist, "editions", "2017.js"), "utf8");
    // Data may name .json files (memberships cite the source's files); only code that loads one offends.
    expect(module).not.toMatch(/readFile|\b(import|require)\b[^;\n]*\.json["']|node:fs/);
    expect(readFileSync(join(dist, "editions", "2017.d.ts"), "utf8")).toContain(
      "export declare const edition2017: Edition;",
    );
  });
});

describe("exports for other tools", () => {
  const read = (path: string) => readFileSync(join(dist, path), "utf8");

  it("writes the edition and each table as JSON", () => {
    expect(JSON.parse(read("editions/2017.json"))).toEqual(loaded);
    expect(JSON.parse(read("exports/2017/conventions.json"))).toEqual(loaded.conventions);
    expect(JSON.parse(read("exports/2017/peacekeeping.json"))).toEqual(loaded.peacekeeping);
    expect(JSON.parse(read("exports/2017/organizations.json"))).toEqual(loaded.organizations);
    expect(JSON.parse(read("exports/2017/glossary.json"))).toEqual(loaded.glossary);
  });

  it("writes the tables as CSV", () => {
    expect(read("exports/2017/conventions.csv")).toBe(formatConventionsCsv(loaded));
    expect(read("exports/2017/conventions.csv")).toBe(readFileSync(join(edition2017Dir, "conventions.csv"), "utf8"));
    expect(read("exports/2017/glossary.csv").split("\n")).toHaveLength(loaded.glossary.entries.length + 2);
    const peacekeeping = read("exports/2017/peacekeeping.csv").split("\n");
    expect(peacekeeping[0]).toBe(
      "id,heading,personnel,missions,preventionPolicy,leadOffice,training,allegationsTotal,allegationsBreakdown,allegationsNarrative,newInitiatives,links",
    );
    expect(peacekeeping[1]).toMatch(/^un,UNITED NATIONS,107574,16,"""Special Measures/);
  });
});
