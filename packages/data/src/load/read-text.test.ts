import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readTextFile } from "./read-text.js";

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
    expect(await issue(read("latin1.txt", Buffer.from("ok\nC\xf4te", "latin1")))).toEqual({
      rule: "file/encoding",
      at: "2:2",
      message: "the file is not UTF-8: the byte \\xf4 is not UTF-8 text",
    });
  });
});
