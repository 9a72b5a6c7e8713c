// A byte-order mark names UTF-16 and UTF-32 by itself; bytes that only look like part of one do not.
import { decodeText, readTextFile } from "./read-text.js";
import { describe, expect, it } from "vitest";
import { utf32 } from "../../__tests__/wide-text.js";

const rule = (bytes: number[] | Buffer) => {
  const result = decodeText(Uint8Array.from(bytes), "f.yaml");
  return result.ok ? "ok" : `${result.issue.rule} ${result.issue.line}:${result.issue.column}`;
};

describe("byte-order marks", () => {
  it("names UTF-32 by its mark when its characters are beyond U+FFFF (no NUL pattern to go by)", () => {
    expect(rule(utf32("\ufeff𝄞𝄞𝄞", "le"))).toBe("file/utf-32 1:1");
    expect(rule(utf32("\ufeff𝄞𝄞𝄞", "be"))).toBe("file/utf-32 1:1");
  });

  it("names a long UTF-32 file without a mark from its first 512 bytes alone, in either byte order", () => {
    const text = "year: 2017\n".repeat(20);
    expect(rule(utf32(text, "le"))).toBe("file/utf-32 1:1");
    expect(rule(utf32(text, "be"))).toBe("file/utf-32 1:1");
  });

  it("names UTF-16 whose first character after the mark ends in a NUL byte (Ā, U+0100) as UTF-16", () => {
    expect(rule(Buffer.from("\ufeffĀ—“”", "utf16le"))).toBe("file/utf-16 1:1");
    expect(rule(Buffer.from("\ufeffĀ—“”", "utf16le").swap16())).toBe("file/utf-16 1:1");
  });

  it("does not take a Latin-1 file that starts with þ or ÿ, or has one second, for UTF-16", () => {
    for (const text of ["ÿes", "þorn", "aþ—", "aÿ—"]) {
      expect(rule(Buffer.from(text, "latin1"))).toMatch(/^file\/encoding 1:[12]$/);
    }
  });

  it("says how to fix a file that opens but cannot be read", async () => {
    // /proc/self/clear_refs takes writes only: EINVAL to a read (EACCES to open it, for a user other than root).
    const result = await readTextFile("/proc/self/clear_refs", { file: "clear_refs" });
    expect(!result.ok && result.issue.hint).toBe("check that it is a readable file");
  });
});
