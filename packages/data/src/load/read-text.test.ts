import { execFileSync } from "node:child_process";
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MAX_FILE_BYTES, readTextFile } from "./read-text.js";

const dir = mkdtempSync(join(tmpdir(), "read-text-"));
const edition = join(dir, "edition");
mkdirSync(edition);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const read = (name: string, bytes: string | Buffer, maxBytes?: number) => {
  writeFileSync(join(edition, name), bytes);
  return readTextFile(join(edition, name), { file: name, root: edition, maxBytes });
};
const issue = async (promise: ReturnType<typeof readTextFile>) => {
  const result = await promise;
  return result.ok
    ? result
    : { rule: result.issue.rule, at: `${result.issue.line}:${result.issue.column}`, message: result.issue.message };
};
const hint = async (promise: ReturnType<typeof readTextFile>) => {
  const result = await promise;
  return result.ok ? undefined : result.issue.hint;
};

describe("readTextFile", () => {
  it("reads a UTF-8 file inside the folder", async () => {
    expect(await read("ok.txt", "Côte d'Ivoire\n")).toEqual({ ok: true, text: "Côte d'Ivoire\n" });
  });

  it("refuses a link that leads out of the folder, naming where it leads, and never reads it", async () => {
    writeFileSync(join(dir, "secret.txt"), "root:x:0:0");
    symlinkSync(join(dir, "secret.txt"), join(edition, "staff.txt"));
    expect(await issue(readTextFile(join(edition, "staff.txt"), { file: "staff.txt", root: edition }))).toEqual({
      rule: "file/outside-edition",
      at: "1:1",
      message: `the file leads out of the edition's folder, to ${join(dir, "secret.txt")}`,
    });
    expect(await hint(readTextFile(join(edition, "staff.txt"), { file: "staff.txt", root: edition }))).toBe(
      "put the file itself in the folder, not a link to a file elsewhere",
    );
  });

  it("refuses a FIFO at once instead of waiting on it forever", async () => {
    execFileSync("mkfifo", [join(edition, "pipe.csv")]);
    expect(await issue(readTextFile(join(edition, "pipe.csv"), { file: "pipe.csv", root: edition }))).toMatchObject({
      rule: "file/not-a-file",
      message: "the file is a named pipe (FIFO), not a regular file",
    });
  });

  it("refuses a file over the size limit, saying both sizes", async () => {
    expect(await issue(read("big.csv", "x".repeat(3000), 2048))).toEqual({
      rule: "file/too-large",
      at: "1:1",
      message: "the file is 3 KB, more than the 2 KB a file may hold",
    });
    expect(await hint(read("big.csv", "x".repeat(3000), 2048))).toBe(
      "check that it is the right file: an edition's files are far smaller",
    );
  });

  it("names UTF-16 as UTF-16, with or without a byte-order mark", async () => {
    expect(await issue(read("le.yaml", Buffer.from("\ufeffyear: 2017\n", "utf16le")))).toMatchObject({
      rule: "file/utf-16",
      message: "the file is UTF-16 text",
    });
    expect(await issue(read("nobom.yaml", Buffer.from("year: 2017\n", "utf16le")))).toMatchObject({
      rule: "file/utf-16",
    });
  });

  it("leaves a stray NUL in a text file to the text checks", async () => {
    expect(await read("stray.txt", "Ana\u0000 Ruiz\n")).toEqual({ ok: true, text: "Ana\u0000 Ruiz\n" });
  });

  it("names a binary file and stray bytes, each where it is", async () => {
    expect(await issue(read("bin.txt", Buffer.from([0x41, 0x0a, 0x42, 0x00, 0x00, 0x43])))).toEqual({
      rule: "file/binary",
      at: "2:2",
      message: "the file holds a NUL byte: it is not a text file",
    });
    expect(await hint(read("bin.txt", Buffer.from([0x41, 0x0a, 0x42, 0x00, 0x00, 0x43])))).toBe(
      "give the edition's text file (UTF-8), not a binary one",
    );
    expect(await hint(read("latin1.txt", Buffer.from("ok\nC\xf4te", "latin1")))).toBe(
      "save it as UTF-8 (in most editors: Save As, encoding UTF-8)",
    );
    expect(await issue(read("latin1.txt", Buffer.from("ok\nC\xf4te", "latin1")))).toEqual({
      rule: "file/encoding",
      at: "2:2",
      message: "the file is not UTF-8: the byte \\xf4 is not UTF-8 text",
    });
  });

  it("names a missing file, with the caller's hint or a general one", async () => {
    const missing = join(edition, "glossary.yaml");
    const general = await readTextFile(missing, { file: "2017/glossary.yaml", root: edition });
    expect(general).toEqual({
      ok: false,
      issue: {
        file: "2017/glossary.yaml",
        line: 1,
        column: 1,
        rule: "file/missing",
        message: "2017/glossary.yaml is missing",
        hint: "check the file's name and folder",
        severity: "error",
      },
    });
    const hinted = await readTextFile(missing, {
      file: "glossary.yaml",
      missingHint: "an edition holds glossary.yaml",
    });
    expect(!hinted.ok && hinted.issue.hint).toBe("an edition holds glossary.yaml");
  });

  it("says what a path is when it is no file: a folder, a device", async () => {
    mkdirSync(join(edition, "staff.txt.d"));
    expect(await issue(readTextFile(join(edition, "staff.txt.d"), { file: "staff.txt", root: edition }))).toEqual({
      rule: "file/not-a-file",
      at: "1:1",
      message: "the file is a folder, not a regular file",
    });
    expect(await hint(readTextFile(join(edition, "staff.txt.d"), { file: "staff.txt" }))).toBe(
      "replace it with a text file",
    );
    expect(await issue(readTextFile("/dev/null", { file: "staff.txt" }))).toMatchObject({
      message: "the file is a device, not a regular file",
    });
  });

  it("reads a file of exactly the size limit, and refuses one byte more", async () => {
    expect(await read("limit.csv", "x".repeat(2048), 2048)).toEqual({ ok: true, text: "x".repeat(2048) });
    expect(await issue(read("over.csv", "x".repeat(2049), 2048))).toMatchObject({ rule: "file/too-large" });
  });

  it("holds a file to the default limit of 1 MB, in kilobytes below 10 MB", async () => {
    expect(await issue(read("huge.csv", Buffer.alloc(MAX_FILE_BYTES + 1, 0x78)))).toEqual({
      rule: "file/too-large",
      at: "1:1",
      message: "the file is 1025 KB, more than the 1024 KB a file may hold",
    });
    const tenMb = 10 * 1024 * 1024;
    expect(await issue(read("huger.csv", Buffer.alloc(tenMb + 2 * 1024 * 1024, 0x78), tenMb))).toMatchObject({
      message: "the file is 12 MB, more than the 10 MB a file may hold",
    });
  });

  it("stops reading at the limit a file that says it is smaller (a /proc file says it holds nothing)", async () => {
    expect(await issue(readTextFile("/proc/self/status", { file: "status", maxBytes: 16 }))).toEqual({
      rule: "file/too-large",
      at: "1:1",
      message: "the file is more than the 1 KB a file may hold",
    });
    const whole = await readTextFile("/proc/self/status", { file: "status" });
    expect(whole.ok && whole.text).toMatch(/^Name:/);
    expect(await hint(readTextFile("/proc/self/status", { file: "status", maxBytes: 16 }))).toBe(
      "check that it is the right file: an edition's files are far smaller",
    );
  });

  it("reads a file the system hands out a piece at a time (/proc/self/maps) to its end", async () => {
    // The kernel gives this file a page at a time, and says it holds nothing: the last line is
    // the same wherever the process's memory lies.
    const lastLine = (text: string) =>
      text
        .trimEnd()
        .split("\n")
        .at(-1)!
        .replace(/^\S+\s+/, "");
    const whole = await readTextFile("/proc/self/maps", { file: "maps" });
    expect(whole.ok && whole.text.length).toBeGreaterThan(4096);
    expect(whole.ok && lastLine(whole.text)).toBe(lastLine(readFileSync("/proc/self/maps", "utf8")));
  });

  it("names a path it cannot look at, or open, or read, as unreadable, with the system's reason", async () => {
    writeFileSync(join(edition, "plain.txt"), "text\n");
    // A path through a file: stat fails with ENOTDIR, not ENOENT.
    expect(await readTextFile(join(edition, "plain.txt", "glossary.yaml"), { file: "glossary.yaml" })).toEqual({
      ok: false,
      issue: {
        file: "glossary.yaml",
        line: 1,
        column: 1,
        rule: "file/unreadable",
        message: "the file cannot be read (ENOTDIR)",
        hint: "check that it is a readable file",
        severity: "error",
      },
    });
    // Opened but not read: /proc/self/clear_refs takes writes only (EINVAL to a read; EACCES to open
    // it, for a user other than root).
    expect(await issue(readTextFile("/proc/self/clear_refs", { file: "clear_refs" }))).toEqual({
      rule: "file/unreadable",
      at: "1:1",
      message: expect.stringMatching(/^the file cannot be read \((EINVAL|EACCES)\)$/),
    });
  });

  it("names a file it may not open as unreadable", async () => {
    // A user other than root may not open a file without read permission; root may, but not a
    // write-only attribute of /sys, which has no read method (EACCES to open it, whoever asks).
    const root = process.getuid?.() === 0;
    const path = root ? "/sys/bus/pci/rescan" : join(edition, "secret.csv");
    if (!root) {
      writeFileSync(path, "ARG\n");
      chmodSync(path, 0o000);
    }
    const result = await readTextFile(path, { file: "secret.csv" });
    expect(!result.ok && result.issue).toMatchObject({
      rule: "file/unreadable",
      message: "the file cannot be read (EACCES)",
      hint: "check that it is a readable file",
    });
  });

  it("closes every file it opens, read or refused", async () => {
    const open = () => readdirSync("/proc/self/fd").length;
    writeFileSync(join(edition, "fd.csv"), "x".repeat(100));
    const before = open();
    for (let i = 0; i < 20; i++) {
      await readTextFile(join(edition, "fd.csv"), { file: "fd.csv" });
      await readTextFile(join(edition, "fd.csv"), { file: "fd.csv", maxBytes: 10 });
      await readTextFile("/proc/self/clear_refs", { file: "clear_refs" });
    }
    expect(open()).toBe(before);
  });

  it("names UTF-16 by its byte-order mark when no character has a NUL byte (Cyrillic, quotes and dashes)", async () => {
    const text = "\ufeff“Россия”—";
    expect(await issue(read("ru-le.yaml", Buffer.from(text, "utf16le")))).toEqual({
      rule: "file/utf-16",
      at: "1:1",
      message: "the file is UTF-16 text",
    });
    expect(await issue(read("ru-be.yaml", Buffer.from(text, "utf16le").swap16()))).toMatchObject({
      rule: "file/utf-16",
    });
    // The shortest a file can be that is known as UTF-16 by its NULs alone: two letters.
    expect(await issue(read("ok.yaml", Buffer.from("ok", "utf16le")))).toMatchObject({ rule: "file/utf-16" });
  });

  it("names big-endian UTF-16 too, and UTF-16 of letters beyond Latin", async () => {
    expect(await issue(read("be.yaml", Buffer.from([0xfe, 0xff, 0x00, 0x79, 0x00, 0x3a])))).toMatchObject({
      rule: "file/utf-16",
    });
    const bigEndian = Buffer.from("year: 2017\n", "utf16le").swap16();
    expect(await issue(read("be-nobom.yaml", bigEndian))).toMatchObject({ rule: "file/utf-16" });
    // A few NUL-free pairs (Cyrillic letters, two bytes each with no zero) do not hide it.
    const mixed = Buffer.from("year: 2017 Россия name: Russia\n", "utf16le");
    expect(await issue(read("mixed.yaml", mixed))).toMatchObject({ rule: "file/utf-16" });
  });

  it("names UTF-32 as UTF-32, not UTF-16 or binary, in either byte order, with or without a byte-order mark", async () => {
    /** The text in UTF-32, four bytes a character. */
    const utf32 = (text: string, order: "le" | "be") => {
      const bytes = Buffer.alloc([...text].length * 4);
      [...text].forEach((c, i) =>
        order === "le" ? bytes.writeUInt32LE(c.codePointAt(0)!, i * 4) : bytes.writeUInt32BE(c.codePointAt(0)!, i * 4),
      );
      return bytes;
    };
    const expected = {
      rule: "file/utf-32",
      at: "1:1",
      message: "the file is UTF-32 text",
    };
    for (const order of ["le", "be"] as const) {
      for (const text of ["\ufeffyear: 2017\n", "year: 2017\n", "name: Россия 𝄞 Côte d'Ivoire\n", "ab"]) {
        expect(await issue(read(`utf32-${order}.yaml`, utf32(text, order)))).toEqual(expected);
      }
    }
    const result = await read("utf32.yaml", utf32("\ufeffyear: 2017\n", "le"));
    expect(!result.ok && result.issue.hint).toBe("save it as UTF-8 (in most editors: Save As, encoding UTF-8)");
  });

  it("does not take a binary file of NULs for UTF-32", async () => {
    // All NULs: no low byte to read a character from.
    expect(await issue(read("zeros.bin", Buffer.alloc(64)))).toMatchObject({ rule: "file/binary" });
    // A character's low byte NUL in most places: not text of any kind.
    const lows = Buffer.alloc(64);
    lows[4] = 0x41;
    expect(await issue(read("lows.bin", lows))).toMatchObject({ rule: "file/binary" });
  });

  it("does not take text with NULs in every other byte of a few characters, or a file of three bytes, for UTF-16", async () => {
    expect(await issue(read("nuls.txt", "a\u0000b\u0000cdefghijklmnop\n"))).toMatchObject({ rule: "file/binary" });
    expect(await read("tiny.txt", "a\u0000b")).toEqual({ ok: true, text: "a\u0000b" });
  });

  it("points at the first byte that is not UTF-8, counting characters, not bytes, before it", async () => {
    const cases: [string, number[], string][] = [
      // Two-, three- and four-byte characters before the stray byte: ° (c2 b0), ß (c3 9f), – (e2 80 93), 𝄞 (f0 9d 84 9e).
      ["2:5", [...Buffer.from("ok\n°ß–𝄞"), 0xff], "\\xff"],
      // A lead byte no UTF-8 character starts with: overlong c0 and c1, and f5 (beyond U+10FFFF).
      ["1:3", [...Buffer.from("é°"), 0xc0, 0x80], "\\xc0"],
      ["1:2", [...Buffer.from("ï"), 0xc1, 0xbf], "\\xc1"],
      ["1:2", [...Buffer.from("ÿ"), 0xf5, 0x80, 0x80, 0x80], "\\xf5"],
      // A character cut short by the end of the file, after ones at the edges of each range (U+0080, U+07FF, U+0800, U+FFFF, U+10000, U+10FFFF).
      ["1:7", [...Buffer.from("\u0080\u07ff\u0800\uffff\u{10000}\u{10ffff}"), 0xe2, 0x80], "\\xe2"],
      // A continuation byte with no lead byte.
      ["1:4", [...Buffer.from("abc"), 0x80], "\\x80"],
    ];
    for (const [at, bytes, shown] of cases) {
      expect(await issue(read("bad.txt", Buffer.from(bytes)))).toEqual({
        rule: "file/encoding",
        at,
        message: `the file is not UTF-8: the byte ${shown} is not UTF-8 text`,
      });
    }
  });
});
