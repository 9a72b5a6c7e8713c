import {
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MANIFEST_NAME, readManifest, sha256, sha256File, writeManifest, type ManifestFile } from "./manifest.js";

// The manifest of an output folder is read back on the next run: every entry it follows is a file
// report-gen may replace or remove, so what it ignores, and the reason it prints for each
// ("manifest.json: ignored the entry …: <reason>"), is what keeps a user's files safe.

let root: string;
let out: string;
beforeEach(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), "report-gen-manifest-")));
  out = join(root, "2017");
  mkdirSync(out);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const entry = (path: unknown, extra: Record<string, unknown> = {}) => ({
  path,
  kind: "brief",
  sha256: sha256(`bytes of ${String(path)}`),
  bytes: 10,
  inputs: sha256(`inputs of ${String(path)}`),
  ...extra,
});
const GENERATOR = "@tip/report-gen 0.4.0";
function manifestWith(files: unknown[], extra: Record<string, unknown> = {}): void {
  writeFileSync(join(out, MANIFEST_NAME), JSON.stringify({ edition: 2017, generator: GENERATOR, files, ...extra }));
}
/** Each entry's path and why it was ignored, or "followed". */
async function verdicts(): Promise<Record<string, string>> {
  const read = await readManifest(out);
  if (read.kind !== "ours") throw new Error(`not ours: ${JSON.stringify(read)}`);
  return {
    ...Object.fromEntries(read.manifest.files.map((f) => [f.path, "followed"])),
    ...Object.fromEntries(read.ignored.map((e) => [e.path, e.reason])),
  };
}
async function verdictOf(path: string): Promise<string> {
  manifestWith([entry(path)]);
  return (await verdicts())[path] ?? "(not reported)";
}

describe("readManifest: whose folder it is", () => {
  it("finds no manifest in a folder without one", async () => {
    expect(await readManifest(out)).toEqual({ kind: "none" });
    expect(await readManifest(join(root, "missing"))).toEqual({ kind: "none" });
  });

  it("takes a folder named manifest.json, or a link by that name, as not report-gen's", async () => {
    mkdirSync(join(out, MANIFEST_NAME));
    expect(await readManifest(out)).toEqual({ kind: "foreign", reason: "manifest.json is not a regular file" });
    rmSync(join(out, MANIFEST_NAME), { recursive: true });
    writeFileSync(join(root, "real.json"), JSON.stringify({ edition: 2017, generator: GENERATOR, files: [] }));
    symlinkSync(join(root, "real.json"), join(out, MANIFEST_NAME));
    expect(await readManifest(out)).toEqual({ kind: "foreign", reason: "manifest.json is not a regular file" });
  });

  it("takes a manifest.json that is not JSON as not report-gen's", async () => {
    writeFileSync(join(out, MANIFEST_NAME), "files: [a.pdf]\n");
    expect(await readManifest(out)).toEqual({ kind: "foreign", reason: "manifest.json is not JSON" });
  });

  it("takes JSON that another tool wrote (no report-gen generator, or no list of files) as not report-gen's", async () => {
    const notOurs = { kind: "foreign", reason: "manifest.json was not written by report-gen" };
    for (const text of [
      "null",
      "[]",
      '"@tip/report-gen"',
      '{"name": "my project", "files": []}',
      '{"generator": 7, "files": []}',
      '{"generator": "webpack @tip/report-gen", "files": []}',
      '{"generator": "@tip/report-gen 0.4.0"}',
      '{"generator": "@tip/report-gen 0.4.0", "files": {"a.pdf": {}}}',
    ]) {
      writeFileSync(join(out, MANIFEST_NAME), text);
      expect(await readManifest(out), text).toEqual(notOurs);
    }
  });

  it("reads report-gen's own manifest: its edition, generator and entries", async () => {
    const files = [entry("appendix.pdf", { kind: "appendix" }), entry("briefs/FRA.pdf", { country: "FRA" })];
    manifestWith(files);
    expect(await readManifest(out)).toEqual({
      kind: "ours",
      manifest: { edition: 2017, generator: GENERATOR, files },
      ignored: [],
    });
  });
});

describe("readManifest: which entries it follows", () => {
  it("ignores an entry without a path, naming what stands in its place", async () => {
    manifestWith([null, 7, { sha256: "x" }, entry(12), entry(["a.pdf"])]);
    const read = await readManifest(out);
    expect(read.kind === "ours" && read.ignored).toEqual([
      { path: "null", reason: "it has no path" },
      { path: "null", reason: "it has no path" },
      { path: "null", reason: "it has no path" },
      { path: "12", reason: "it has no path" },
      { path: '["a.pdf"]', reason: "it has no path" },
    ]);
  });

  it("ignores an entry without its hash, its inputs' hash or its size", async () => {
    manifestWith([
      entry("a.pdf", { sha256: undefined }),
      entry("b.pdf", { inputs: 5 }),
      entry("c.pdf", { bytes: "10" }),
      entry("d.pdf"),
    ]);
    expect(await verdicts()).toEqual({
      "a.pdf": "it is not a complete entry",
      "b.pdf": "it is not a complete entry",
      "c.pdf": "it is not a complete entry",
      "d.pdf": "followed",
    });
  });

  it("follows a path once: a second entry for it is ignored", async () => {
    manifestWith([entry("a.pdf"), entry("a.pdf", { bytes: 99 }), entry("b.pdf")]);
    const read = await readManifest(out);
    expect(read.kind === "ours" && read.manifest.files.map((f) => [f.path, f.bytes])).toEqual([
      ["a.pdf", 10],
      ["b.pdf", 10],
    ]);
    expect(read.kind === "ours" && read.ignored).toEqual([{ path: "a.pdf", reason: "it is listed twice" }]);
  });

  it("ignores a path that is not relative", async () => {
    for (const path of ["", "/etc/passwd.pdf", join(root, "victim.pdf"), "C:/Users/me/a.pdf", "c:a.pdf"])
      expect(await verdictOf(path), path).toBe("it is not a relative path");
  });

  it("ignores a path with a backslash or a control character", async () => {
    for (const path of [
      "briefs\\FRA.pdf",
      "..\\..\\victim.pdf",
      "a\nb.pdf",
      "\u0000.pdf",
      "tab\t.pdf",
      "del\u007f.pdf",
    ])
      expect(await verdictOf(path), JSON.stringify(path)).toBe("it holds a backslash or a control character");
  });

  it("ignores a path with empty, . or .. parts", async () => {
    for (const path of [
      "../victim.pdf",
      "briefs/../../victim.pdf",
      "./a.pdf",
      "briefs/./a.pdf",
      "briefs//a.pdf",
      "a.pdf/",
    ])
      expect(await verdictOf(path), path).toBe("it is not a plain path inside the folder (empty, . or .. parts)");
  });

  it("ignores a path naming report-gen's own lock, staging folder or manifest", async () => {
    for (const path of [".report-gen.lock", ".report-gen-staging-1-ab/FRA.pdf", ".report-gen-x.pdf", MANIFEST_NAME])
      expect(await verdictOf(path), path).toBe("it names report-gen's own bookkeeping");
  });

  it("ignores a path to anything but a PDF", async () => {
    for (const path of ["notes.txt", "briefs/FRA.PDF", "briefs", "FRA.pdf.bak"])
      expect(await verdictOf(path), path).toBe("report-gen writes only PDFs");
  });

  it("follows plain paths to PDFs, with colons, dots and report-gen's name further in", async () => {
    const paths = [
      "FRA.pdf",
      "briefs/FRA.pdf",
      "a/b/c/d.pdf",
      "briefs/FRA:2017.pdf",
      "v1.2/x.pdf",
      "old/.report-gen.pdf",
    ];
    manifestWith(paths.map((p) => entry(p)));
    expect(await verdicts()).toEqual(Object.fromEntries(paths.map((p) => [p, "followed"])));
  });
});

describe("readManifest: entries that lead somewhere else on disk", () => {
  it("follows an entry whose file or folder is not there yet: it would be created inside", async () => {
    manifestWith([entry("briefs/FRA.pdf"), entry("new/deep/x.pdf")]);
    mkdirSync(join(out, "briefs"));
    expect(await verdicts()).toEqual({ "briefs/FRA.pdf": "followed", "new/deep/x.pdf": "followed" });
  });

  it("follows an entry naming a regular file inside the folder", async () => {
    mkdirSync(join(out, "briefs"));
    writeFileSync(join(out, "briefs", "FRA.pdf"), "%PDF");
    expect(await verdictOf("briefs/FRA.pdf")).toBe("followed");
  });

  it("ignores an entry that leads out through a link, naming the link and where it leads", async () => {
    mkdirSync(join(root, "elsewhere"));
    writeFileSync(join(root, "victim.pdf"), "the user's");
    symlinkSync(join(root, "elsewhere"), join(out, "linked"));
    symlinkSync(join(root, "victim.pdf"), join(out, "shortcut.pdf"));
    // A sibling folder whose name begins with the output folder's is still outside it.
    mkdirSync(join(root, "2017-old"));
    symlinkSync(join(root, "2017-old"), join(out, "old"));
    manifestWith([entry("linked/far.pdf"), entry("shortcut.pdf"), entry("old/a.pdf")]);
    expect(await verdicts()).toEqual({
      "linked/far.pdf": `it leads out of the folder (linked is a link to ${join(root, "elsewhere")})`,
      "shortcut.pdf": `it leads out of the folder (shortcut.pdf is a link to ${join(root, "victim.pdf")})`,
      "old/a.pdf": `it leads out of the folder (old is a link to ${join(root, "2017-old")})`,
    });
  });

  it("ignores an entry through a link that leads nowhere", async () => {
    symlinkSync(join(root, "gone"), join(out, "dangling.pdf"));
    expect(await verdictOf("dangling.pdf")).toBe("it leads out of the folder (dangling.pdf is a link to nothing)");
  });

  it("ignores an entry through a link that stays inside, naming the link", async () => {
    mkdirSync(join(out, "briefs"));
    writeFileSync(join(out, "briefs", "FRA.pdf"), "%PDF");
    symlinkSync(join(out, "briefs"), join(out, "countries"));
    symlinkSync(join(out, "briefs", "FRA.pdf"), join(out, "france.pdf"));
    symlinkSync(out, join(out, "here"));
    manifestWith([entry("countries/FRA.pdf"), entry("france.pdf"), entry("here/x.pdf")]);
    expect(await verdicts()).toEqual({
      "countries/FRA.pdf": "countries is a symbolic link",
      "france.pdf": "france.pdf is a symbolic link",
      "here/x.pdf": "here is a symbolic link",
    });
  });

  it("ignores an entry that names a folder, or passes through a file", async () => {
    mkdirSync(join(out, "briefs", "FRA.pdf"), { recursive: true });
    writeFileSync(join(out, "notes.pdf"), "a user's file");
    manifestWith([entry("briefs/FRA.pdf"), entry("notes.pdf/x.pdf")]);
    expect(await verdicts()).toEqual({
      "briefs/FRA.pdf": "briefs/FRA.pdf is not a regular file",
      "notes.pdf/x.pdf": "notes.pdf is not a folder",
    });
  });
});

describe("writeManifest", () => {
  const file = (path: string): ManifestFile => ({
    path,
    kind: "brief",
    sha256: sha256(path),
    bytes: path.length,
    inputs: sha256(`in ${path}`),
  });

  it("writes the entries sorted by path, as indented JSON ending in a newline, and nothing beside it", async () => {
    const files = ["briefs/FRA.pdf", "appendix.pdf", "briefs/ARG.pdf", "Zimbabwe.pdf"].map(file);
    await writeManifest(out, { edition: 2017, generator: GENERATOR, files });
    const sorted = ["Zimbabwe.pdf", "appendix.pdf", "briefs/ARG.pdf", "briefs/FRA.pdf"].map(file);
    expect(readFileSync(join(out, MANIFEST_NAME), "utf8")).toBe(
      `${JSON.stringify({ edition: 2017, generator: GENERATOR, files: sorted }, null, 2)}\n`,
    );
    expect(readdirSync(out)).toEqual([MANIFEST_NAME]);
    // The same files in another order give the same bytes.
    const first = readFileSync(join(out, MANIFEST_NAME));
    await writeManifest(out, { edition: 2017, generator: GENERATOR, files: [...files].reverse() });
    expect(readFileSync(join(out, MANIFEST_NAME))).toEqual(first);
  });

  it("replaces a manifest that is a hard link without changing the file it shares", async () => {
    writeFileSync(join(root, "published.json"), "the published manifest\n");
    // A hard link: what a copy of the output made with `cp -al` shares with the original.
    linkSync(join(root, "published.json"), join(out, MANIFEST_NAME));
    await writeManifest(out, { edition: 2017, generator: GENERATOR, files: [file("a.pdf")] });
    expect(readFileSync(join(root, "published.json"), "utf8")).toBe("the published manifest\n");
    expect(JSON.parse(readFileSync(join(out, MANIFEST_NAME), "utf8"))).toMatchObject({ files: [{ path: "a.pdf" }] });
  });

  it("fails naming manifest.json when it cannot be replaced, leaving no temporary file", async () => {
    mkdirSync(join(out, MANIFEST_NAME, "inside"), { recursive: true });
    const error = (await writeManifest(out, { edition: 2017, generator: GENERATOR, files: [] }).catch(
      (e: unknown) => e,
    )) as NodeJS.ErrnoException;
    expect(error).toMatchObject({ syscall: "write", path: join(out, MANIFEST_NAME) });
    expect(["EISDIR", "ENOTEMPTY", "EEXIST"]).toContain(error.code);
    expect(readdirSync(out)).toEqual([MANIFEST_NAME]);
    expect(readdirSync(join(out, MANIFEST_NAME))).toEqual(["inside"]);
  });

  it("fails as it was told when the folder is gone, writing nothing", async () => {
    rmSync(out, { recursive: true });
    const error = (await writeManifest(out, { edition: 2017, generator: GENERATOR, files: [] }).catch(
      (e: unknown) => e,
    )) as NodeJS.ErrnoException;
    expect(error).toMatchObject({ code: "ENOENT", syscall: "write", path: join(out, MANIFEST_NAME) });
    expect(readdirSync(root)).toEqual([]);
  });
});

describe("sha256File", () => {
  it("gives the hash sha256sum prints for the file's bytes, however large", async () => {
    writeFileSync(join(root, "abc"), "abc");
    expect(await sha256File(join(root, "abc"))).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
    const large = Buffer.alloc(3 * 65536 + 17, "x");
    writeFileSync(join(root, "large"), large);
    expect(await sha256File(join(root, "large"))).toBe(sha256(large));
  });
});
