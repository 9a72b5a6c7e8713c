import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { engineDir, firstPresent, isWithin, makeFolder, realPathOf, writtenPath } from "./place.js";

// A read-only mount under the folder a test names, as Node meets one: a recursive mkdir through it
// fails with ENOENT, a single mkdir of a folder in it with EROFS.
// Every folder made is recorded; one named by a relative path (somewhere in the test run's working
// directory, not under the folder asked for) is refused, so that a test run leaves nothing there.
const readOnly = vi.hoisted(() => ({ under: undefined as string | undefined, made: [] as string[] }));
vi.mock("node:fs/promises", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs/promises")>();
  return {
    ...fs,
    mkdir: async (path: string, options?: Parameters<typeof fs.mkdir>[1]) => {
      readOnly.made.push(path);
      if (!path.startsWith("/")) throw new Error(`a test makes no folder in the working directory: ${path}`);
      if (readOnly.under !== undefined && path.startsWith(`${readOnly.under}/`)) {
        const recursive = typeof options === "object" && options?.recursive === true;
        throw Object.assign(new Error(`${recursive ? "ENOENT" : "EROFS"}: mkdir '${path}'`), {
          code: recursive ? "ENOENT" : "EROFS",
          syscall: "mkdir",
          path,
        });
      }
      return fs.mkdir(path, options);
    },
  };
});

// Where output goes is checked against where the inputs are (an --out inside the edition's folder,
// a diff written over a template, through a link or not): these are the answers those refusals rest on.

let root: string;
beforeEach(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), "report-gen-place-")));
  readOnly.under = undefined;
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("realPathOf", () => {
  it("resolves links in the part that exists and keeps the missing rest as given, in order", () => {
    mkdirSync(join(root, "editions", "2017"), { recursive: true });
    symlinkSync(join(root, "editions"), join(root, "data"));
    expect(realPathOf(join(root, "data", "2017"))).toBe(join(root, "editions", "2017"));
    expect(realPathOf(join(root, "data", "2017", "out", "briefs", "FRA.pdf"))).toBe(
      join(root, "editions", "2017", "out", "briefs", "FRA.pdf"),
    );
    expect(realPathOf("/no-such-folder-here/a/b")).toBe("/no-such-folder-here/a/b");
  });
});

describe("isWithin", () => {
  it("holds for the folder itself and what lies inside it, at any depth", () => {
    expect(isWithin("/work/editions/2017", "/work/editions/2017")).toBe(true);
    expect(isWithin("/work/editions/2017/out", "/work/editions/2017")).toBe(true);
    expect(isWithin("/work/editions/2017/a/b/c.pdf", "/work/editions")).toBe(true);
  });

  it("does not hold for the folder's parent, a sibling whose name begins the same, or elsewhere", () => {
    expect(isWithin("/work/editions", "/work/editions/2017")).toBe(false);
    expect(isWithin("/work/editions/2017-old", "/work/editions/2017")).toBe(false);
    expect(isWithin("/tmp/out", "/work/editions/2017")).toBe(false);
  });
});

describe("firstPresent", () => {
  it("names the first of the names found in the folder, or nothing", () => {
    writeFileSync(join(root, "countries.yaml"), "");
    writeFileSync(join(root, "glossary.yaml"), "");
    expect(firstPresent(root, ["edition.yaml", "glossary.yaml", "countries.yaml"])).toBe("glossary.yaml");
    expect(firstPresent(root, ["edition.yaml", "instruments.yaml"])).toBeUndefined();
  });
});

describe("writtenPath", () => {
  it("is the target of a link at the path, since writing through it changes the target", () => {
    mkdirSync(join(root, "templates"));
    writeFileSync(join(root, "templates", "brief.hbs"), "{{name}}");
    symlinkSync(join(root, "templates", "brief.hbs"), join(root, "diff.pdf"));
    expect(writtenPath(join(root, "diff.pdf"))).toBe(join(root, "templates", "brief.hbs"));
  });

  it("is the path in its folder's real place for a file or nothing at the path", () => {
    mkdirSync(join(root, "templates"));
    symlinkSync(join(root, "templates"), join(root, "out"));
    writeFileSync(join(root, "templates", "brief.hbs"), "{{name}}");
    expect(writtenPath(join(root, "out", "brief.hbs"))).toBe(join(root, "templates", "brief.hbs"));
    expect(writtenPath(join(root, "out", "diff.pdf"))).toBe(join(root, "templates", "diff.pdf"));
  });
});

describe("makeFolder", () => {
  it("makes every missing folder on the way, and accepts one that is there", async () => {
    await makeFolder(join(root, "out", "2017", "briefs"));
    expect(statSync(join(root, "out", "2017", "briefs")).isDirectory()).toBe(true);
    await makeFolder(join(root, "out", "2017", "briefs"));
    expect(statSync(join(root, "out", "2017", "briefs")).isDirectory()).toBe(true);
  });

  it("makes exactly the folders missing on the way, from the outermost, and nothing in the working directory", async () => {
    mkdirSync(join(root, "out"));
    readOnly.made = [];
    await makeFolder(join(root, "out", "2017", "briefs"));
    expect(readOnly.made).toEqual([join(root, "out", "2017"), join(root, "out", "2017", "briefs")]);
  });

  it("fails on a file in the way with the error for that path, making nothing", async () => {
    writeFileSync(join(root, "out"), "a user's file");
    await expect(makeFolder(join(root, "out", "2017"))).rejects.toMatchObject({ code: "ENOTDIR" });
    expect(statSync(join(root, "out")).isFile()).toBe(true);
  });

  it("names the first folder it could not make on a read-only mount, and the true cause", async () => {
    mkdirSync(join(root, "mnt"));
    readOnly.under = join(root, "mnt");
    await expect(makeFolder(join(root, "mnt", "out", "2017", "briefs"))).rejects.toMatchObject({
      code: "EROFS",
      syscall: "mkdir",
      path: join(root, "mnt", "out"),
    });
    expect(readdirSync(join(root, "mnt"))).toEqual([]);
  });

  it("names the mount's own path when the folder asked for is the first missing one", async () => {
    mkdirSync(join(root, "mnt"));
    readOnly.under = join(root, "mnt");
    const asked = join(root, "mnt", "out");
    await expect(makeFolder(asked)).rejects.toMatchObject({ code: "EROFS", path: asked });
  });
});

describe("engineDir", () => {
  it("is the PDF engine's package folder, which holds its fonts", () => {
    const dir = engineDir();
    expect(JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).name).toBe("@tip/pdf-engine");
    expect(existsSync(dir)).toBe(true);
  });
});
