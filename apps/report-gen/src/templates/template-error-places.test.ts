// Where an editor is sent for a broken template, in the cases the other message tests do not reach: a
// lexical error (an unclosed comment), a parse error past line 9 or whose excerpt starts on the line before,
// Handlebars' own errors that carry a position, a field looked up in a text or a number, and paths through
// JavaScript's own members (`__proto__`, `constructor`) that Handlebars answers with nothing. What an editor
// reads: `severity file:line:column rule: message`, as printIssues prints it and counts it.
import { describe, expect, it } from "vitest";
import { problems } from "./__tests__/template-problems.js";
import { templateDirs } from "./__tests__/template-dirs.js";
import { TemplateHelperError } from "./helpers.js";
import { renderTemplate } from "./render-template.js";

/** Eleven lines, so that what follows is on line 12. */
const eleven = "<p>\n".repeat(11);

describe("a template Handlebars cannot read", () => {
  it("an unclosed comment: on its own line, at its opening, not at the top of the file", () => {
    expect(problems({ "t.hbs": "<p>\n  text {{!-- never closed</p>" })).toEqual([
      "error shared/t.hbs:2:12 template/syntax: Handlebars cannot read this",
    ]);
    expect(problems({ "t.hbs": `${eleven}<p>{{!-- never closed` })).toEqual([
      "error shared/t.hbs:12:8 template/syntax: Handlebars cannot read this",
    ]);
  });

  it("a parse error past line 9", () => {
    expect(problems({ "t.hbs": `${eleven}<p>{{name</p>` })).toEqual([
      "error shared/t.hbs:12:6 template/syntax: Handlebars expected ID, STRING, NUMBER, BOOLEAN, UNDEFINED, NULL, DATA, got INVALID",
    ]);
  });

  it("a parse error whose excerpt begins on the line before, at its column on its own line", () => {
    // Handlebars' excerpt runs the lines together ("{{a}}a{{a}}{{"): only its end is on line 2.
    expect(problems({ "t.hbs": "{{a}}a\n{{a}}{{" }).map((p) => p.split(" template/")[0])).toEqual([
      "error shared/t.hbs:2:8",
    ]);
  });

  it("a parse error at the start of a line whose last characters come again later on it", () => {
    // The excerpt before the caret ends "b{{x": only the whole of it is once on line 2, "{{x" twice.
    expect(problems({ "t.hbs": "z\nb{{x} {{x}" }).map((p) => p.split(" template/")[0])).toEqual([
      "error shared/t.hbs:2:5",
    ]);
  });
});

describe("Handlebars' own errors that give a position", () => {
  it("at that position, far down and along the template, without Handlebars' ' - line:column' suffix", () => {
    expect(problems({ "t.hbs": `${eleven}<p>          {{a/../b}}</p>` })).toEqual([
      "error shared/t.hbs:12:16 template/error: Invalid path: a/..",
    ]);
  });
});

describe("a field looked up in a text or a number", () => {
  it("is a missing field at its name, not JavaScript's message from inside Handlebars", () => {
    expect(problems({ "t.hbs": "<p>\n  {{country.name.first}}</p>" }, { country: { name: "Chad" } })).toEqual([
      'error shared/t.hbs:2:18 template/missing-field: "first" is not in the view model',
    ]);
    expect(problems({ "t.hbs": "<p>{{count.value}}</p>" }, { count: 3 })).toEqual([
      'error shared/t.hbs:1:12 template/missing-field: "value" is not in the view model',
    ]);
  });
});

describe("a path through JavaScript's own members", () => {
  const viewModel = { country: { name: "Chad" }, parties: ["Chad"], name: "Chad" };

  it("is a missing field where Handlebars would give nothing: a block's or a helper's argument", () => {
    expect(problems({ "t.hbs": "<p>\n{{#with country.__proto__}}x{{/with}}</p>" }, viewModel)).toEqual([
      'error shared/t.hbs:2:9 template/missing-field: "__proto__" is not in the view model',
    ]);
    expect(
      problems(
        {
          "t.hbs":
            '{{#each parties.constructor}}x{{/each}}{{#if country.prototype}}y{{/if}}{{eq name.__defineGetter__ "a"}}',
        },
        viewModel,
      ),
    ).toEqual([
      'error shared/t.hbs:1:9 template/missing-field: "constructor" is not in the view model',
      'error shared/t.hbs:1:46 template/missing-field: "prototype" is not in the view model',
      'error shared/t.hbs:1:78 template/missing-field: "__defineGetter__" is not in the view model',
    ]);
  });

  it("is reported once where strict mode finds it as well, even on a text (a crash inside Handlebars otherwise)", () => {
    expect(problems({ "t.hbs": "<p>{{country.__proto__}} {{name.constructor}}</p>" }, viewModel)).toEqual([
      'error shared/t.hbs:1:6 template/missing-field: "__proto__" is not in the view model',
      'error shared/t.hbs:1:28 template/missing-field: "constructor" is not in the view model',
    ]);
    expect(problems({ "t.hbs": "{{#each parties}}{{@root.country.constructor.name}}{{/each}}" }, viewModel)).toEqual([
      'error shared/t.hbs:1:20 template/missing-field: "constructor" is not in the view model',
    ]);
  });

  it("in a partial, in the partial's file, with the template's other missing fields", () => {
    expect(
      problems(
        { "t.hbs": "{{> p}}\n{{nope}}", "partials/p.hbs": "<p>\n{{#with country.constructor}}{{/with}}" },
        viewModel,
      ),
    ).toEqual([
      'error partials/p.hbs:2:9 template/missing-field: "constructor" is not in the view model',
      'error shared/t.hbs:2:3 template/missing-field: "nope" is not in the view model',
    ]);
  });

  it("leaves a view model's own field of such a name alone, through lookup", () => {
    expect(problems({ "t.hbs": '<p>{{lookup country "constructor"}}</p>' }, { country: { constructor: "x" } })).toEqual(
      ["rendered: <p>x</p>"],
    );
  });
});

describe("a partial that is found at no point of the render", () => {
  it("an inline partial defined inside a block, used outside it: at its name where it is used", () => {
    expect(
      problems({ "t.hbs": '{{#if ok}}{{#*inline "row"}}r{{/inline}}{{/if}}\n  <p>{{> row}}</p>' }, { ok: true }),
    ).toEqual(['error shared/t.hbs:2:10 template/missing-partial: no partial named "row"']);
  });
});

describe("a parse error's column when the excerpt is not enough", () => {
  it('"..." written in the text before the mistake is text, not the mark of a cut excerpt', () => {
    expect(problems({ "t.hbs": "<p>Wait... {{name</p> {{name}}" }).map((p) => p.split(" template/")[0])).toEqual([
      "error shared/t.hbs:1:14",
    ]);
  });

  it("the text before the mistake twice on its line: the line, from its start", () => {
    expect(problems({ "t.hbs": "z\nab{{x} ab{{x}}" }).map((p) => p.split(" template/")[0])).toEqual([
      "error shared/t.hbs:2:1",
    ]);
  });
});

describe("a helper that fails, told apart from a field its name shadows", () => {
  const failing = {
    $fmt: () => {
      throw new TemplateHelperError("cannot format this");
    },
  };
  const withHelpers = (source: string) => {
    const { shared } = templateDirs({ shared: { "t.hbs": source } });
    const result = renderTemplate("t", { n: 1 }, { dirs: [shared], helpers: failing });
    return "errors" in result ? result.errors.map((e) => `${e.line}:${e.column} ${e.hint}`) : [result.markup];
  };

  it("called as a block, with spaces inside the braces, or named with a $: at its call, told to check its arguments", () => {
    expect(withHelpers("<p>\n{{#$fmt n}}x{{/$fmt}}</p>")).toEqual(["2:4 check the arguments passed to the helper"]);
    expect(withHelpers("<p>{{  $fmt  n}}</p>")).toEqual(["1:8 check the arguments passed to the helper"]);
  });
});
