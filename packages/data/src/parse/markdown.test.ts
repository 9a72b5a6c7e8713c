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

  it("places an indented heading and paragraph at their first character", () => {
    const { value, issues, locations } = parseClosingNote("  #   A NOTE  \n\n   Indented\ntext.\n", { file: "c.md" });
    expect(issues).toEqual([]);
    expect(value).toEqual({ heading: "A NOTE", paragraphs: ["Indented text."] });
    expect(locations.get(["heading"])).toEqual({ file: "c.md", line: 1, column: 7 });
    expect(locations.get(["paragraphs", 0])).toEqual({ file: "c.md", line: 3, column: 4 });
  });

  it("takes a ## first line for a second-level heading, not the note's heading", () => {
    const { value, issues } = parseClosingNote("## A NOTE\n\nText.\n", { file: "c.md" });
    expect(value.heading).toBe("");
    expect(issues.map((i) => `${i.line}:${i.column} ${i.rule} ${i.message}`)).toEqual([
      "1:1 markdown/heading only one heading is allowed, as the first line (# A CLOSING NOTE)",
      "3:1 markdown/heading the closing note starts without a heading",
    ]);
  });

  it("reports an emphasis left open at the paragraph that holds it, whatever line it is on", () => {
    const { issues } = parseClosingNote("# H\n\nFirst.\n\nSecond *open\ncontinued.\n\n\\\\*balanced* \\<x\\>\n", {
      file: "c.md",
    });
    expect(issues.map((i) => `${i.line}:${i.column} ${i.rule}`)).toEqual(["5:1 markdown/unbalanced-emphasis"]);
  });

  it("places the heading of an empty note at the file's start, for the schema to report", () => {
    const { value, issues, locations } = parseClosingNote("", { file: "c.md" });
    expect(value).toEqual({ heading: "", paragraphs: [] });
    expect(issues).toEqual([]);
    expect(locations.get(["heading"])).toEqual({ file: "c.md", line: 1, column: 1 });
  });

  it("says what is wrong with the note and how to fix it", () => {
    const told = (text: string) =>
      parseClosingNote(text, { file: "c.md" }).issues.map((i) => `${i.rule}: ${i.message} (${i.hint})`);
    expect(told("Text first.\n")).toEqual([
      "markdown/heading: the closing note starts without a heading (begin the file with a line such as # A CLOSING NOTE)",
    ]);
    expect(told("# A NOTE\n# ANOTHER\n\nText.\n")).toEqual([
      "markdown/heading: only one heading is allowed, as the first line (# A CLOSING NOTE) (make this line part of a paragraph, or remove the #)",
    ]);
    expect(told("# A NOTE\n\nAn *open one.\n")).toEqual([
      "markdown/unbalanced-emphasis: an *emphasis* is opened and never closed in this paragraph (close it with a second *, or write \\* for a literal asterisk)",
    ]);
  });

  it("takes a # with no space after it for the heading, and a # inside a line for text", () => {
    const { value, issues } = parseClosingNote("#A CLOSING NOTE\n\nSee item #5 of the list.\n", { file: "c.md" });
    expect(issues).toEqual([]);
    expect(value).toEqual({ heading: "A CLOSING NOTE", paragraphs: ["See item #5 of the list."] });
  });
});
