import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sharedTemplatesDir } from "../documents/jobs.js";
import { compileTemplate, precompileTemplate, readPrecompiled, templateKey } from "./render-template.js";

const run = (compiled: ReturnType<typeof compileTemplate>, context: object): string =>
  compiled.template(context, { allowProtoPropertiesByDefault: false });
const failure = (render: () => unknown): string => {
  try {
    render();
  } catch (error) {
    return String(error);
  }
  return "no error";
};
const none = new Map();

describe("templates compiled ahead of time", () => {
  const source = "<p>{{#each items}}{{name}}{{#if last}}.{{/if}} {{/each}}{{title}}</p>{{> part}}{{{raw}}}";

  it("render and fail exactly as the same source compiled at run time, with the same checks found", () => {
    const ahead = new Map([[templateKey(source), precompileTemplate(source)]]);
    const context = {
      items: [
        { name: "a", last: false },
        { name: "b & c", last: true },
      ],
      title: "<T>",
      raw: "r",
    };
    const options = { partials: { part: () => "[part]" } };
    const early = compileTemplate(source, ahead);
    const late = compileTemplate(source, none);
    expect(early.template(context, options)).toBe(late.template(context, options));
    expect(early.template(context, options)).toBe("<p>a b &amp; c. &lt;T&gt;</p>[part]r");
    expect(early.unescaped).toEqual(late.unescaped);
    expect(early.calls).toEqual(late.calls);
    // Strict mode: the missing field's message and place are the compiler's, whichever way it ran.
    const missing = { items: [{ name: "a" }], raw: "" };
    expect(failure(() => run(early, missing))).toBe(failure(() => run(late, missing)));
    expect(failure(() => run(early, missing))).toMatch(/"title" not defined .* - 1:/);
  });

  it("are used only for the very source they were made from", () => {
    // A spec filed under this source's key is what runs: proof that the precompiled one is taken.
    const other = precompileTemplate("other template");
    expect(run(compileTemplate(source, new Map([[templateKey(source), other]])), {})).toBe("other template");
    // One changed character is another key: compiled from the source as it now is.
    const edited = `${source} `;
    expect(templateKey(edited)).not.toBe(templateKey(source));
    const compiled = compileTemplate("<i>{{x}}</i>", new Map([[templateKey(source), other]]));
    expect(run(compiled, { x: 1 })).toBe("<i>1</i>");
  });

  it("cover every shipped template in the build, as the templates now are", () => {
    const built = readPrecompiled(new URL("../../dist/precompiled-templates.json", import.meta.url));
    const files = readdirSync(sharedTemplatesDir, { recursive: true })
      .map(String)
      .filter((name) => name.endsWith(".hbs"));
    expect(files).toContain("brief.hbs");
    for (const name of files) {
      const text = readFileSync(join(sharedTemplatesDir, name), "utf8");
      expect(built.get(templateKey(text)), `${name} precompiled by the build`).toEqual(precompileTemplate(text));
    }
    expect(built.size).toBe(files.length);
  });

  it("are none when the build has not written them", () => {
    expect(readPrecompiled(new URL("./no-such-file.json", import.meta.url)).size).toBe(0);
  });
});
