import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { DOCS_ROOT } from "./support/site.js";

const run = promisify(execFile);
const EXAMPLES = `${DOCS_ROOT}examples/`;
const examples = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith(".mjs"))
  .sort();

describe("the developer guide's examples", () => {
  it.each(examples)("%s prints the output the guide shows", async (file) => {
    const { stdout, stderr } = await run(process.execPath, [`${EXAMPLES}${file}`], { cwd: DOCS_ROOT });
    expect(stderr).toBe("");
    expect(stdout).toBe(readFileSync(`${EXAMPLES}${file.replace(/\.mjs$/, ".out.txt")}`, "utf8"));
  });

  it("shows every example and its output in the developer guide", () => {
    const guide = readFileSync(`${DOCS_ROOT}guide/developers.md`, "utf8");
    const missing = examples.flatMap((f) => {
      const out = f.replace(/\.mjs$/, ".out.txt");
      return [`<<< @/examples/${f}`, `<<< @/examples/${out}`].filter((snippet) => !guide.includes(snippet));
    });
    expect(missing).toEqual([]);
  });
});
