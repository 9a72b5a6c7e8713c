import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { templateDirs } from "./__tests__/template-dirs.js";
import { TemplateHelperError } from "./helpers.js";
import { renderTemplate } from "./render-template.js";

const errorsOf = (result: ReturnType<typeof renderTemplate>) =>
  "errors" in result ? result.errors.map((e) => ({ ...e, file: e.file.split("/").slice(-2).join("/") })) : [];

describe("renderTemplate", () => {
  it("prefers the edition's template and partials, falling back to the shared ones", () => {
    const { edition, shared } = templateDirs({
      edition: { "brief.hbs": "<h1>{{name}}</h1>{{> tier}}{{> footer}}", "partials/tier.hbs": "<p>edition tier</p>" },
      shared: {
        "brief.hbs": "shared brief",
        "partials/tier.hbs": "<p>shared tier</p>",
        "partials/footer.hbs": "<footnote>shared footer</footnote>",
      },
    });
    expect(renderTemplate("brief", { name: "Chad" }, { dirs: [edition, shared] })).toMatchObject({
      markup: "<h1>Chad</h1><p>edition tier</p><footnote>shared footer</footnote>",
      file: join(edition, "brief.hbs"),
    });
    expect(renderTemplate("brief", {}, { dirs: [shared] })).toMatchObject({
      markup: "shared brief",
      file: join(shared, "brief.hbs"),
    });
  });

  it("escapes data for the markup, which decodes it again", () => {
    const { shared } = templateDirs({ shared: { "t.hbs": "<p>{{name}}</p>" } });
    expect(renderTemplate("t", { name: `Côte d'Ivoire & "x" <b> \\` }, { dirs: [shared] })).toMatchObject({
      markup: "<p>Côte d&#x27;Ivoire &amp; &quot;x&quot; &lt;b&gt; \\</p>",
    });
  });

  it("runs standard and caller-supplied helpers", () => {
    const { shared } = templateDirs({
      shared: {
        "t.hbs":
          '{{join parties ", "}}: {{plural count "party" "parties"}} {{#if (eq tier "2")}}tier two{{/if}} {{shout name}}',
      },
    });
    const helpers = { shout: (value: unknown) => String(value).toUpperCase() };
    expect(
      renderTemplate("t", { parties: ["Chad", "Mali"], count: 2, tier: "2", name: "ok" }, { dirs: [shared], helpers }),
    ).toMatchObject({
      markup: "Chad, Mali: parties tier two OK",
    });
  });

  it("reports a missing field with its line and column (strict mode)", () => {
    const { shared } = templateDirs({ shared: { "brief.hbs": "<h1>{{name}}</h1>\n<p>{{country.tier}}</p>" } });
    expect(errorsOf(renderTemplate("brief", { name: "x", country: {} }, { dirs: [shared] }))).toEqual([
      {
        file: "shared/brief.hbs",
        line: 2,
        column: 14,
        rule: "template/missing-field",
        message: '"tier" is not in the view model',
        hint: expect.stringContaining("strict"),
        severity: "error",
      },
    ]);
  });

  it("reports a field of Object's prototype (constructor, __proto__, toString) as missing, in a path or through lookup", () => {
    const cases = {
      "{{country.__proto__}}": "__proto__",
      "{{country.constructor}}": "constructor",
      '{{lookup this "constructor"}}': "constructor",
      '{{lookup country "toString"}}': "toString",
      "{{lookup country key}}": "__proto__",
    };
    for (const [source, field] of Object.entries(cases)) {
      const { shared } = templateDirs({ shared: { "t.hbs": `<p>${source}</p>` } });
      const errors = errorsOf(renderTemplate("t", { country: { name: "Chad" }, key: "__proto__" }, { dirs: [shared] }));
      expect(
        errors.map((e) => `${e.line} ${e.rule} ${e.message}`),
        source,
      ).toEqual([`1 template/missing-field "${field}" is not in the view model`]);
    }
  });

  it("keeps lookup of a field that is there, in an object or a list", () => {
    const { shared } = templateDirs({
      shared: { "t.hbs": '<p>{{lookup country "name"}} {{lookup list 1}} {{lookup country key}}</p>' },
    });
    expect(
      renderTemplate("t", { country: { name: "Chad" }, list: ["a", "b"], key: "name" }, { dirs: [shared] }),
    ).toMatchObject({ markup: "<p>Chad b Chad</p>" });
  });

  it("reports every missing field at once, in the template and its partials, each where it is", () => {
    const { shared } = templateDirs({
      shared: {
        "brief.hbs":
          "<h1>{{country.nmae}}</h1>\n{{#each rows}}<p>{{label}} {{yaer}}</p>{{/each}}\n{{> tier}}\n{{#if country.tier}}{{country.tier.rank}}{{/if}}\n{{country.nmae}}",
        "partials/tier.hbs": "\n  {{tierr}} {{name}}",
      },
    });
    const rows = [
      { label: "a", year: 1 },
      { label: "b", year: 2 },
    ];
    const found = errorsOf(
      renderTemplate("brief", { name: "x", country: { name: "Chad", tier: null }, rows }, { dirs: [shared] }),
    );
    // Fields in a branch not taken (country.tier is null) are not asked for, as at render time.
    expect(found.map((e) => `${e.file}:${e.line}:${e.column} ${e.message}`)).toEqual([
      'shared/brief.hbs:1:15 "nmae" is not in the view model',
      'shared/brief.hbs:2:30 "yaer" is not in the view model',
      'partials/tier.hbs:2:5 "tierr" is not in the view model',
      'shared/brief.hbs:5:11 "nmae" is not in the view model',
    ]);
  });

  it("names every unknown helper and missing partial at once, before rendering, in the partials it reaches", () => {
    const { shared } = templateDirs({
      shared: {
        "t.hbs": "{{shout name}}\n{{#if (loud x)}}{{/if}} {{> nowhere}}\n{{> used}}",
        "partials/used.hbs": "{{whisper name}} {{join list}}",
        "partials/unused.hbs": "{{never called}}",
      },
    });
    const where = (viewModel: object) =>
      errorsOf(renderTemplate("t", viewModel, { dirs: [shared] })).map(
        (e) => `${e.file}:${e.line}:${e.column} ${e.rule} ${e.message}`,
      );
    const unknown = [
      'shared/t.hbs:1:3 template/unknown-helper no helper named "shout"',
      'shared/t.hbs:2:8 template/unknown-helper no helper named "loud"',
      'shared/t.hbs:2:29 template/missing-partial no partial named "nowhere"',
      'partials/used.hbs:1:3 template/unknown-helper no helper named "whisper"',
    ];
    expect(where({ name: "n", x: 1, list: [] })).toEqual(unknown);
    // The render still runs, with the unknown ones as nothing, to find the other problems too.
    expect(where({ name: "n", x: 1 })).toEqual([
      ...unknown,
      'partials/used.hbs:1:25 template/missing-field "list" is not in the view model',
    ]);
  });

  it("locates errors inside a partial in the partial's own file", () => {
    const { shared } = templateDirs({
      shared: { "brief.hbs": "a\nb\n{{> tier}}", "partials/tier.hbs": "\n\n  {{missing}}" },
    });
    expect(errorsOf(renderTemplate("brief", {}, { dirs: [shared] }))).toMatchObject([
      { file: "partials/tier.hbs", line: 3, column: 5, rule: "template/missing-field" },
    ]);
  });

  it("reports syntax errors with line and column, in every file at once", () => {
    const { shared } = templateDirs({
      shared: { "brief.hbs": "<p>\n  {{#if x}}\n  {{/each}}", "partials/bad.hbs": "<p>{{name</p>" },
    });
    expect(
      errorsOf(renderTemplate("brief", {}, { dirs: [shared] })).map((e) => `${e.file}:${e.line}:${e.column} ${e.rule}`),
    ).toEqual(["shared/brief.hbs:2:6 template/syntax", "partials/bad.hbs:1:6 template/syntax"]);
  });

  it("names unknown helpers, missing partials and failing helpers where they are called", () => {
    const { shared } = templateDirs({
      shared: { "a.hbs": "x\n {{shout name}}", "b.hbs": "{{> nowhere}}", "c.hbs": 'x {{plural "two" "a" "b"}}' },
    });
    const dirs = [shared];
    expect(errorsOf(renderTemplate("a", { name: "n" }, { dirs }))).toMatchObject([
      { line: 2, column: 4, rule: "template/unknown-helper" },
    ]);
    expect(errorsOf(renderTemplate("b", {}, { dirs }))).toMatchObject([
      { line: 1, column: 5, rule: "template/missing-partial" },
    ]);
    expect(errorsOf(renderTemplate("c", {}, { dirs }))).toMatchObject([
      {
        line: 1,
        column: 5,
        rule: "template/helper-error",
        message: 'helper "plural": plural expects a number, got "two"',
      },
    ]);
    const failing = {
      broken: () => {
        throw new TemplateHelperError("no data for this edition");
      },
    };
    const { other } = templateDirs({ other: { "d.hbs": "\n{{broken}}" } });
    expect(errorsOf(renderTemplate("d", {}, { dirs: [other], helpers: failing }))).toMatchObject([
      { line: 2, column: 3, rule: "template/helper-error" },
    ]);
  });

  it("says how to reach a field that a helper's name shadows", () => {
    const { shared } = templateDirs({ shared: { "t.hbs": "{{#each ratifications}}{{yearOf}}{{/each}}" } });
    expect(errorsOf(renderTemplate("t", { ratifications: [{ yearOf: 2016 }] }, { dirs: [shared] }))).toMatchObject([
      {
        rule: "template/helper-error",
        hint: '{{yearOf}} calls the helper "yearOf"; for a field of that name write {{this.yearOf}}',
      },
    ]);
  });

  it("refuses triple braces, which would let data break the markup", () => {
    const { shared } = templateDirs({ shared: { "t.hbs": "<p>\n {{{name}}}</p>" } });
    expect(errorsOf(renderTemplate("t", { name: "x" }, { dirs: [shared] }))).toMatchObject([
      { line: 2, column: 2, rule: "template/unescaped" },
    ]);
  });

  it("does not reach prototypes of the view model", () => {
    const { shared } = templateDirs({ shared: { "t.hbs": "{{country.constructor.name}}" } });
    const result = renderTemplate("t", { country: {} }, { dirs: [shared] });
    expect("markup" in result ? result.markup : "").not.toContain("Object");
  });

  it("says where it looked for a template that does not exist", () => {
    const { edition, shared } = templateDirs({ edition: {}, shared: {} });
    expect(errorsOf(renderTemplate("brief", {}, { dirs: [edition, shared] }))).toMatchObject([
      { file: "shared/brief.hbs", rule: "template/not-found", hint: `looked for brief.hbs in: ${edition}, ${shared}` },
    ]);
    expect(errorsOf(renderTemplate("../secrets", {}, { dirs: [shared] }))).toMatchObject([
      { rule: "template/not-found" },
    ]);
  });
});
