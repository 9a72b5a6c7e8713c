/**
 * `diff --out` says in one line where it wrote and how many changes it found, in plain English:
 * "1 change", "0 changes", "2 changes".
 */
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, tempEditions } from "./support/in-process-cli.js";

const { root, edition } = tempEditions();

/** A copy of the 2017 edition beside it, with Argentina's C189 year and then Brunei's C182 year changed, as asked. */
function changedCopy(name: string, cells: number): string {
  const dir = join(root, "editions", name);
  cpSync(edition, dir, { recursive: true });
  const file = join(dir, "conventions.csv");
  let text = readFileSync(file, "utf8");
  text = text.replace(/^(ARG,Argentina,(?:[^,]*,){7})2014$/m, "$12015");
  if (cells > 1) text = text.replace(/^(BRN,Brunei,(?:[^,]*,){6})2008,/m, "$12009,");
  writeFileSync(file, text);
  return `editions/${name}`;
}

describe("diff --out's summary line", () => {
  it.each([
    ["markdown", "one.md", 1, "one.md: 1 change\n"],
    ["markdown", "two.md", 2, "two.md: 2 changes\n"],
    ["markdown", "none.md", 0, "none.md: 0 changes\n"],
    ["pdf", "one.pdf", 1, "one.pdf: 1 change\n"],
  ] as const)("%s into %s with %i changed cells", async (format, out, cells, line) => {
    const after = cells === 0 ? "editions/2017" : changedCopy(out.replace(".", "-"), cells);
    const run = await cli(["diff", "editions/2017", after, "--format", format, "--out", out], root);
    expect(run).toEqual({ code: 0, stdout: line, stderr: "" });
  });
});
