// Template problems that only show while a template renders, and the ones whose place or bytes sit past
// what template-messages.test.ts shows: a partial named by the view model, a block mismatched far down a
// template, a UTF-16 template without a NUL byte. What an editor reads: `file:line:column rule: message (hint)`.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import type { TemplateError } from "../document-error.js";
import { templateDirs } from "./__tests__/template-dirs.js";
import { renderTemplate } from "./render-template.js";

const shown = (e: TemplateError) =>
  `${e.file.split("/").slice(-2).join("/")}:${e.line}:${e.column} ${e.rule}: ${e.message} (${e.hint})`;

function problems(files: Record<string, string | Buffer>, viewModel: object = {}): string[] {
  const { shared } = templateDirs({ shared: {} });
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(shared, name)), { recursive: true });
    writeFileSync(join(shared, name), content);
  }
  const result = renderTemplate("t", viewModel, { dirs: [shared], helpers: {} });
  return "errors" in result ? result.errors.map(shown) : [`rendered: ${result.markup}`];
}

/** Eleven lines of markup, so that what follows is on line 12. */
const eleven = "<p>\n".repeat(11);

describe("a partial named by the view model", () => {
  it("that does not exist: its name and where to add it (Handlebars gives no place for it)", () => {
    expect(problems({ "t.hbs": `${eleven}<p>{{> (lookup . "part")}}</p>` }, { part: "nowhere" })).toEqual([
      'shared/t.hbs:1:1 template/missing-partial: no partial named "nowhere" (add partials/nowhere.hbs to the edition\'s or the shared templates folder)',
    ]);
  });

  it("that calls a helper there is not: the helper, at its call in the partial", () => {
    expect(
      problems(
        { "t.hbs": `${eleven}<p>{{> (lookup . "part")}}</p>`, "partials/a.hbs": "<b>\n  {{shout name}}</b>" },
        { part: "a", name: "x" },
      ),
    ).toEqual([
      'partials/a.hbs:2:5 template/unknown-helper: no helper named "shout" (standard helpers: eq, join, plural, yearOf, formatNumber; others are passed in by the document\'s code)',
    ]);
  });
});

describe("a block closed by the wrong name", () => {
  it("far down and along a template: at the block, without Handlebars' position suffix", () => {
    expect(problems({ "t.hbs": `${eleven}<p>                {{#if x}}</p>{{/each}}` }, { x: true })).toEqual([
      "shared/t.hbs:12:23 template/syntax: if doesn't match each (every {{#block}} needs the matching {{/block}})",
    ]);
  });
});

describe("a template saved as UTF-16", () => {
  it("is refused by its byte-order mark, in either byte order, when no character of it holds a NUL byte", () => {
    // "—“”" in UTF-16: none of these characters has a zero byte, so only the mark tells.
    for (const bytes of [Buffer.from([0xff, 0xfe, 0x14, 0x20, 0x1c, 0x20]), Buffer.from([0xfe, 0xff, 0x20, 0x14])]) {
      expect(problems({ "t.hbs": bytes })).toEqual([
        "shared/t.hbs:1:1 template/file: the template is not UTF-8 text (it holds NUL bytes: UTF-16, or a binary file) (save it as UTF-8)",
      ]);
    }
  });
});
