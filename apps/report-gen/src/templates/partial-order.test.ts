// Broken partials are reported in the order of their names whatever order the file system lists a
// folder in. Linux's file systems list in name order already (render-checks.test.ts writes the files
// out of order and cannot tell); here readdirSync answers in reverse name order, as another file
// system may, and the editor still reads a.hbs's error first.
import { describe, expect, it, vi } from "vitest";
import type { TemplateError } from "../document-error.js";
import { templateDirs } from "./__tests__/template-dirs.js";
import { renderTemplate } from "./render-template.js";

vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const reversed = ((path: string) => fs.readdirSync(path).sort().reverse()) as unknown as typeof fs.readdirSync;
  return { ...fs, default: { ...fs, readdirSync: reversed }, readdirSync: reversed };
});

const shown = (e: TemplateError) => `${e.file.split("/").slice(-2).join("/")}:${e.line}:${e.column} ${e.rule}`;

describe("broken partials, listed by a file system in reverse order", () => {
  it("are reported in the order of their names", async () => {
    const { readdirSync } = await import("node:fs");
    const names = ["d", "b", "e", "a", "c"];
    const { shared } = templateDirs({
      shared: { "t.hbs": "x", ...Object.fromEntries(names.map((name) => [`partials/${name}.hbs`, "{{#if}}"])) },
    });
    // The mock is in effect: the folder comes back last name first.
    expect(readdirSync(`${shared}/partials`)).toEqual(["e.hbs", "d.hbs", "c.hbs", "b.hbs", "a.hbs"]);
    const result = renderTemplate("t", {}, { dirs: [shared], helpers: {} });
    expect("errors" in result ? result.errors.map(shown) : result.markup).toEqual(
      ["a", "b", "c", "d", "e"].map((name) => `partials/${name}.hbs:1:8 template/syntax`),
    );
  });
});
