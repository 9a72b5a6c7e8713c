// Without a byte-order mark, UTF-16 and UTF-32 are known by where their NUL bytes stand. The shares
// are rules an editor meets (apps/docs/guide/editors.md, "What a file must be"): the file just on
// each side of each, and what the editor is told.
import { existsSync, openSync, readSync, closeSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { utf32 } from "../../__tests__/wide-text.js";
import { decodeText, readTextFile } from "./read-text.js";

/** The rule and place of the issue a file's bytes get, or "ok". */
const told = (bytes: Buffer) => {
  const result = decodeText(Uint8Array.from(bytes), "glossary.yaml");
  return result.ok
    ? "ok"
    : `${result.issue.file}:${result.issue.line}:${result.issue.column} ${result.issue.rule}: ${result.issue.message}`;
};
const utf16 = (text: string, order: "le" | "be") =>
  order === "le" ? Buffer.from(text, "utf16le") : Buffer.from(text, "utf16le").swap16();
const UTF16 = "glossary.yaml:1:1 file/utf-16: the file is UTF-16 text";
const UTF32 = "glossary.yaml:1:1 file/utf-32: the file is UTF-32 text";
const BINARY = "file/binary: the file holds a NUL byte: it is not a text file";

describe("UTF-16 without a byte-order mark: more than 60 % of its first characters Latin (U+0000 to U+00FF)", () => {
  it.each(["le", "be"] as const)("4 of 5 characters Latin is UTF-16; 3 of 5 is a binary file (%s)", (order) => {
    expect(told(utf16("ab—cd", order))).toBe(UTF16);
    // Exactly 60 %: not UTF-16; its NULs make it a binary file, named at the first one.
    expect(told(utf16("a—b—c", order))).toBe(`glossary.yaml:1:${order === "le" ? 2 : 1} ${BINARY}`);
  });
});

describe("UTF-32 without a byte-order mark", () => {
  it.each(["le", "be"] as const)(
    "more than 60 % of its first characters up to U+FFFF: 4 of 5 is UTF-32, 3 of 5 a binary file (%s)",
    (order) => {
      expect(told(utf32("a𝄞bcd", order))).toBe(UTF32);
      expect(told(utf32("a𝄞b𝄞c", order))).toMatch(new RegExp(`^glossary\\.yaml:1:\\d+ ${BINARY}$`));
    },
  );

  it.each(["le", "be"] as const)(
    "fewer than half its first characters ending in a NUL byte (一, U+4E00): 1 of 4 is UTF-32, 2 of 4 a binary file (%s)",
    (order) => {
      expect(told(utf32("a一bc", order))).toBe(UTF32);
      expect(told(utf32("a一b一", order))).toMatch(new RegExp(`^glossary\\.yaml:1:\\d+ ${BINARY}$`));
    },
  );

  it("is not taken from UTF-16 whose every other character is beyond Latin: its NULs are in half the places only", () => {
    // Four bytes at a time this looks like 61 00 14 20: a NUL in the second place of every four, none in the
    // fourth, as big-endian UTF-32 has them; but UTF-32's first byte (big-endian) is NUL in every character.
    expect(told(utf16("a—b—c—d—", "le"))).toBe(`glossary.yaml:1:2 ${BINARY}`);
  });
});

describe("a file the system hands out a piece at a time", () => {
  // /proc/kallsyms: the kernel's symbols, the same text at every read, given a page at a time.
  it.skipIf(!existsSync("/proc/kallsyms"))(
    "is refused when it is longer than the limit, even when its first pieces hold the limit exactly",
    async () => {
      const fd = openSync("/proc/kallsyms", "r");
      const first = readSync(fd, Buffer.alloc(1 << 16), 0, 1 << 16, null);
      closeSync(fd);
      const result = await readTextFile("/proc/kallsyms", { file: "kallsyms", maxBytes: first });
      expect(!result.ok && `${result.issue.rule}: ${result.issue.message}`).toBe(
        // A page of text: 4 KB.
        "file/too-large: the file is more than the 4 KB a file may hold",
      );
    },
  );
});
