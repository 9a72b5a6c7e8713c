import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import type { TemplateError } from "../document-error.js";
import { LINE_SEPARATOR } from "../markup/inline-text.js";
import { templateDirs } from "./__tests__/template-dirs.js";
import { TemplateHelperError } from "./helpers.js";
import { MAX_ITERATIONS, renderTemplate } from "./render-template.js";

// What an editor reads when a template is wrong: `file:line:column rule: message (hint)`, each
// problem where it is written. Every case goes through renderTemplate, as a document's render does.

const shown = (e: TemplateError) =>
  `${e.file.split("/").slice(-2).join("/")}:${e.line}:${e.column} ${e.rule}: ${e.message} (${e.hint})`;

function problems(files: Record<string, string>, viewModel: object = {}, helpers = {}): string[] {
  const { shared } = templateDirs({ shared: files });
  const result = renderTemplate("t", viewModel, { dirs: [shared], helpers });
  return "errors" in result ? result.errors.map(shown) : [`rendered: ${result.markup}`];
}

const STANDARD =
  "standard helpers: eq, join, plural, yearOf, formatNumber; others are passed in by the document's code";

describe("template problems, as an editor reads them", () => {
  it("a missing field: its name, where it is used, and how to say nothing", () => {
    expect(problems({ "t.hbs": "<p>\n  {{country.tier}}</p>" }, { country: { name: "Chad" } })).toEqual([
      'shared/t.hbs:2:13 template/missing-field: "tier" is not in the view model (templates are strict: every field must exist (null or false for "nothing"); check the spelling of "tier")',
    ]);
  });

  it("an unknown helper and a missing partial, with what there is instead", () => {
    expect(problems({ "t.hbs": "{{shout name}}\n  {{> nowhere}}" }, { name: "x" })).toEqual([
      `shared/t.hbs:1:3 template/unknown-helper: no helper named "shout" (${STANDARD})`,
      'shared/t.hbs:2:7 template/missing-partial: no partial named "nowhere" (add partials/nowhere.hbs to the edition\'s or the shared templates folder)',
    ]);
  });

  it("a helper given the wrong thing, at its call, told to check the arguments", () => {
    expect(problems({ "t.hbs": 'x\n {{#if ok}}{{plural n "a" "b"}}{{/if}}' }, { ok: true, n: "two" })).toEqual([
      'shared/t.hbs:2:14 template/helper-error: helper "plural": plural expects a number, got "two" (check the arguments passed to the helper)',
    ]);
  });

  it("a document's helper that fails by a bug, told apart from one given the wrong thing", () => {
    const helpers = {
      tierName: () => {
        throw new RangeError("tier out of range");
      },
      refuse: () => {
        throw new TemplateHelperError("no data for this edition");
      },
    };
    expect(problems({ "t.hbs": "<p>{{tierName 4}}</p>" }, {}, helpers)).toEqual([
      'shared/t.hbs:1:6 template/helper-failed: helper "tierName": tier out of range (check the arguments passed to the helper)',
    ]);
    expect(problems({ "t.hbs": "<p>\n{{refuse 1}}</p>" }, {}, helpers)).toEqual([
      'shared/t.hbs:2:3 template/helper-error: helper "refuse": no data for this edition (check the arguments passed to the helper)',
    ]);
  });

  it("a field that a helper's name shadows, with the way to reach the field", () => {
    expect(problems({ "t.hbs": "{{#each rows}}\n{{plural}}{{/each}}" }, { rows: [{ plural: "parties" }] })).toEqual([
      'shared/t.hbs:2:3 template/helper-error: helper "plural": plural expects a number, got nothing ({{plural}} calls the helper "plural"; for a field of that name write {{this.plural}})',
    ]);
  });

  it("a block closed by the wrong name, at the block it closes, without Handlebars' position suffix", () => {
    expect(problems({ "t.hbs": "<p>\n  {{#if x}}</p>{{/each}}" }, { x: true })).toEqual([
      "shared/t.hbs:2:6 template/syntax: if doesn't match each (every {{#block}} needs the matching {{/block}})",
    ]);
  });

  it("a parse error: what Handlebars expected, at the column on the line, even far along a long line", () => {
    const hint = "check that every {{ has its }}, and every {{#block}} its {{/block}}";
    expect(problems({ "t.hbs": "<p>{{name</p>" })).toEqual([
      `shared/t.hbs:1:6 template/syntax: Handlebars expected ID, STRING, NUMBER, BOOLEAN, UNDEFINED, NULL, DATA, got INVALID (${hint})`,
    ]);
    const long = "x\n\n   a very long line of text that goes on and on before {{#each rows}}{{name}</p>";
    expect(problems({ "t.hbs": long }).map((p) => p.split(" template/")[0])).toEqual(["shared/t.hbs:3:76"]);
    expect(problems({ "t.hbs": "<p>\n{{else}}" })[0]).toMatch(
      /^shared\/t\.hbs:2:1 template\/syntax: Handlebars expected EOF/,
    );
  });

  it("any other Handlebars error, at the top of the file when Handlebars gives no place, pointing at the documentation", () => {
    expect(problems({ "t.hbs": "<p>\n {{#if}}x{{/if}}</p>" })).toEqual([
      "shared/t.hbs:1:1 template/error: #if requires exactly one argument (see the Handlebars documentation for this construct)",
    ]);
  });

  it("triple braces and {{& }}, each where it is", () => {
    expect(
      problems({ "t.hbs": "<p>{{{name}}}</p>\n  {{& country.name}}" }, { name: "x", country: { name: "y" } }),
    ).toEqual([
      "shared/t.hbs:1:4 template/unescaped: {{{name}}} writes data without escaping (use {{x}}: the markup parser decodes entities, so text reaches the PDF exactly as in the data)",
      "shared/t.hbs:2:3 template/unescaped: {{{country.name}}} writes data without escaping (use {{x}}: the markup parser decodes entities, so text reaches the PDF exactly as in the data)",
    ]);
  });
});

describe("template files that may not be read", () => {
  const error = (setUp: (shared: string) => void): string[] => {
    const { shared } = templateDirs({ shared: { "partials/p.hbs": "" } });
    setUp(shared);
    const result = renderTemplate("t", {}, { dirs: [shared] });
    return "errors" in result ? result.errors.map(shown) : [`rendered: ${result.markup}`];
  };

  it("a template that leads out of its folder through a link", () => {
    expect(
      error((shared) => {
        writeFileSync(join(dirname(shared), "secret.txt"), "password");
        symlinkSync(join(dirname(shared), "secret.txt"), join(shared, "t.hbs"));
      }),
    ).toEqual([
      expect.stringMatching(
        /^shared\/t\.hbs:1:1 template\/file: the template leads out of its templates folder, to \/.*\/secret\.txt \(put the template itself in the folder, not a link to a file elsewhere\)$/,
      ),
    ]);
  });

  it("a folder in a template's place", () => {
    expect(error((shared) => mkdirSync(join(shared, "t.hbs")))).toEqual([
      "shared/t.hbs:1:1 template/file: the template is not a regular file (replace it with a text file)",
    ]);
  });

  it("a template larger than 256 KB, with its size", () => {
    expect(error((shared) => writeFileSync(join(shared, "t.hbs"), "x".repeat(300 * 1024 + 1)))).toEqual([
      "shared/t.hbs:1:1 template/file: the template is 301 KB, more than the 256 KB a template may hold (check that it is the right file)",
    ]);
    expect(error((shared) => writeFileSync(join(shared, "t.hbs"), "x".repeat(256 * 1024)))).toEqual([
      `rendered: ${"x".repeat(256 * 1024)}`,
    ]);
  });

  it("a template saved as UTF-16 (either byte order), or holding NUL bytes", () => {
    const notUtf8 =
      "shared/t.hbs:1:1 template/file: the template is not UTF-8 text (it holds NUL bytes: UTF-16, or a binary file) (save it as UTF-8)";
    for (const bytes of [
      Buffer.from([0xff, 0xfe, 0x3c, 0x00]),
      Buffer.from([0xfe, 0xff, 0x00, 0x3c]),
      Buffer.from("<p>\u0000</p>"),
    ])
      expect(error((shared) => writeFileSync(join(shared, "t.hbs"), bytes))).toEqual([notUtf8]);
    // The same bytes one at a time are fine: only the pair is a byte-order mark.
    expect(error((shared) => writeFileSync(join(shared, "t.hbs"), Buffer.from([0xc3, 0xbe, 0x78])))).toEqual([
      "rendered: þx",
    ]);
  });

  it("a partial as well as the template, each in its own file", () => {
    expect(
      error((shared) => {
        writeFileSync(join(shared, "t.hbs"), "{{> p}}");
        writeFileSync(join(shared, "partials", "p.hbs"), Buffer.from([0xff, 0xfe, 0x3c, 0x00]));
      }),
    ).toEqual([
      "partials/p.hbs:1:1 template/file: the template is not UTF-8 text (it holds NUL bytes: UTF-16, or a binary file) (save it as UTF-8)",
    ]);
  });
});

describe("what one render may cost", () => {
  it("stops loops past 100,000 iterations, at the loop that went over", () => {
    const rows = Array.from({ length: 400 }, (_, i) => i);
    const cols = Array.from({ length: 250 }, (_, i) => i);
    expect(
      problems({ "t.hbs": "<p>\n {{#each rows}}\n   {{#each ../cols}}.{{/each}}{{/each}}</p>" }, { rows, cols }),
    ).toEqual([
      "shared/t.hbs:3:4 template/too-many-iterations: loops ran more than 100,000 times in one document (loops nested inside each other multiply: check this {{#each}} and the loops around it)",
    ]);
  });

  it("lets exactly 100,000 iterations through", () => {
    const rows = Array.from({ length: 400 }, (_, i) => i);
    const cols = Array.from({ length: 249 }, (_, i) => i);
    // 400 outer iterations and 400 × 249 inner ones: 100,000 in all.
    expect(400 + 400 * 249).toBe(MAX_ITERATIONS);
    const [only] = problems({ "t.hbs": "{{#each rows}}{{#each ../cols}}{{/each}}{{/each}}" }, { rows, cols });
    expect(only).toBe("rendered: ");
  });

  it("stops a template that writes more than 2 million characters", () => {
    const text = "x".repeat(700_000);
    expect(problems({ "t.hbs": "{{#each rows}}{{this}}{{/each}}" }, { rows: [text, text, text] })).toEqual([
      "shared/t.hbs:1:1 template/too-large: the template wrote 2.1 million characters of markup; a document may have at most 2 million (check the template's loops: one may be repeating what it should write once)",
    ]);
    const [fits] = problems({ "t.hbs": "{{#each rows}}{{this}}{{/each}}" }, { rows: ["y".repeat(2_000_000)] });
    expect(fits?.length).toBe("rendered: ".length + 2_000_000);
  });

  it("reports at most 50 missing fields of one template", () => {
    const source = Array.from({ length: 60 }, (_, i) => `{{field${i}}}`).join("\n");
    const found = problems({ "t.hbs": source });
    expect(found).toHaveLength(50);
    expect(found[49]).toMatch(/^shared\/t\.hbs:50:3 template\/missing-field: "field49"/);
  });
});

describe("where it looked for a template that is not there", () => {
  it("names every folder, and expects the file in the last", () => {
    const { edition, shared } = templateDirs({ edition: {}, shared: {} });
    const result = renderTemplate("appendix/notes", {}, { dirs: [edition, shared] });
    expect("errors" in result && result.errors).toEqual([
      {
        file: join(shared, "appendix/notes.hbs"),
        line: 1,
        column: 1,
        rule: "template/not-found",
        message: 'no template named "appendix/notes"',
        hint: `looked for appendix/notes.hbs in: ${edition}, ${shared}`,
        severity: "error",
      },
    ]);
  });

  it("says when it was given no folder at all", () => {
    const result = renderTemplate("brief", {}, { dirs: [] });
    expect("errors" in result && result.errors.map((e) => [e.file, e.hint])).toEqual([
      ["brief.hbs", "looked for brief.hbs in: (no folders given)"],
    ]);
  });
});

describe("what a view model brings into the markup", () => {
  it("keeps a line break inside a value as a line break, and drops the ones at its end", () => {
    const rendered = problems(
      { "t.hbs": "<p>{{note}}</p>{{#each rows}}<p>{{text}}</p>{{/each}}" },
      { note: "first\nsecond\r\nthird\rfourth\n\n", rows: [{ text: "a\n\nb" }] },
    );
    expect(rendered).toEqual([
      `rendered: <p>first${LINE_SEPARATOR}second${LINE_SEPARATOR}third${LINE_SEPARATOR}fourth</p><p>a${LINE_SEPARATOR}${LINE_SEPARATOR}b</p>`,
    ]);
  });

  it("passes dates and numbers to helpers as they are", () => {
    expect(
      problems(
        { "t.hbs": "{{yearOf edition.published}} {{formatNumber edition.count}}" },
        {
          edition: { published: new Date(Date.UTC(2017, 5, 27)), count: 1234 },
        },
      ),
    ).toEqual(["rendered: 2017 1,234"]);
  });

  it("gives nothing for lookup into a field that is null", () => {
    expect(problems({ "t.hbs": '[{{lookup nothing "name"}}]' }, { nothing: null })).toEqual(["rendered: []"]);
  });

  it("refuses a document's helper that would replace one of Handlebars' own", () => {
    const { shared } = templateDirs({ shared: { "t.hbs": "x" } });
    expect(() => renderTemplate("t", {}, { dirs: [shared], helpers: { each: () => "" } })).toThrow(
      'helper "each" would replace a Handlebars built-in',
    );
  });
});

describe("partials a template reaches", () => {
  it("follows partials through partials, once each, and reports what the deepest one lacks", () => {
    expect(
      problems(
        {
          "t.hbs": "{{> a}}{{> a}}",
          "partials/a.hbs": "{{> b}}",
          "partials/b.hbs": "{{#if never}}{{> a}}{{/if}}{{> c}}{{shout 1}}",
        },
        { never: false },
      ),
    ).toEqual([
      `partials/b.hbs:1:37 template/unknown-helper: no helper named "shout" (${STANDARD})`,
      'partials/b.hbs:1:32 template/missing-partial: no partial named "c" (add partials/c.hbs to the edition\'s or the shared templates folder)',
    ]);
  });

  it("takes inline partials, partial blocks and @partial-block as defined", () => {
    expect(
      problems(
        {
          "t.hbs":
            '{{#*inline "row"}}<td>{{this}}</td>{{/inline}}{{#each cells}}{{> row}}{{/each}}{{#> frame}}in{{/frame}}',
          "partials/frame.hbs": "<p>{{> @partial-block}}</p>",
        },
        { cells: ["a", "b"] },
      ),
    ).toEqual(["rendered: <td>a</td><td>b</td><p>in</p>"]);
  });

  it("takes a helper called with named arguments only as a helper call", () => {
    expect(problems({ "t.hbs": "{{shout text=name}}" }, { name: "x" })).toEqual([
      `shared/t.hbs:1:3 template/unknown-helper: no helper named "shout" (${STANDARD})`,
    ]);
  });
});
