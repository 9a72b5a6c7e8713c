import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";

/** When set, writeFile writes the first bytes and then fails as a full disk does. */
const diskFull = vi.hoisted(() => ({ on: false }));
vi.mock("node:fs/promises", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs/promises")>();
  return {
    ...fs,
    writeFile: async (...args: Parameters<typeof fs.writeFile>) => {
      if (!diskFull.on) return fs.writeFile(...args);
      await fs.writeFile(args[0], String(args[1]).slice(0, 3), args[2]);
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), {
        code: "ENOSPC",
        errno: -28,
        syscall: "write",
      });
    },
  };
});

const { writeFileAtomic } = await import("./atomic.js");
const dir = mkdtempSync(join(tmpdir(), "atomic-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("writeFileAtomic", () => {
  it("writes the whole file", async () => {
    await writeFileAtomic(join(dir, "a.md"), "whole text\n");
    expect(readFileSync(join(dir, "a.md"), "utf8")).toBe("whole text\n");
  });

  it("on a full disk leaves the earlier file as it was and no partial file, and the error names the file", async () => {
    writeFileSync(join(dir, "b.md"), "earlier\n");
    diskFull.on = true;
    try {
      const error = await writeFileAtomic(join(dir, "b.md"), "new text that does not fit\n").catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "ENOSPC", syscall: "write", path: join(dir, "b.md") });
    } finally {
      diskFull.on = false;
    }
    expect(readdirSync(dir).sort()).toEqual(["a.md", "b.md"]);
    expect(readFileSync(join(dir, "b.md"), "utf8")).toBe("earlier\n");
  });
});
