import { describe, expect, it } from "vitest";
import { parseClosingNote } from "./markdown.js";

describe("parseClosingNote", () => {
  it("reads the heading and the paragraphs, joining wrapped lines", () => {
    const { value, issues, locations } = parseClosingNote(
      "# A CLOSING NOTE\n\nFirst line\nwrapped.\n\n\nThe *Trafficking in Persons Report* includes.\n",
      { file: "c.md" },
    );
    expect(issues).toEqual([]);
    expect(value).toEqual({
      heading: "A CLOSING NOTE",
      paragraphs: ["First line wrapped.", "The *Trafficking in Persons Report* includes."],
    });
    expect(locations.get(["heading"])).toEqual({ file: "c.md", line: 1, column: 3 });
    expect(locations.get(["paragraphs", 1])).toEqual({ file: "c.md", line: 7, column: 1 });
  });

  it("reports a missing heading, a second heading and an emphasis left open", () => {
    const { issues } = parseClosingNote("Text first.\n\n# Later\n\nAn *open emphasis.\n", { file: "c.md" });
    expect(issues.map((i) => `${i.line}:${i.column} ${i.rule}`)).toEqual([
      "1:1 markdown/heading",
      "3:1 markdown/heading",
      "5:1 markdown/unbalanced-emphasis",
    ]);
  });

  it("counts an escaped asterisk as text", () => {
    expect(parseClosingNote("# H\n\nA \\* star.\n", { file: "c.md" }).issues).toEqual([]);
  });

  it("does not count a byte-order mark as a column of line 1", () => {
    const { value, issues, locations } = parseClosingNote("\uFEFF# A CLOSING NOTE\n\nText with an *open emphasis.\n", {
      file: "c.md",
    });
    expect(value.heading).toBe("A CLOSING NOTE");
    expect(locations.get(["heading"])).toEqual({ file: "c.md", line: 1, column: 3 });
    expect(issues.map((i) => `${i.line}:${i.column} ${i.rule}`)).toEqual(["3:1 markdown/unbalanced-emphasis"]);
    expect(
      parseClosingNote("\uFEFFText first.\n", { file: "c.md" }).issues.map((i) => `${i.line}:${i.column}`),
    ).toEqual(["1:1"]);
  });
});
