import { utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { templateDirs } from "./__tests__/template-dirs.js";
import { findPartials, isTemplateName, resolveTemplate, TemplateCache } from "./loader.js";

describe("resolveTemplate", () => {
  it("takes the first folder that has the template", () => {
    const { edition, shared } = templateDirs({
      edition: { "appendix/conventions.hbs": "e" },
      shared: { "appendix/conventions.hbs": "s", "brief.hbs": "b" },
    });
    expect(resolveTemplate("appendix/conventions", [edition, shared])).toBe(join(edition, "appendix/conventions.hbs"));
    expect(resolveTemplate("brief", [edition, shared])).toBe(join(shared, "brief.hbs"));
    expect(resolveTemplate("missing", [edition, shared])).toBeUndefined();
  });

  it("accepts only names below the templates folders", () => {
    expect(["brief", "appendix/conventions", "country-brief_2"].every(isTemplateName)).toBe(true);
    expect(["../x", "/etc/passwd", "a//b", "a/../b", "", "brief.hbs"].some(isTemplateName)).toBe(false);
  });
});

describe("findPartials", () => {
  it("lists partials by name, the edition's first", () => {
    const { edition, shared } = templateDirs({
      edition: { "partials/tier.hbs": "", "partials/notes.txt": "" },
      shared: { "partials/tier.hbs": "", "partials/footer.hbs": "" },
    });
    expect(Object.fromEntries(findPartials([edition, shared, join(shared, "nowhere")]))).toEqual({
      tier: join(edition, "partials/tier.hbs"),
      footer: join(shared, "partials/footer.hbs"),
    });
  });
});

describe("TemplateCache", () => {
  it("compiles a file once, and again after it is edited", () => {
    const { shared } = templateDirs({ shared: { "t.hbs": "one" } });
    const file = join(shared, "t.hbs");
    const compiled: string[] = [];
    const cache = new TemplateCache((source) => {
      compiled.push(source);
      return source.toUpperCase();
    });
    expect(cache.load(file).compiled).toBe("ONE");
    expect(cache.load(file).compiled).toBe("ONE");
    writeFileSync(file, "two!");
    utimesSync(file, new Date(2030, 0, 1), new Date(2030, 0, 1));
    expect(cache.load(file).compiled).toBe("TWO!");
    expect(compiled).toEqual(["one", "two!"]);
  });
});
