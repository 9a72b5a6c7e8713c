// What renderTemplate finds before and while a template renders, in the cases the other tests do not
// write: every problem is an error (printIssues counts them, and the run fails); calls recognised as
// helper calls or partials in each form Handlebars has; names that are a partial and a field at once;
// what a render finds past its missing fields; template files in folders whose names share a start; an
// edited template picked up whether its size or only its time changed; and what is left out of reach.
import { mkdirSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { problems } from "./__tests__/template-problems.js";
import { templateDirs } from "./__tests__/template-dirs.js";
import { renderTemplate } from "./render-template.js";

describe("every problem found is an error", () => {
  it("triple braces, an unknown helper and a missing partial", () => {
    expect(problems({ "t.hbs": "{{{name}}}" }, { name: "x" })).toEqual([
      "error shared/t.hbs:1:1 template/unescaped: {{{name}}} writes data without escaping",
    ]);
    expect(problems({ "t.hbs": "{{shout name}}\n{{> nowhere}}" }, { name: "x" })).toEqual([
      'error shared/t.hbs:1:3 template/unknown-helper: no helper named "shout"',
      'error shared/t.hbs:2:5 template/missing-partial: no partial named "nowhere"',
    ]);
  });

  it("a loop that runs too often, and markup that is too large", () => {
    const [rows, cols] = [400, 250].map((length) => Array.from({ length }, (_, i) => i));
    expect(problems({ "t.hbs": "{{#each rows}}{{#each @root.cols}}.{{/each}}{{/each}}" }, { rows, cols })).toEqual([
      "error shared/t.hbs:1:15 template/too-many-iterations: loops ran more than 100,000 times in one document",
    ]);
    expect(problems({ "t.hbs": "{{text}}{{text}}" }, { text: "x".repeat(1_000_001) })).toEqual([
      "error shared/t.hbs:1:1 template/too-large: the template wrote 2.0 million characters of markup; a document may have at most 2 million",
    ]);
  });
});

describe("calls Handlebars takes as a helper's or a partial's", () => {
  it("a helper in a sub-expression without arguments, or with named arguments only", () => {
    expect(problems({ "t.hbs": "{{#if (shout)}}x{{/if}}\n{{shout size=2}}" })).toEqual([
      'error shared/t.hbs:1:8 template/unknown-helper: no helper named "shout"',
      'error shared/t.hbs:2:3 template/unknown-helper: no helper named "shout"',
    ]);
  });

  it("a partial block whose partial is missing: refused, not its fallback printed", () => {
    expect(problems({ "t.hbs": "<p>{{#> nowhere}}fallback{{/nowhere}}</p>" })).toEqual([
      'error shared/t.hbs:1:9 template/missing-partial: no partial named "nowhere"',
    ]);
  });

  it("a text argument of a helper is not an inline partial's name", () => {
    expect(problems({ "t.hbs": '{{eq "row" 1}}{{> row}}\n{{nope}}' })).toEqual([
      'error shared/t.hbs:1:19 template/missing-partial: no partial named "row"',
      'error shared/t.hbs:2:3 template/missing-field: "nope" is not in the view model',
    ]);
  });

  it("a missing partial's name used as a field, and an unknown helper's name used as a partial", () => {
    expect(problems({ "t.hbs": "{{> row}}\n<p>{{row}}</p>" })).toEqual([
      'error shared/t.hbs:1:5 template/missing-partial: no partial named "row"',
      'error shared/t.hbs:2:6 template/missing-field: "row" is not in the view model',
    ]);
    expect(problems({ "t.hbs": '{{shout 1}}\n{{> (lookup . "part")}}' }, { part: "shout" })).toEqual([
      'error shared/t.hbs:1:3 template/unknown-helper: no helper named "shout"',
      'error shared/t.hbs:1:1 template/missing-partial: no partial named "shout"',
    ]);
  });
});

describe("what a render finds past its missing fields", () => {
  it("a helper given the wrong thing, or loops that run too often, after a missing field", () => {
    expect(problems({ "t.hbs": '{{nope}}\n{{plural name "a" "b"}}\n{{gone}}' }, { name: "Chad" })).toEqual([
      'error shared/t.hbs:1:3 template/missing-field: "nope" is not in the view model',
      'error shared/t.hbs:2:3 template/helper-error: helper "plural": plural expects a number, got "Chad"',
    ]);
    const [rows, cols] = [400, 250].map((length) => Array.from({ length }, (_, i) => i));
    expect(
      problems({ "t.hbs": "{{nope}}\n{{#each rows}}{{#each @root.cols}}.{{/each}}{{/each}}" }, { rows, cols }),
    ).toEqual([
      'error shared/t.hbs:1:3 template/missing-field: "nope" is not in the view model',
      "error shared/t.hbs:2:15 template/too-many-iterations: loops ran more than 100,000 times in one document",
    ]);
  });

  it("a second missing field on a text, located on its line", () => {
    expect(problems({ "t.hbs": "{{nope}}\n  {{name.first}}" }, { name: "Chad" })).toEqual([
      'error shared/t.hbs:1:3 template/missing-field: "nope" is not in the view model',
      'error shared/t.hbs:2:10 template/missing-field: "first" is not in the view model',
    ]);
  });

  it("missing fields at the same line and column of a partial and of the template: both", () => {
    expect(problems({ "t.hbs": "{{> p}}\n  {{nope}}", "partials/p.hbs": "<p>\n  {{gone}}</p>" })).toEqual([
      'error partials/p.hbs:2:5 template/missing-field: "gone" is not in the view model',
      'error shared/t.hbs:2:5 template/missing-field: "nope" is not in the view model',
    ]);
  });
});

describe("template files", () => {
  it("a template in a folder whose name begins with the name of the folder before it", () => {
    const { edition, shared } = templateDirs({ edition: {}, shared: {} });
    const longer = `${edition}-shared`;
    mkdirSync(longer);
    writeFileSync(join(longer, "t.hbs"), "<p>{{name}}</p>");
    expect(renderTemplate("t", { name: "Chad" }, { dirs: [edition, longer, shared] })).toMatchObject({
      markup: "<p>Chad</p>",
    });
  });

  it("refuses a name that leads out of the templates folders, though the file is there", () => {
    const { shared } = templateDirs({ shared: {} });
    writeFileSync(join(shared, "..", "outside.hbs"), "secret");
    const result = renderTemplate("../outside", {}, { dirs: [shared] });
    expect("errors" in result ? result.errors.map((e) => `${e.rule}: ${e.message}`) : result.markup).toEqual([
      'template/not-found: no template named "../outside"',
    ]);
  });

  it("lists broken partials in the order of their names", () => {
    const files = Object.fromEntries(["d", "b", "e", "a", "c"].map((name) => [`partials/${name}.hbs`, "{{#if}}"]));
    expect(problems({ "t.hbs": "x", ...files }).map((p) => p.split(":")[0])).toEqual(
      ["a", "b", "c", "d", "e"].map((name) => `error partials/${name}.hbs`),
    );
  });

  it("renders a template again after an edit that keeps its size, or only its time", () => {
    const { shared } = templateDirs({ shared: { "t.hbs": "<p>one</p>" } });
    const file = join(shared, "t.hbs");
    const render = () => renderTemplate("t", {}, { dirs: [shared] });
    expect(render()).toMatchObject({ markup: "<p>one</p>" });
    const { mtime } = statSync(file);
    // The same size, a later time.
    writeFileSync(file, "<p>two</p>");
    utimesSync(file, mtime, new Date(mtime.getTime() + 60_000));
    expect(render()).toMatchObject({ markup: "<p>two</p>" });
    // Another size, the same time as before.
    writeFileSync(file, "<p>three</p>");
    utimesSync(file, mtime, new Date(mtime.getTime() + 60_000));
    expect(render()).toMatchObject({ markup: "<p>three</p>" });
  });
});

describe("out of a template's reach", () => {
  it("the methods of a list or a text: an {{#if}} on one is false, any other use is a missing field", () => {
    expect(
      problems(
        { "t.hbs": "<p>{{#if parties.map}}mapped{{/if}}{{#with name.toUpperCase}}upper{{/with}}</p>" },
        {
          parties: ["Chad"],
          name: "Chad",
        },
      ),
    ).toEqual(['error shared/t.hbs:1:49 template/missing-field: "toUpperCase" is not in the view model']);
  });
});

describe("a path through JavaScript's own members, reported before the render", () => {
  const viewModel = { country: { name: "Chad" } };

  it("says why, and leaves the render's other missing fields, on its line or at its column on another", () => {
    const { shared } = templateDirs({
      shared: { "t.hbs": "{{#with country.constructor}}{{/with}} {{nope}}\n      {{gone}}" },
    });
    const result = renderTemplate("t", viewModel, { dirs: [shared] });
    expect(
      "errors" in result ? result.errors.map((e) => `${e.line}:${e.column} ${e.message} (${e.hint})`) : [],
    ).toEqual([
      '1:9 "constructor" is not in the view model ("constructor" belongs to JavaScript\'s objects, not to the data: templates read only the view model\'s own fields)',
      '1:42 "nope" is not in the view model (templates are strict: every field must exist (null or false for "nothing"); check the spelling of "nope")',
      '2:9 "gone" is not in the view model (templates are strict: every field must exist (null or false for "nothing"); check the spelling of "gone")',
    ]);
  });

  it("in a partial, leaving the template's missing field at the same line and column", () => {
    expect(
      problems(
        { "t.hbs": "{{> p}}\n      {{gone}}", "partials/p.hbs": "\n{{#with country.__proto__}}{{/with}}" },
        viewModel,
      ),
    ).toEqual([
      'error partials/p.hbs:2:9 template/missing-field: "__proto__" is not in the view model',
      'error shared/t.hbs:2:9 template/missing-field: "gone" is not in the view model',
    ]);
  });
});

describe("a helper named inline", () => {
  it("is not an inline partial's definition: the partial it names is still missing, and the render goes on", () => {
    expect(problems({ "t.hbs": '{{inline "row"}}{{> row}}\n{{nope}}' })).toEqual([
      'error shared/t.hbs:1:3 template/unknown-helper: no helper named "inline"',
      'error shared/t.hbs:1:21 template/missing-partial: no partial named "row"',
      'error shared/t.hbs:2:3 template/missing-field: "nope" is not in the view model',
    ]);
  });
});
