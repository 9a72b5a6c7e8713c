import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MANIFEST_NAME, readManifest, sha256 } from "./manifest.js";

// A link deeper in a manifest entry's path is named by the whole path up to it.

let root: string;
let out: string;
beforeEach(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), "report-gen-manifest-links-")));
  out = join(root, "2017");
  mkdirSync(join(out, "briefs"), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("readManifest: a link below the first folder", () => {
  it("names the link by its path from the output folder, inside or out", async () => {
    mkdirSync(join(out, "briefs", "africa"));
    symlinkSync(join(out, "briefs", "africa"), join(out, "briefs", "here"));
    symlinkSync(root, join(out, "briefs", "up"));
    const entry = (path: string) => ({ path, kind: "brief", sha256: sha256(path), bytes: 1, inputs: sha256(path) });
    writeFileSync(
      join(out, MANIFEST_NAME),
      JSON.stringify({
        edition: 2017,
        generator: "@tip/report-gen",
        files: [entry("briefs/here/AGO.pdf"), entry("briefs/up/x.pdf")],
      }),
    );
    const read = await readManifest(out);
    expect(read.kind === "ours" && read.ignored).toEqual([
      { path: "briefs/here/AGO.pdf", reason: "briefs/here is a symbolic link" },
      { path: "briefs/up/x.pdf", reason: `it leads out of the folder (briefs/up is a link to ${root})` },
    ]);
  });
});
