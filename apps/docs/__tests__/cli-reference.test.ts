import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { fillReference } from "@tip/report-gen/cli-reference";
import { describe, expect, it } from "vitest";
import { DOCS_ROOT } from "./support/site.js";

const run = promisify(execFile);
const manifest = createRequire(import.meta.url).resolve("@tip/report-gen/package.json");
const bin = join(
  dirname(manifest),
  (JSON.parse(readFileSync(manifest, "utf8")) as { bin: Record<string, string> }).bin["report-gen"]!,
);
const reference = readFileSync(`${DOCS_ROOT}reference/cli.md`, "utf8");

async function reportGen(...args: string[]): Promise<string> {
  return (await run(process.execPath, [bin, ...args])).stdout;
}

describe("the command line reference matches report-gen", async () => {
  const help = await reportGen("--help");
  const commands = [...help.matchAll(/^ {2}([a-z-]+) {2,}/gm)].map((m) => m[1]!);

  it("lists the commands report-gen --help lists", () => {
    expect(commands).toEqual(["validate", "import-table", "generate", "edition", "check-pdf", "diff"]);
  });

  it("holds what the command definitions generate (run pnpm --filter @tip/docs cli-reference to update it)", () => {
    const filled = fillReference(reference);
    expect({ missing: filled.missing, unknown: filled.unknown }).toEqual({ missing: [], unknown: [] });
    expect(reference).toBe(filled.text);
  });

  it.each(commands)("documents `%s` with its exact usage line and every option its help gives", async (command) => {
    const commandHelp = await reportGen("help", command);
    const usage = /^Usage: (.+)$/m.exec(commandHelp)?.[1];
    expect(usage).toBeDefined();
    expect(reference).toContain(`\n${usage}\n`);
    const section = reference.slice(
      reference.indexOf(`<!-- generated: ${command} `),
      reference.indexOf(`<!-- end generated: ${command} -->`),
    );
    const options = [...commandHelp.matchAll(/^ {2}(?:-\w, )?(--[a-z-]+)/gm)].map((m) => m[1]!);
    // A command with options lists them under "Options:" (check-pdf has none): the pattern must find them there.
    expect(options.length > 0).toBe(/^Options:$/m.test(commandHelp));
    expect(options.filter((option) => !section.includes(`| \`${option}`))).toEqual([]);
  });
});
