// Mistakes in a template override that Handlebars alone lets through or reports without a place: a
// field the view model lacks given to a helper, a field called with arguments, an inline partial
// without a name, `../` past the top, triple braces beside other mistakes, and a missing field deep in
// nested loops. What an editor reads: `severity file:line:column rule: message`, as printIssues prints it.
import { describe, expect, it } from "vitest";
import { problems } from "./__tests__/template-problems.js";
import { templateDirs } from "./__tests__/template-dirs.js";
import { renderTemplate } from "./render-template.js";

const chad = { country: { name: "Chad" }, source: { name: "TIP Report" } };

describe("a field the view model does not have, given to a helper", () => {
  it("lookup, with, each, a helper, a partial's context or a hash argument: a missing field at that field", () => {
    expect(problems({ "t.hbs": '<p>{{lookup country.region "name"}}</p>' }, chad)).toEqual([
      'error shared/t.hbs:1:21 template/missing-field: "region" is not in the view model',
    ]);
    expect(
      problems(
        {
          "t.hbs":
            "{{#with country.region}}{{name}}{{/with}}\n{{#each country.parties}}x{{/each}}\n{{#if (eq country.tier 2)}}two{{/if}}\n{{> p country.flag}}\n{{> p colour=country.colour}}\n{{#> p country.motto}}x{{/p}}",
          "partials/p.hbs": "",
        },
        chad,
      ),
    ).toEqual([
      'error shared/t.hbs:1:17 template/missing-field: "region" is not in the view model',
      'error shared/t.hbs:2:17 template/missing-field: "parties" is not in the view model',
      'error shared/t.hbs:3:19 template/missing-field: "tier" is not in the view model',
      'error shared/t.hbs:4:15 template/missing-field: "flag" is not in the view model',
      'error shared/t.hbs:5:22 template/missing-field: "colour" is not in the view model',
      'error shared/t.hbs:6:16 template/missing-field: "motto" is not in the view model',
    ]);
  });

  it("a field before the last that is missing is the one named, where it stands", () => {
    expect(problems({ "t.hbs": "<p>{{country.region.name}} {{lookup country.region.name 0}}</p>" }, chad)).toEqual([
      'error shared/t.hbs:1:14 template/missing-field: "region" is not in the view model',
      'error shared/t.hbs:1:45 template/missing-field: "region" is not in the view model',
    ]);
  });

  it("at the part, however the path ends: before ), ~ or }}, and one letter long", () => {
    expect(
      problems(
        { "t.hbs": "<p>{{#if (eq 2 country.tier)}}x{{/if}}{{country.nme~}}</p>\n<p>{{country.a}}</p>{{gone}}" },
        chad,
      ),
    ).toEqual([
      'error shared/t.hbs:1:24 template/missing-field: "tier" is not in the view model',
      'error shared/t.hbs:1:49 template/missing-field: "nme" is not in the view model',
      'error shared/t.hbs:2:14 template/missing-field: "a" is not in the view model',
      'error shared/t.hbs:2:23 template/missing-field: "gone" is not in the view model',
    ]);
  });

  it("a path through a field with no value names the part that cannot be read, at the path's start", () => {
    expect(problems({ "t.hbs": "<p>{{memberships.members}}</p>" }, { memberships: undefined })).toEqual([
      'error shared/t.hbs:1:6 template/missing-field: "members" is not in the view model',
    ]);
  });

  it("a field that is there with no value (null, or left undefined by a view) is nothing, not an error", () => {
    expect(
      problems(
        {
          "t.hbs":
            '<p>{{lookup region "name"}}{{#each (lookup memberships "members")}}x{{/each}}{{#if region.name}}!{{/if}}.</p>',
        },
        { region: null, memberships: undefined },
      ),
    ).toEqual(["rendered: <p>.</p>"]);
  });

  it("the test of {{#if}} or {{#unless}}: an optional field left out of the view model is false", () => {
    // edition.yaml's source.publisher is optional, and the views pass `source` on as it is.
    expect(
      problems(
        {
          "t.hbs":
            "<p>{{#if source.publisher}}by {{source.publisher}}{{else}}{{source.name}}{{/if}}{{#with source}}{{#unless publisher}}, unnamed{{/unless}}{{/with}}{{#if country.region.name}}!{{/if}}</p>",
        },
        chad,
      ),
    ).toEqual(["rendered: <p>TIP Report, unnamed</p>"]);
  });

  it("the helper that was given the missing field is not reported as failing on it; the render goes on", () => {
    expect(problems({ "t.hbs": "<p>{{join country.parties}} {{plural 2 country.word}}</p>\n{{gone}}" }, chad)).toEqual([
      'error shared/t.hbs:1:19 template/missing-field: "parties" is not in the view model',
      'error shared/t.hbs:1:48 template/missing-field: "word" is not in the view model',
      'error shared/t.hbs:2:3 template/missing-field: "gone" is not in the view model',
    ]);
  });
});

describe("a field called with arguments", () => {
  it("is refused where it is written, as no helper, and the render goes on", () => {
    expect(
      problems(
        {
          "t.hbs":
            "<p>{{this.name 1}}</p>\n<p>{{@root.name 1}}{{#if (country.name 2)}}x{{/if}}{{nope}}</p>\n{{#this.country x=1}}x{{/this.country}}{{this.name}}",
        },
        {
          name: "Chad",
          ...chad,
        },
      ),
    ).toEqual([
      'error shared/t.hbs:1:6 template/unknown-helper: "this.name" is a field, not a helper: it cannot be given arguments',
      'error shared/t.hbs:2:6 template/unknown-helper: "@root.name" is a field, not a helper: it cannot be given arguments',
      'error shared/t.hbs:2:27 template/unknown-helper: "country.name" is a field, not a helper: it cannot be given arguments',
      'error shared/t.hbs:3:4 template/unknown-helper: "this.country" is a field, not a helper: it cannot be given arguments',
      'error shared/t.hbs:2:54 template/missing-field: "nope" is not in the view model',
    ]);
  });
});

describe("an inline partial", () => {
  it("without a name, or with a name not in quotes, is refused where it opens", () => {
    expect(
      problems(
        {
          "t.hbs":
            '<p>\n  {{#*inline}}<em>x</em>{{/inline}}</p>{{#*inline row}}y{{/inline}}{{#*inline "ok"}}z{{/inline}}{{> ok}}',
        },
        { row: "r" },
      ),
    ).toEqual([
      "error shared/t.hbs:2:3 template/inline-partial: an inline partial without a name",
      "error shared/t.hbs:2:40 template/inline-partial: an inline partial's name must be in quotes",
    ]);
  });
});

describe("triple braces beside other mistakes", () => {
  it("every mistake is reported, not only the triple braces", () => {
    expect(
      problems({ "t.hbs": "<p>{{{name}}} {{shout name}}</p>\n{{{loud name}}}\n{{nope}}" }, { name: "Chad" }),
    ).toEqual([
      "error shared/t.hbs:1:4 template/unescaped: {{{name}}} writes data without escaping",
      "error shared/t.hbs:2:1 template/unescaped: {{{loud}}} writes data without escaping",
      'error shared/t.hbs:1:17 template/unknown-helper: no helper named "shout"',
      'error shared/t.hbs:2:4 template/unknown-helper: no helper named "loud"',
      'error shared/t.hbs:3:3 template/missing-field: "nope" is not in the view model',
    ]);
  });
});

describe("../ past the top of the view model", () => {
  it("in a field, a test or a partial: where it is written, with how many blocks enclose it", () => {
    const found = problems(
      {
        "t.hbs":
          "<p>{{../name}}</p>\n{{#each rows}}{{#if ../../flag}}x{{/if}}{{#with this}}{{../../../name.first}}{{/with}}{{/each}}{{> p}}",
        "partials/p.hbs": "{{#each ../rows}}{{/each}}",
      },
      { name: "Chad", rows: [{ n: 1 }] },
    );
    expect(found).toEqual([
      'error shared/t.hbs:1:6 template/missing-field: "../name" goes up past the top of the view model',
      'error shared/t.hbs:2:21 template/missing-field: "../../flag" goes up past the top of the view model',
      'error shared/t.hbs:2:57 template/missing-field: "../../../name.first" goes up past the top of the view model',
      'error partials/p.hbs:1:9 template/missing-field: "../rows" goes up past the top of the view model',
    ]);
  });

  it("says how many {{#each}} or {{#with}} blocks enclose it; an {{#if}} is none, and an inline partial starts again", () => {
    const { shared } = templateDirs({
      shared: {
        "t.hbs":
          '{{#if name}}{{../name}}{{/if}}\n{{#each rows}}{{../../name}}{{#*inline "cell"}}{{../name}}{{/inline}}{{/each}}\n{{#each rows}}{{#each cells}}{{../../../name}}{{/each}}{{/each}}',
      },
    });
    const result = renderTemplate("t", { name: "Chad", rows: [{ cells: [1] }] }, { dirs: [shared], helpers: {} });
    const hint = (n: string) =>
      `each ../ goes up out of one enclosing {{#each}} or {{#with}}, and ${n} (a partial starts at the top of the context it is given)`;
    expect("errors" in result ? result.errors.map((e) => `${e.line}:${e.column} ${e.hint}`) : result.markup).toEqual([
      `1:15 ${hint("none encloses it")}`,
      `2:17 ${hint("only 1 encloses it")}`,
      `2:50 ${hint("none encloses it")}`,
      `3:32 ${hint("only 2 enclose it")}`,
    ]);
  });

  it("within the blocks that enclose it reads the field above: in loops, in {{#with}}, and @../index in a partial", () => {
    const { shared } = templateDirs({
      shared: {
        "t.hbs":
          "<p>{{#each rows}}{{#each cells}}{{../../name}}{{> p}}{{/each}}{{/each}}{{#with country}}{{../name}}{{/with}}</p>",
        "partials/p.hbs": "{{@../index}}",
      },
    });
    expect(
      renderTemplate(
        "t",
        { name: "Chad", country: { code: "TCD" }, rows: [{ cells: [1] }] },
        { dirs: [shared], helpers: {} },
      ),
    ).toMatchObject({ markup: "<p>Chad0Chad</p>" });
  });
});

describe("a missing field inside nested loops", () => {
  it("is reported at the field, not at a loop whose path has a part of the same name", () => {
    const viewModel = { rows: [{ group: { cells: [{ cells: [{ label: "Chad" }] }] } }] };
    expect(
      problems(
        {
          "t.hbs":
            "{{#each rows}}\n  {{#each group.cells}}\n    {{#each cells}}\n      <p>{{label.cells}}</p>{{/each}}{{/each}}{{/each}}",
        },
        viewModel,
      ),
    ).toEqual(['error shared/t.hbs:4:18 template/missing-field: "cells" is not in the view model']);
    expect(
      problems(
        {
          "t.hbs":
            "{{#each rows}}\n  {{#each group.cells}}\n    {{#each cells}}\n      <p>{{join label.cells}}</p>{{/each}}{{/each}}{{/each}}",
        },
        viewModel,
      ),
    ).toEqual(['error shared/t.hbs:4:23 template/missing-field: "cells" is not in the view model']);
  });
});
