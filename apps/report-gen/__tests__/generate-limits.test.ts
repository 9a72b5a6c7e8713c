/**
 * What one input can cost is bounded (issue 13, case 6): a long word lays out in time linear in its
 * length (bench/long-word.js measures it), and markup nested too deep or loops that run away stop
 * with a located error, exit 1 and nothing written, instead of a stack overflow or a hang.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_NESTING } from "../src/markup/parse.js";
import { MAX_ITERATIONS } from "../src/templates/render-template.js";
import { replaceIn } from "./support/editions.js";
import { cli, tempEditions } from "./support/in-process-cli.js";
import { listFiles } from "./support/output.js";
import { pdfWords, readsBackWhole } from "./support/pdf.js";
import { stackFrames } from "./support/run-cli.js";

const shippedAppendix = readFileSync(new URL("../templates/appendix.hbs", import.meta.url), "utf8");

/** An edition whose own appendix template is the shipped one with `extra` written into the closing note's section. */
function withAppendixTemplate(extra: string): { root: string; template: string } {
  const { root, edition } = tempEditions();
  mkdirSync(join(edition, "templates"));
  const template = join(edition, "templates", "appendix.hbs");
  const anchor = '<p class="body">{{inline this}}</p>\n  {{/each}}\n';
  if (!shippedAppendix.includes(anchor)) throw new Error("the closing note's loop moved: update this test");
  writeFileSync(template, shippedAppendix.replace(anchor, `${anchor}${extra}\n`));
  return { root, template };
}

const generateAppendix = (root: string) =>
  cli(["generate", "--data", "editions/2017", "--out", "out", "--only", "appendix"], root);

describe("generate: one input's cost is bounded", () => {
  it("a 20,000-letter word in closing-note.md is laid out and reads back whole", async () => {
    const { root, edition } = tempEditions();
    const word = Array.from({ length: 20_000 }, (_, i) => "abcdefghijklmnopqrstuvwxyz"[i % 26]).join("");
    replaceIn(
      join(edition, "closing-note.md"),
      "Each government bears that unique responsibility",
      `Each ${word} bears that unique responsibility`,
    );
    const run = await generateAppendix(root);
    expect(run, run.stderr).toMatchObject({ code: 0, stderr: "" });
    const words = await pdfWords(readFileSync(join(root, "out", "2017", "appendix.pdf")));
    expect(readsBackWhole(words, word)).toBe(true);
  });

  it(`markup nested ${2000} deep: one located markup/too-deep error, exit 1, no stack trace, nothing written`, async () => {
    const { root } = withAppendixTemplate(`${"<div>".repeat(2000)}deep${"</div>".repeat(2000)}`);
    const run = await generateAppendix(root);
    expect(run.code).toBe(1);
    const errors = run.stderr.split("\n").filter((line) => /^\S+:\d+:\d+ /.test(line));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      new RegExp(
        `^editions/2017/templates/appendix\\.hbs:\\d+:\\d+ +markup/too-deep +<div> is nested ${MAX_NESTING + 1} elements deep; markup nests at most ${MAX_NESTING} deep$`,
      ),
    );
    expect(stackFrames(run.stderr)).toEqual([]);
    expect(listFiles(join(root, "out"))).toEqual([]);
  });

  it("loops six deep over the instruments stop at the loop, exit 1, nothing written", async () => {
    const loops = `${"{{#each @root.conventions.columns}}\n".repeat(6)}<p>{{heading}}</p>\n${"{{/each}}\n".repeat(6)}`;
    const { root, template } = withAppendixTemplate(loops);
    const loopLines = readFileSync(template, "utf8")
      .split("\n")
      .flatMap((line, i) => (line === "{{#each @root.conventions.columns}}" ? [i + 1] : []));
    const run = await generateAppendix(root);
    expect(run.code).toBe(1);
    const error = new RegExp(
      `^editions/2017/templates/appendix\\.hbs:(\\d+):1  template/too-many-iterations  loops ran more than ${MAX_ITERATIONS.toLocaleString("en-US")} times in one document$`,
      "m",
    ).exec(run.stderr);
    expect(error, run.stderr).not.toBeNull();
    expect(loopLines).toHaveLength(6);
    expect(loopLines).toContain(Number(error![1]));
    expect(listFiles(join(root, "out"))).toEqual([]);
  });
});
