import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { cli } from "./support/in-process-cli.js";
import { repoRoot } from "./support/run-cli.js";

const GENERATE_USAGE =
  "Usage: report-gen generate [--edition YEAR] [--data DIR] [--out DIR] [--country ISO ...] [--only briefs|appendix] [--force] [--allow-unreviewed] [--threads N] [--quiet]";

describe("report-gen help", () => {
  it("gives a command's options with what each does and its default, the same from help <command> and <command> --help", async () => {
    const asked = await cli(["help", "generate"], repoRoot);
    const flag = await cli(["generate", "--only", "briefs", "--help"], repoRoot);
    expect(asked.code).toBe(0);
    expect(flag).toEqual(asked);
    const help = asked.stdout.replace(/\n +/g, " ");
    expect(help.split("\n")[0]).toBe(GENERATE_USAGE);
    expect(help).toMatch(/--out DIR +The output folder; .*Default: out\./);
    expect(help).toMatch(/--force +Render every document again, even those whose inputs have not changed/);
    expect(help).toMatch(/-q, --quiet +Print nothing but errors/);
    expect(help).toMatch(/--threads N +Render on N threads/);
  });

  it("refuses help for a command that does not exist", async () => {
    expect(await cli(["help", "frobnicate"], repoRoot)).toEqual({
      code: 1,
      stdout: "",
      stderr: 'report-gen: unknown command "frobnicate"\nRun report-gen --help for the commands.\n',
    });
  });

  it.each([
    [["generate", "--bogus"], "unknown option '--bogus'"],
    [["generate", "--out"], "--out needs a value: --out DIR"],
    [["generate", "--out", "--force"], "--out needs a value: --out DIR"],
    [
      ["generate", "--threads", "two"],
      `--threads takes a whole number from 1 to ${4 * availableParallelism()}, got "two"`,
    ],
    [["generate", "--only", "brief"], '--only takes briefs or appendix, got "brief"'],
    [["generate", "--quiet=yes"], '--quiet takes no value, got "yes"'],
  ])("refuses %j in one line naming the option, with the command's usage, exit 1", async (args, message) => {
    expect(await cli(args, repoRoot)).toEqual({
      code: 1,
      stdout: "",
      stderr: `report-gen: ${message}\n${GENERATE_USAGE}\n`,
    });
  });

  it("checks each command's arguments against its definition", async () => {
    expect((await cli(["diff", "2017", "2018", "--format", "xml"], repoRoot)).stderr.split("\n")[0]).toBe(
      'report-gen: --format takes text, json, markdown or pdf, got "xml"',
    );
    expect((await cli(["edition", "old", "2018"], repoRoot)).stderr.split("\n")[0]).toBe(
      'report-gen: unknown edition action "old"; it takes new',
    );
    expect((await cli(["validate", "2017"], repoRoot)).stderr.split("\n")[0]).toBe(
      'report-gen: unexpected argument "2017"',
    );
  });
});
