import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = fileURLToPath(new URL("../", import.meta.url));

/** Every package a source file loads through its static imports, followed through our own files. */
function packagesLoadedBy(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    // Static imports and re-exports only; `import type` loads nothing.
    for (const [, specifier] of source.matchAll(
      /^(?:import|export)\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?["']([^"']+)["']/gm,
    )) {
      if (specifier!.startsWith(".")) visit(resolve(dirname(file), specifier!.replace(/\.js$/, ".ts")));
      else packages.add(specifier!);
    }
  };
  visit(entry);
  return packages;
}

describe("a render worker's start-up", () => {
  // A worker starts while the main thread loads the edition; everything it loads delays its first document.
  it("loads the renderer, not the edition's validator: no @tip/domain index, no zod, no YAML", () => {
    const packages = packagesLoadedBy(resolve(src, "generate/render-worker.ts"));
    expect(packages).toContain("handlebars");
    expect(packages).toContain("@tip/domain/inline");
    for (const heavy of ["@tip/domain", "@tip/data", "@tip/data/load", "zod", "yaml", "i18n-iso-countries"])
      expect(packages).not.toContain(heavy);
  });
});
