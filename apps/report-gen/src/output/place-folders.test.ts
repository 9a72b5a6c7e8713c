import { mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeFolder } from "./place.js";

// What is already in the place of an output folder: a user's file, a link to nowhere.

let root: string;
beforeEach(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), "report-gen-place-folders-")));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("makeFolder over what is there", () => {
  it("refuses a file where the folder should be, naming it, and leaves the file", async () => {
    const path = join(root, "out");
    writeFileSync(path, "a user's notes");
    await expect(makeFolder(path)).rejects.toMatchObject({
      message: `ENOTDIR: not a directory, mkdir '${path}'`,
      code: "ENOTDIR",
      syscall: "mkdir",
      path,
    });
    expect(readdirSync(root)).toEqual(["out"]);
  });

  it("refuses a link to nowhere where the folder should be, making nothing at its target", async () => {
    const path = join(root, "out");
    symlinkSync(join(root, "gone"), path);
    await expect(makeFolder(path)).rejects.toMatchObject({ code: "ENOTDIR", syscall: "mkdir", path });
    expect(readdirSync(root)).toEqual(["out"]);
  });

  it("goes through a link to a folder", async () => {
    mkdirSync(join(root, "real"));
    symlinkSync(join(root, "real"), join(root, "out"));
    await makeFolder(join(root, "out", "2017", "briefs"));
    expect(readdirSync(join(root, "real", "2017"))).toEqual(["briefs"]);
  });
});
