import { describe, expect, it } from "vitest";
import type { MarkupError } from "../document-error.js";
import { locateInTemplates } from "./locate-markup-errors.js";

const error = (line: number, column: number, rule: MarkupError["rule"] = "markup/unknown-element"): MarkupError => ({
  file: "brief.hbs",
  line,
  column,
  rule,
  message: "m",
  hint: "h",
  severity: "error",
});

describe("locateInTemplates", () => {
  const templates = [
    { file: "brief.hbs", source: "{{#each countries}}\n<p>{{name}}</p>\n{{/each}}\n<blink>x</blink>\n{{> notes}}" },
    { file: "partials/notes.hbs", source: '<ul>\n  <p class="muted">note</p>\n</ul>' },
  ];
  const markup = '\n<p>Chad</p>\n\n<p>Mali</p>\n\n<blink>x</blink>\n<ul>\n  <p class="muted">note</p>\n</ul>';

  it("moves an error to where its markup is written in the template or a partial", () => {
    expect(locateInTemplates([error(6, 1), error(8, 3, "markup/misplaced-element")], markup, templates)).toMatchObject([
      { file: "brief.hbs", line: 4, column: 1 },
      { file: "partials/notes.hbs", line: 2, column: 3 },
    ]);
  });

  it("keeps the markup position, and says so, when the markup is written more than once or comes from data", () => {
    expect(
      locateInTemplates([error(2, 1)], markup, [...templates, { file: "other.hbs", source: "<p>Chad</p>" }]),
    ).toMatchObject([
      { file: "brief.hbs", line: 2, column: 1, hint: "h (line 2, column 1 of the markup this template wrote)" },
    ]);
  });
});
