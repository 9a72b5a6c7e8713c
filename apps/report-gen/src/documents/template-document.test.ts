import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { templateDirs } from "../templates/__tests__/template-dirs.js";
import { buildTemplateDocument } from "./template-document.js";

const document = { title: "Brief", language: "en-US", creationDate: new Date("2017-06-27T00:00:00Z") } as const;
const names = ["Chad", "Mali", "Niger"];

describe("buildTemplateDocument", () => {
  it("builds a document definition from a template and a view model", () => {
    const { shared } = templateDirs({ shared: { "brief.hbs": "<h1>{{name}}</h1>" } });
    const result = buildTemplateDocument({
      ...document,
      template: "brief",
      viewModel: { name: "Chad" },
      dirs: [shared],
    });
    expect("docDefinition" in result && result.docDefinition.content).toMatchObject([
      { text: [{ text: "Chad" }], style: ["h1"] },
    ]);
  });

  it("points a markup error at the line the template writes it on, not the line of the output", () => {
    const { edition, shared } = templateDirs({
      edition: {},
      shared: {
        "brief.hbs": "{{#each names}}\n<p>{{this}}</p>\n{{/each}}\n  <blink>x</blink>\n",
        "partials/unused.hbs": "",
      },
    });
    const result = buildTemplateDocument({
      ...document,
      template: "brief",
      viewModel: { names },
      dirs: [edition, shared],
    });
    expect(result).toEqual({
      errors: [
        {
          file: join(shared, "brief.hbs"),
          line: 4,
          column: 3,
          rule: "markup/unknown-element",
          message: "unknown element <blink>",
          hint: expect.any(String),
          severity: "error",
        },
      ],
    });
  });

  it("reports template errors before any markup is read", () => {
    const { shared } = templateDirs({ shared: { "brief.hbs": "<p>{{name}}</p>\n<p>{{tier}}</p>" } });
    expect(
      buildTemplateDocument({ ...document, template: "brief", viewModel: { name: "Chad" }, dirs: [shared] }),
    ).toMatchObject({
      errors: [{ file: join(shared, "brief.hbs"), line: 2, column: 6, rule: "template/missing-field" }],
    });
  });
});
