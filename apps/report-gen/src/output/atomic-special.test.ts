import { type ChildProcess, execFile, execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isSpecialFile, writeFileAtomic } from "./atomic.js";

// A user may name a named pipe or a device as the file to write (`--manifest /dev/stdout`, a pipe another
// program reads): it is written into, never replaced by a regular file.

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "report-gen-atomic-special-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("writeFileAtomic into a named pipe, a socket, a folder", () => {
  it("writes into a named pipe that another program reads, and leaves the pipe a pipe", async () => {
    const pipe = join(dir, "feed");
    execFileSync("mkfifo", [pipe]);
    expect(isSpecialFile(pipe)).toBe(true);
    // The reader: `cat` in a child process, as another program would read the pipe.
    let cat: ChildProcess | undefined;
    const reader = new Promise<string>((resolve, reject) => {
      cat = execFile("cat", [pipe], (error, stdout) => (error ? reject(error) : resolve(stdout)));
    });
    try {
      await writeFileAtomic(pipe, "report\n");
      expect(statSync(pipe).isFIFO()).toBe(true);
      expect(await reader).toBe("report\n");
    } finally {
      cat?.kill();
    }
    expect(readdirSync(dir)).toEqual(["feed"]);
  });

  it("names the file asked for when a socket in its place cannot be written", async () => {
    const socket = join(dir, "sock");
    const server: Server = createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      expect(isSpecialFile(socket)).toBe(true);
      await expect(writeFileAtomic(socket, "x")).rejects.toMatchObject({
        code: "ENXIO",
        syscall: "write",
        path: socket,
      });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("takes neither a folder nor a missing file for a special one: a regular file replaces nothing special", async () => {
    mkdirSync(join(dir, "folder"));
    expect(isSpecialFile(join(dir, "folder"))).toBe(false);
    expect(isSpecialFile(join(dir, "missing"))).toBe(false);
    await writeFileAtomic(join(dir, "missing"), "new");
    expect(readFileSync(join(dir, "missing"), "utf8")).toBe("new");
  });
});
