import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { editYamlScalars } from "./yaml-edit.js";

const SOURCE = `# The 2017 edition.
year: 2017   # the edition's year
title: "2017 Trafficking in Persons Report"
# The release date.
published: 2017-06-27
reportingPeriod: { start: 2016-04, end: 2017-03 }
intro: >-
  A folded text that the scaffold
  does not touch, kept as it is.
`;

describe("editYamlScalars", () => {
  it("rewrites only the values' own characters: comments, quoting, folding and flow style survive", () => {
    const result = editYamlScalars(SOURCE, [
      { path: ["year"], update: () => 2018 },
      { path: ["title"], update: (t) => String(t).replace("2017", "2018") },
      { path: ["published"], update: () => "2018-06-27" },
      { path: ["reportingPeriod", "start"], update: () => "2017-04" },
      { path: ["reportingPeriod", "end"], update: () => "2018-03" },
    ]);
    expect(result).toEqual({
      ok: true,
      text: `# The 2017 edition.
year: 2018   # the edition's year
title: "2018 Trafficking in Persons Report"
# The release date.
published: 2018-06-27
reportingPeriod: { start: 2017-04, end: 2018-03 }
intro: >-
  A folded text that the scaffold
  does not touch, kept as it is.
`,
      applied: [
        { path: ["year"], before: 2017, after: 2018, line: 2 },
        {
          path: ["title"],
          before: "2017 Trafficking in Persons Report",
          after: "2018 Trafficking in Persons Report",
          line: 3,
        },
        { path: ["published"], before: "2017-06-27", after: "2018-06-27", line: 5 },
        { path: ["reportingPeriod", "start"], before: "2016-04", after: "2017-04", line: 6 },
        { path: ["reportingPeriod", "end"], before: "2017-03", after: "2018-03", line: 6 },
      ],
    });
  });

  it("skips paths that are absent, not scalars, or unchanged", () => {
    const result = editYamlScalars(SOURCE, [
      { path: ["missing"], update: () => 1 },
      { path: ["reportingPeriod"], update: () => "x" },
      { path: ["year"], update: () => 2017 },
      { path: ["title"], update: () => undefined },
    ]);
    expect(result).toEqual({ ok: true, text: SOURCE, applied: [] });
  });

  it("quotes a value that plain style would misread, and rewrites a block scalar as a quoted one", () => {
    const source = "title: 2017 Report\nintro: |\n  line one\n  line two\nafter: kept\n";
    const result = editYamlScalars(source, [
      { path: ["title"], update: () => "2018: the report" },
      { path: ["intro"], update: () => "one line" },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(parse(result.text)).toEqual({ title: "2018: the report", intro: "one line", after: "kept" });
  });

  it("keeps a byte-order mark and CRLF line ends", () => {
    const result = editYamlScalars("\uFEFFyear: 2017\r\n# note\r\ntitle: x\r\n", [
      { path: ["year"], update: () => 2018 },
    ]);
    expect(result).toMatchObject({ ok: true, text: "\uFEFFyear: 2018\r\n# note\r\ntitle: x\r\n" });
  });

  it("reports YAML it cannot read, with the line and column", () => {
    expect(editYamlScalars("year: 2017\ntitle: [unclosed\n", [])).toMatchObject({ ok: false, line: 3, column: 1 });
  });

  it("always gives the intended data, whatever the new string", () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom("plain", '"double"', "'single'"), (value, style) => {
        const source = `# c\ntitle: ${style}\nnext: 1 # kept\n`;
        const result = editYamlScalars(source, [{ path: ["title"], update: () => value }]);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(parse(result.text)).toEqual({ title: value, next: 1 });
        expect(result.text).toContain("# kept");
      }),
    );
  });
});
