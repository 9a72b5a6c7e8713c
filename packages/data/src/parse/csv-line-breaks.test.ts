// A quoted CSV field keeps its line breaks exactly as written: an editor's two paragraphs in one cell
// (a blank line between them) come back with two LF, not a CRLF; an old Mac file's lone CR stays a CR.
import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv.js";

const values = (text: string) => parseCsv(text, { file: "t.csv" }).records.map((r) => r.fields.map((f) => f.value));

describe("a quoted field's line breaks", () => {
  it("keeps a blank line between paragraphs, and a lone CR, as written", () => {
    expect(values('"First paragraph.\n\nSecond paragraph.","one\rtwo"\n')).toEqual([
      ["First paragraph.\n\nSecond paragraph.", "one\rtwo"],
    ]);
  });
});
