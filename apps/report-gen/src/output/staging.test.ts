import {
  existsSync,
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
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LOCK_NAME } from "./lock.js";
import { MANIFEST_NAME, sha256, type ManifestFile } from "./manifest.js";
import { openOutputFolder } from "./staging.js";

// A rename into the output folder that fails as a full or failing disk would, for the path a test names.
const failing = vi.hoisted(() => ({
  renameTo: undefined as string | undefined,
  mkdirIn: undefined as string | undefined,
}));
vi.mock("node:fs/promises", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs/promises")>();
  return {
    ...fs,
    rename: async (from: string, to: string) => {
      if (failing.renameTo !== undefined && to === failing.renameTo) {
        throw Object.assign(new Error(`ENOSPC: no space left on device, rename '${from}' -> '${to}'`), {
          code: "ENOSPC",
        });
      }
      return fs.rename(from, to);
    },
    mkdir: async (path: string, options?: Parameters<typeof fs.mkdir>[1]) => {
      if (failing.mkdirIn !== undefined && path.startsWith(`${failing.mkdirIn}/.report-gen-staging-`)) {
        throw Object.assign(new Error(`ENOSPC: no space left on device, mkdir '${path}'`), { code: "ENOSPC" });
      }
      return fs.mkdir(path, options);
    },
  };
});

let root: string;
let target: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "report-gen-staging-"));
  target = join(root, "2017");
  failing.renameTo = undefined;
  failing.mkdirIn = undefined;
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const entry = (path: string, text: string): ManifestFile => ({
  path,
  kind: "brief",
  sha256: sha256(text),
  bytes: Buffer.byteLength(text),
  inputs: sha256(`inputs of ${text}`),
});
const manifestPaths = () =>
  (JSON.parse(readFileSync(join(target, MANIFEST_NAME), "utf8")) as { files: ManifestFile[] }).files.map((f) => f.path);
/** Every file in the folder, with its text: what a user finds there. */
function contents(dir = target, prefix = ""): Record<string, string> {
  const found: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix + entry.name;
    if (entry.isDirectory()) Object.assign(found, contents(join(dir, entry.name), `${rel}/`));
    else if (entry.name !== MANIFEST_NAME) found[rel] = readFileSync(join(dir, entry.name), "utf8");
  }
  return found;
}

/** A first run's output: two briefs and the manifest listing them, plus a file of the user's. */
async function earlierRun(): Promise<ManifestFile[]> {
  const folder = await openOutputFolder(target);
  const files = [entry("ARG.pdf", "old ARG"), entry("briefs/BRN.pdf", "old BRN")];
  mkdirSync(join(folder.staging, "briefs"), { recursive: true });
  writeFileSync(join(folder.staging, "ARG.pdf"), "old ARG");
  writeFileSync(join(folder.staging, "briefs/BRN.pdf"), "old BRN");
  await folder.publish(2017, "g1", files, ["ARG.pdf", "briefs/BRN.pdf"], []);
  await folder.close();
  writeFileSync(join(target, "notes.txt"), "the user's own notes");
  return files;
}

describe("openOutputFolder", () => {
  it("publishes staged documents in place, removes the ones no longer made, and leaves the user's files alone", async () => {
    const earlier = await earlierRun();
    expect(contents()).toEqual({
      "ARG.pdf": "old ARG",
      "briefs/BRN.pdf": "old BRN",
      "notes.txt": "the user's own notes",
    });
    const folder = await openOutputFolder(target);
    expect(folder.staging.startsWith(join(folder.dir, ".report-gen-staging-"))).toBe(true);
    const files = [entry("ARG.pdf", "new ARG"), entry("briefs/CYP.pdf", "new CYP")];
    mkdirSync(join(folder.staging, "briefs"));
    writeFileSync(join(folder.staging, "ARG.pdf"), "new ARG");
    writeFileSync(join(folder.staging, "briefs/CYP.pdf"), "new CYP");
    await folder.publish(2017, "g2", files, ["ARG.pdf", "briefs/CYP.pdf"], [earlier[1]!]);
    await folder.close();
    expect(contents()).toEqual({
      "ARG.pdf": "new ARG",
      "briefs/CYP.pdf": "new CYP",
      "notes.txt": "the user's own notes",
    });
    expect(JSON.parse(readFileSync(join(target, MANIFEST_NAME), "utf8"))).toEqual({
      edition: 2017,
      generator: "g2",
      files,
    });
  });

  it("keeps a document it would remove when the user has changed it since it was written", async () => {
    const earlier = await earlierRun();
    writeFileSync(join(target, "briefs/BRN.pdf"), "BRN, annotated by the user");
    const folder = await openOutputFolder(target);
    await folder.publish(2017, "g2", [], [], earlier);
    await folder.close();
    expect(contents()).toEqual({ "briefs/BRN.pdf": "BRN, annotated by the user", "notes.txt": "the user's own notes" });
    expect(manifestPaths()).toEqual([]);
  });

  it("when publishing fails midway, leaves every earlier document whole and nothing half-written, all of it listed", async () => {
    const earlier = await earlierRun();
    const folder = await openOutputFolder(target);
    const files = [entry("ARG.pdf", "new ARG"), entry("briefs/BRN.pdf", "new BRN"), entry("briefs/CYP.pdf", "new CYP")];
    mkdirSync(join(folder.staging, "briefs"));
    for (const file of files) writeFileSync(join(folder.staging, file.path), `new ${file.path.slice(-7, -4)}`);
    failing.renameTo = join(folder.dir, "briefs/BRN.pdf");
    await expect(
      folder.publish(2017, "g2", files, ["ARG.pdf", "briefs/BRN.pdf", "briefs/CYP.pdf"], earlier),
    ).rejects.toThrow(/^ENOSPC/);
    await folder.close();
    // The document moved before the failure is the new one, whole; the one that failed is still the
    // earlier one, byte for byte; the one after it was never moved; nothing temporary is left.
    expect(contents()).toEqual({
      "ARG.pdf": "new ARG",
      "briefs/BRN.pdf": "old BRN",
      "notes.txt": "the user's own notes",
    });
    // The manifest claims old and new, so the next run may replace or remove each of them.
    expect(manifestPaths()).toEqual(["ARG.pdf", "briefs/BRN.pdf", "briefs/CYP.pdf"]);
    expect(existsSync(join(target, LOCK_NAME))).toBe(false);

    // The next run, with the disk fixed, publishes everything over it.
    failing.renameTo = undefined;
    const again = await openOutputFolder(target);
    mkdirSync(join(again.staging, "briefs"));
    for (const file of files) writeFileSync(join(again.staging, file.path), `new ${file.path.slice(-7, -4)}`);
    await again.publish(2017, "g2", files, ["ARG.pdf", "briefs/BRN.pdf", "briefs/CYP.pdf"], []);
    await again.close();
    expect(contents()).toEqual({
      "ARG.pdf": "new ARG",
      "briefs/BRN.pdf": "new BRN",
      "briefs/CYP.pdf": "new CYP",
      "notes.txt": "the user's own notes",
    });
  });

  it("when the manifest cannot be written, moves nothing: the earlier output and manifest stay as they were", async () => {
    const earlier = await earlierRun();
    const before = readFileSync(join(target, MANIFEST_NAME), "utf8");
    const folder = await openOutputFolder(target);
    writeFileSync(join(folder.staging, "ARG.pdf"), "new ARG");
    failing.renameTo = join(folder.dir, MANIFEST_NAME);
    await expect(folder.publish(2017, "g2", [entry("ARG.pdf", "new ARG")], ["ARG.pdf"], earlier)).rejects.toThrow(
      /ENOSPC/,
    );
    await folder.close();
    expect(contents()).toEqual({
      "ARG.pdf": "old ARG",
      "briefs/BRN.pdf": "old BRN",
      "notes.txt": "the user's own notes",
    });
    expect(readFileSync(join(target, MANIFEST_NAME), "utf8")).toBe(before);
  });

  it("refuses to write a document through a link that leads out of the folder", async () => {
    const outside = join(root, "elsewhere");
    mkdirSync(outside);
    mkdirSync(target);
    symlinkSync(outside, join(target, "briefs"));
    const folder = await openOutputFolder(target);
    mkdirSync(join(folder.staging, "briefs"));
    writeFileSync(join(folder.staging, "briefs/ARG.pdf"), "new ARG");
    await expect(
      folder.publish(2017, "g", [entry("briefs/ARG.pdf", "new ARG")], ["briefs/ARG.pdf"], []),
    ).rejects.toThrow(`briefs/ARG.pdf cannot be written: it leads out of the folder (briefs is a link to ${outside})`);
    await folder.close();
    expect(readdirSync(outside)).toEqual([]);
  });

  it("clears what a killed run left inside the folder, and nothing else", async () => {
    mkdirSync(join(target, ".report-gen-staging-99999-0badf00d"), { recursive: true });
    writeFileSync(join(target, ".report-gen-staging-99999-0badf00d/ARG.pdf"), "half");
    writeFileSync(join(target, ".report-gen-manifest-99999.tmp"), "{");
    writeFileSync(join(target, ".report-gen.lock.stale-99999"), "{}");
    // The user's files, some named like report-gen's own: left alone.
    const users = [
      ".report-gen-manifest-1.tmp.keep",
      ".report-gen-manifest-notes.tmp",
      ".report-gen.lock.stale-1.keep",
      "ARG.pdf",
      "x.report-gen-manifest-1.tmp",
      "x.report-gen.lock.stale-1",
    ];
    for (const name of users) writeFileSync(join(target, name), "the user's");
    const folder = await openOutputFolder(target);
    expect(readdirSync(target).sort()).toEqual([...users, LOCK_NAME, folder.staging.slice(target.length + 1)].sort());
    await folder.close();
    expect(readdirSync(target).sort()).toEqual(users);
  });

  it("removes the folder on close when it made it and nothing was published, and keeps one that was there", async () => {
    const made = await openOutputFolder(target);
    expect(existsSync(made.staging)).toBe(true);
    await made.close();
    await made.close(); // a second close does nothing
    expect(existsSync(target)).toBe(false);
    mkdirSync(target);
    const kept = await openOutputFolder(target);
    await kept.close();
    expect(readdirSync(target)).toEqual([]);
  });

  it("puts back an earlier version's output set aside by a killed run, and clears its staging folder", async () => {
    const dead = 2 ** 22 + 12345; // above Linux's largest pid: no such process
    const old = join(root, `.report-gen-old-2017-${dead}-0123abcd`);
    const staging = join(root, `.report-gen-staging-2017-${dead}-0123abcd`);
    const live = join(root, `.report-gen-staging-2017-${process.pid}-0123abcd`);
    const otherFolder = join(root, `.report-gen-staging-2016-${dead}-0123abcd`);
    for (const dir of [old, staging, live, otherFolder]) mkdirSync(dir);
    writeFileSync(join(old, "ARG.pdf"), "set aside");
    // Names that only look like an earlier version's: the user's, left alone.
    mkdirSync(join(root, `x.report-gen-old-2017-${dead}-0123abcd`));
    mkdirSync(join(root, `.report-gen-old-2017-${dead}-0123abcd.bak`));
    const folder = await openOutputFolder(target);
    await folder.close();
    expect(readFileSync(join(target, "ARG.pdf"), "utf8")).toBe("set aside");
    expect(readdirSync(root).sort()).toEqual(
      [
        "2017",
        `.report-gen-staging-2017-${process.pid}-0123abcd`,
        `.report-gen-staging-2016-${dead}-0123abcd`,
        `x.report-gen-old-2017-${dead}-0123abcd`,
        `.report-gen-old-2017-${dead}-0123abcd.bak`,
      ].sort(),
    );
  });

  it("clears an earlier version's leftovers beside a folder that is there, and never makes a staging folder the output", async () => {
    const dead = 2 ** 22 + 54321;
    const old = join(root, `.report-gen-old-2017-${dead}-89abcdef`);
    mkdirSync(old);
    writeFileSync(join(old, "ARG.pdf"), "set aside");
    mkdirSync(target);
    writeFileSync(join(target, "ARG.pdf"), "current");
    const folder = await openOutputFolder(target);
    await folder.close();
    expect(readFileSync(join(target, "ARG.pdf"), "utf8")).toBe("current");
    expect(existsSync(old)).toBe(false);

    const other = join(root, "2018");
    const staging = join(root, `.report-gen-staging-2018-${dead}-89abcdef`);
    mkdirSync(staging);
    writeFileSync(join(staging, "ARG.pdf"), "half");
    const fresh = await openOutputFolder(other);
    expect(readdirSync(other).filter((name) => name === "ARG.pdf")).toEqual([]);
    await fresh.close();
    expect(existsSync(staging)).toBe(false);
  });

  it("makes a folder whose parents do not exist yet", async () => {
    const deep = join(root, "out", "editions", "2017");
    const folder = await openOutputFolder(deep);
    expect(existsSync(folder.staging)).toBe(true);
    await folder.close();
  });

  it("leaves a listed document alone when it is gone already or reached through a link out of the folder", async () => {
    const earlier = await earlierRun();
    const outside = join(root, "elsewhere");
    mkdirSync(outside);
    writeFileSync(join(outside, "BRN.pdf"), "old BRN");
    rmSync(join(target, "briefs"), { recursive: true });
    symlinkSync(outside, join(target, "briefs"));
    rmSync(join(target, "ARG.pdf"));
    const folder = await openOutputFolder(target);
    await folder.publish(2017, "g2", [], [], earlier);
    await folder.close();
    expect(readFileSync(join(outside, "BRN.pdf"), "utf8")).toBe("old BRN");
    expect(manifestPaths()).toEqual([]);
  });

  it("closes once: a second close neither fails nor releases another run's lock, even with the staging folder gone", async () => {
    const first = await openOutputFolder(target);
    rmSync(first.staging, { recursive: true });
    await first.close();
    const second = await openOutputFolder(target);
    await first.close();
    expect(existsSync(join(target, LOCK_NAME))).toBe(true);
    await second.close();
    expect(existsSync(join(target, LOCK_NAME))).toBe(false);
  });

  it("releases the lock when the staging folder cannot be made, so that the next run does not wait for it", async () => {
    mkdirSync(target);
    failing.mkdirIn = target;
    await expect(openOutputFolder(target)).rejects.toThrow(/^ENOSPC/);
    expect(existsSync(join(target, LOCK_NAME))).toBe(false);
    failing.mkdirIn = undefined;
    const next = await openOutputFolder(target, { timeoutMs: 0 });
    await next.close();
  });
});
