import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { EditionSchema } from "@tip/domain";
import { describe, expect, it } from "vitest";
import { DOCS_ROOT } from "./support/site.js";

const read = (page: string) => readFileSync(`${DOCS_ROOT}${page}`, "utf8");

describe("hand-written reference pages stay in step with the code", () => {
  it("the data model page explains every field of an Edition, and no other", () => {
    const page = read("reference/data-model.md");
    const section = page.slice(page.indexOf("## Edition"), page.indexOf("## Instruments"));
    const documented = [...section.matchAll(/^\| (.+?) \|/gm)]
      .flatMap((m) => [...m[1]!.matchAll(/`([a-zA-Z]+)`/g)].map((f) => f[1]!))
      .sort();
    expect(documented).toEqual(Object.keys(EditionSchema.shape).sort());
  });

  it("the getting started page gives the README's quick start commands", () => {
    const quickStart = (markdown: string) => /## Quick start[\s\S]*?```sh\n([\s\S]*?)```/.exec(markdown)?.[1];
    const readme = readFileSync(`${DOCS_ROOT}../../README.md`, "utf8");
    expect(quickStart(readme)).toBeDefined();
    expect(quickStart(read("guide/getting-started.md"))).toBe(quickStart(readme));
  });

  it("every @tip/data file the developer guide names is shipped", () => {
    const require = createRequire(import.meta.url);
    const paths = [...read("guide/developers.md").matchAll(/^\| `(@tip\/data\/[^`]+)` \|/gm)].map((m) => m[1]!);
    expect(paths.length).toBeGreaterThan(3);
    const missing = paths.filter((p) => {
      try {
        return !existsSync(require.resolve(p));
      } catch {
        return true;
      }
    });
    expect(missing).toEqual([]);
  });
});
