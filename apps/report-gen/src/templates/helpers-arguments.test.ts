import { describe, expect, it } from "vitest";
import { templateDirs } from "./__tests__/template-dirs.js";
import { renderTemplate } from "./render-template.js";

// The standard helpers as an editor meets them: through a template, with what a view model holds.
// A mistake gives `helper "<name>": <what it expected>, got <what it was given>` at the call.

function render(source: string, viewModel: object): string {
  const { shared } = templateDirs({ shared: { "t.hbs": source } });
  const result = renderTemplate("t", viewModel, { dirs: [shared] });
  return "markup" in result ? result.markup : result.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join("\n");
}

describe("join", () => {
  it("joins text and numbers with a comma and a space, or the separator given", () => {
    expect(render("{{join names}}", { names: ["Chad", "Mali", 2017] })).toBe("Chad, Mali, 2017");
    expect(render('{{join names " · "}}', { names: ["Chad", "Mali"] })).toBe("Chad · Mali");
    expect(render('{{join names ""}}', { names: ["a", "b"] })).toBe("ab");
    expect(render("{{join names}}", { names: [] })).toBe("");
  });

  it("names what an item that is not text is, instead of printing it", () => {
    expect(render("{{join items}}", { items: ["Chad", null, ["a"], { name: "Mali" }, true] })).toBe(
      "Chad, null, a list, object, boolean",
    );
  });

  it("says what it was given instead of a list or a separator", () => {
    expect(render("{{join name}}", { name: "Chad" })).toBe('1:3 helper "join": join expects a list, got "Chad"');
    expect(render("{{join rows}}", { rows: { a: 1 } })).toBe('1:3 helper "join": join expects a list, got object');
    expect(render("{{join names sep}}", { names: ["a"], sep: 5 })).toBe(
      '1:3 helper "join": join expects text, got number',
    );
    expect(render("{{join names sep}}", { names: ["a"], sep: ["-"] })).toBe(
      '1:3 helper "join": join expects text, got a list',
    );
  });
});

describe("plural", () => {
  it("takes the singular for exactly one, the plural for any other number", () => {
    const source = '{{#each counts}}{{this}} {{plural this "party" "parties"}};{{/each}}';
    expect(render(source, { counts: [0, 1, 2, -1, 1.5] })).toBe("0 parties;1 party;2 parties;-1 parties;1.5 parties;");
  });

  it("says what it was given instead of a count or a word", () => {
    expect(render('{{plural n "a" "b"}}', { n: null })).toBe('1:3 helper "plural": plural expects a number, got null');
    expect(render('{{plural n "a" "b"}}', { n: Number.NaN })).toBe(
      '1:3 helper "plural": plural expects a number, got number',
    );
    expect(render('{{plural n "a" "b"}}', { n: Number.POSITIVE_INFINITY })).toBe(
      '1:3 helper "plural": plural expects a number, got number',
    );
    expect(render('{{plural 1 word "b"}}', { word: 1 })).toBe('1:3 helper "plural": plural expects text, got number');
    expect(render('{{plural 2 "a" word}}', { word: null })).toBe('1:3 helper "plural": plural expects text, got null');
  });
});

describe("yearOf", () => {
  it("reads the UTC year of an ISO date, a date, or a year", () => {
    expect(render("{{yearOf d}}", { d: "2017-06-27" })).toBe("2017");
    expect(render("{{yearOf d}}", { d: "2016-12-31T23:30:00-05:00" })).toBe("2017");
    expect(render("{{yearOf d}}", { d: new Date(Date.UTC(2016, 11, 31, 23, 59)) })).toBe("2016");
    expect(render("{{yearOf 2017}} {{yearOf 1}} {{yearOf 9999}}", {})).toBe("2017 1 9999");
  });

  it("says what it was given instead of a date", () => {
    const told = (value: unknown) => render("{{yearOf d}}", { d: value });
    expect(told("soon")).toBe('1:3 helper "yearOf": yearOf expects a date, got "soon"');
    expect(told(new Date("soon"))).toBe('1:3 helper "yearOf": yearOf expects a date, got object');
    expect(told(null)).toBe('1:3 helper "yearOf": yearOf expects a date, got null');
    expect(told([2017])).toBe('1:3 helper "yearOf": yearOf expects a date, got a list');
    for (const year of [0, -2017, 10_000, 2017.5])
      expect(told(year), String(year)).toBe('1:3 helper "yearOf": yearOf expects a date, got number');
  });
});

describe("formatNumber", () => {
  it("writes numbers in US English, in the notation asked for", () => {
    const source =
      '{{formatNumber n}}|{{formatNumber n "standard"}}|{{formatNumber n "compact"}}|{{formatNumber n "scientific"}}|{{formatNumber n "engineering"}}';
    expect(render(source, { n: 107574 })).toBe("107,574|107,574|108K|1.076E5|107.574E3");
  });

  it("says what it was given instead of a notation or a number", () => {
    expect(render('{{formatNumber 1 "roman"}}', {})).toBe(
      '1:3 helper "formatNumber": formatNumber expects one of standard, compact, scientific, engineering, got "roman"',
    );
    expect(render("{{formatNumber n}}", { n: "107574" })).toBe(
      '1:3 helper "formatNumber": formatNumber expects a number, got "107574"',
    );
  });
});

describe("eq", () => {
  it("is true only for the same value of the same type", () => {
    const source = "{{#if (eq a b)}}same{{else}}different{{/if}}";
    expect(render(source, { a: "2", b: "2" })).toBe("same");
    expect(render(source, { a: 2, b: "2" })).toBe("different");
    expect(render(source, { a: "Tier 2", b: "Tier 2 Watch List" })).toBe("different");
  });
});
