import { describe, expect, it } from "vitest";
import Handlebars from "handlebars";
import { TemplateHelperError } from "./helpers.js";
import { HelperFailure, templateErrorOf } from "./template-error.js";

const handlebars = Handlebars.create();
const thrownBy = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("nothing thrown");
};
const located = (source: string, error: unknown) => {
  const { line, column, rule } = templateErrorOf(error, "t.hbs", source);
  return `${line}:${column} ${rule}`;
};

describe("templateErrorOf", () => {
  it("finds the column of a parse error on its line", () => {
    const source = "<p>one</p>\n<p>{{#each rows}}{{name}</p>";
    expect(
      located(
        source,
        thrownBy(() => handlebars.parse(source)),
      ),
    ).toBe("2:24 template/syntax");
  });

  it("uses the location strict mode gives a missing field", () => {
    const source = "<h1>\n  {{country.name}}</h1>";
    expect(
      located(
        source,
        thrownBy(() => handlebars.compile(source, { strict: true })({})),
      ),
    ).toBe("2:5 template/missing-field");
  });

  it("finds a failing helper's call when Handlebars gives no location", () => {
    const source = "a\nb {{#if x}}{{plural n 'a' 'b'}}{{/if}}";
    expect(located(source, new HelperFailure("plural", new TemplateHelperError("bad")))).toBe(
      "2:14 template/helper-error",
    );
    expect(located(source, new HelperFailure("plural", new RangeError("bug")))).toBe("2:14 template/helper-failed");
  });

  it("falls back to the top of the file for anything else", () => {
    expect(located("x", new Error("odd"))).toBe("1:1 template/error");
  });
});
