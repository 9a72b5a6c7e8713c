// A markup mistake written in a partial, as an editor is sent to it: renderTemplate hands back every
// template file it rendered with its text, and locateInTemplates finds the mistake there.
import { describe, expect, it } from "vitest";
import { markupToContent } from "../markup/index.js";
import { templateDirs } from "./__tests__/template-dirs.js";
import { locateInTemplates } from "./locate-markup-errors.js";
import { renderTemplate } from "./render-template.js";

describe("a markup mistake in a partial", () => {
  it("is placed in the partial's file, at its line and column", () => {
    const { shared } = templateDirs({
      shared: { "t.hbs": "<h1>{{name}}</h1>\n{{> row}}", "partials/row.hbs": "<p>\n  <blink>{{name}}</blink></p>" },
    });
    const rendered = renderTemplate("t", { name: "Chad" }, { dirs: [shared] });
    if ("errors" in rendered) throw new Error(rendered.errors.map((e) => e.message).join("\n"));
    const result = markupToContent(rendered.markup, { file: rendered.file });
    const errors = "errors" in result ? locateInTemplates(result.errors, rendered.markup, rendered.sources) : [];
    expect(errors.map((e) => `${e.file.split("/").slice(-2).join("/")}:${e.line}:${e.column} ${e.rule}`)).toEqual([
      "partials/row.hbs:2:3 markup/unknown-element",
    ]);
  });
});
