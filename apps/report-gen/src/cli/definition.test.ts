import { describe, expect, it } from "vitest";
import { defineCommand, parseCommandLine, usageLine } from "./definition.js";
import { UsageError } from "./errors.js";

const render = defineCommand({
  name: "render",
  summary: "render something",
  positionals: [
    { name: "FILE", description: "The input.", required: "which file?" },
    { name: "MORE", description: "More inputs.", variadic: true },
  ],
  options: {
    out: { type: "string", value: "DIR", default: "out", description: "Where to." },
    tag: { type: "string", value: "TAG", multiple: true, description: "Tags." },
    from: { type: "string", value: "YEAR", required: "give --from YEAR", description: "From." },
    threads: { type: "integer", value: "N", min: 1, max: () => 8, description: "Threads." },
    format: { type: "choice", choices: ["text", "json", "pdf"], default: "text", description: "Format." },
    force: { type: "boolean", description: "Force." },
    quiet: { type: "boolean", short: "q", description: "Quiet." },
  },
});

const single = defineCommand({
  name: "single",
  summary: "one argument",
  positionals: [{ name: "ACTION", choices: ["new"], description: "The action.", required: "missing action" }],
  options: {},
});

/** The one-line message and the usage line of a refused call. */
function refusal(run: () => unknown): { message: string; usage: string | undefined } {
  try {
    run();
  } catch (error) {
    if (error instanceof UsageError) return { message: error.message, usage: error.usage };
    throw error;
  }
  throw new Error("not refused");
}

describe("parseCommandLine", () => {
  it("reads values, defaults, repeated options, inline values, short aliases and positionals", () => {
    const { values, positionals } = parseCommandLine(render, [
      "a.txt",
      "--from",
      "2017",
      "--tag=x",
      "--tag",
      "y",
      "--threads",
      "3",
      "-q",
      "b",
      "--",
      "--c",
    ]);
    expect(values).toEqual({
      out: "out",
      tag: ["x", "y"],
      from: "2017",
      threads: 3,
      format: "text",
      force: undefined,
      quiet: true,
    });
    expect(positionals).toEqual(["a.txt", "b", "--c"]);
  });

  it("takes a negative number or a lone dash as a value, and --name=-x as given", () => {
    expect(refusal(() => parseCommandLine(render, ["a", "--from", "1", "--threads", "-2"])).message).toBe(
      '--threads takes a whole number from 1 to 8, got "-2"',
    );
    expect(parseCommandLine(render, ["a", "--from", "1", "--out", "-"]).values.out).toBe("-");
    expect(parseCommandLine(render, ["a", "--from", "1", "--out=-x"]).values.out).toBe("-x");
  });

  it.each([
    [["a", "--from", "1", "--bogus"], "unknown option '--bogus'"],
    [["a", "--from", "1", "-x"], "unknown option '-x'"],
    [["a", "--from", "1", "--toString"], "unknown option '--toString'"],
    [["a", "--from"], "--from needs a value: --from YEAR"],
    [["a", "--from", "--force"], "--from needs a value: --from YEAR"],
    [["a", "--from="], "--from needs a value: --from YEAR"],
    [["a", "--from", "1", "--threads="], '--threads takes a whole number from 1 to 8, got ""'],
    [["a", "--from", "1", "--force=yes"], '--force takes no value, got "yes"'],
    [["a", "--from", "1", "--threads", "1.5"], '--threads takes a whole number from 1 to 8, got "1.5"'],
    [["a", "--from", "1", "--threads", "0"], '--threads takes a whole number from 1 to 8, got "0"'],
    [["a", "--from", "1", "--format", "xml"], '--format takes text, json or pdf, got "xml"'],
    [["a"], "give --from YEAR"],
    [["--from", "1"], "which file?"],
  ])("refuses %j in one line with the usage", (args, message) => {
    expect(refusal(() => parseCommandLine(render, args))).toEqual({
      message,
      usage:
        "Usage: report-gen render FILE [MORE ...] [--out DIR] [--tag TAG ...] --from YEAR [--threads N] [--format text|json|pdf] [--force] [--quiet]",
    });
  });

  it("refuses an argument too many, and a word the positional does not take", () => {
    expect(refusal(() => parseCommandLine(single, ["new", "extra"])).message).toBe('unexpected argument "extra"');
    expect(refusal(() => parseCommandLine(single, ["old"])).message).toBe('unknown single action "old"; it takes new');
    expect(refusal(() => parseCommandLine(single, [])).message).toBe("missing action");
    expect(parseCommandLine(single, ["new"]).positionals).toEqual(["new"]);
  });
});

describe("usageLine", () => {
  it("shows a positional with one choice as that word", () => {
    expect(usageLine(single)).toBe("report-gen single new");
  });
});
