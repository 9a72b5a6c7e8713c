import type { Issue } from "@tip/domain";
import { issueAt, SourceMap } from "./source-map.js";

export interface ClosingNoteResult {
  readonly value: { heading: string; paragraphs: string[] };
  readonly locations: SourceMap;
  readonly issues: Issue[];
}

/**
 * Reads `closing-note.md`: one `# HEADING` line, then paragraphs separated by blank lines.
 * Lines of one paragraph are joined with a space, so an editor may wrap them; the text keeps
 * the inline notation (`*emphasis*`, `<https://…>`).
 */
export function parseClosingNote(text: string, options: { readonly file: string }): ClosingNoteResult {
  const { file } = options;
  const lines = (text.startsWith("\uFEFF") ? text.slice(1) : text).split(/\r\n|\r|\n/);
  const issues: Issue[] = [];
  const locations = new SourceMap();
  locations.set([], { file, line: 1, column: 1 });
  let heading = "";
  const paragraphs: string[] = [];
  let current: string[] | undefined;
  lines.forEach((raw, index) => {
    const line = index + 1;
    const text = raw.trim();
    if (text === "") {
      current = undefined;
      return;
    }
    const h = /^(#+)\s*(.*)$/.exec(text);
    if (h) {
      if (h[1] === "#" && heading === "" && paragraphs.length === 0) {
        heading = h[2]!.trim();
        locations.set(["heading"], { file, line, column: raw.indexOf(h[2]!) + 1 });
      } else {
        issues.push(
          issueAt(
            { file, line, column: 1 },
            "markdown/heading",
            "only one heading is allowed, as the first line (# A CLOSING NOTE)",
            "make this line part of a paragraph, or remove the #",
          ),
        );
      }
      current = undefined;
      return;
    }
    if (current) {
      current.push(text);
      paragraphs[paragraphs.length - 1] = current.join(" ");
      return;
    }
    if (heading === "" && paragraphs.length === 0) {
      issues.push(
        issueAt(
          { file, line, column: 1 },
          "markdown/heading",
          "the closing note starts without a heading",
          "begin the file with a line such as # A CLOSING NOTE",
        ),
      );
    }
    current = [text];
    locations.set(["paragraphs", paragraphs.length], { file, line, column: raw.indexOf(text) + 1 });
    paragraphs.push(text);
  });
  paragraphs.forEach((p, i) => {
    const marks = p.replace(/\\[\\*<>]/g, "").split("*").length - 1;
    if (marks % 2 === 1) {
      issues.push(
        issueAt(
          locations.get(["paragraphs", i]) ?? { file, line: 1, column: 1 },
          "markdown/unbalanced-emphasis",
          "an *emphasis* is opened and never closed in this paragraph",
          "close it with a second *, or write \\* for a literal asterisk",
        ),
      );
    }
  });
  if (heading === "") locations.set(["heading"], { file, line: 1, column: 1 });
  return { value: { heading, paragraphs }, locations, issues };
}
