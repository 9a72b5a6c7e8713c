import { describe, expect, it } from "vitest";
import { COMMANDS } from "./commands.js";
import { optionSyntax, usageLine, type CommandDefinition } from "./definition.js";
import { commandHelp, commandReference, generalHelp } from "./help.js";

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("help from the definitions", () => {
  it("lists every command with its summary", () => {
    const help = generalHelp(COMMANDS).replace(/\n {16}/g, " ");
    for (const command of COMMANDS) expect(help).toContain(`  ${command.name.padEnd(12)}  ${command.summary}\n`);
  });

  it.each(COMMANDS.map((c): [string, CommandDefinition] => [c.name, c]))(
    "gives %s's usage and every argument and option with what it does",
    (_, command) => {
      const help = commandHelp(command);
      const flat = help.replace(/\n +/g, " ");
      expect(help.split("\n")[0]).toBe(`Usage: ${usageLine(command)}`);
      for (const p of command.positionals)
        expect(flat).toMatch(
          new RegExp(`${escaped(p.name)}${p.variadic ? " \\.\\.\\." : ""} +${escaped(p.description)}`),
        );
      for (const [name, option] of Object.entries(command.options)) {
        expect(flat).toMatch(new RegExp(`${escaped(optionSyntax(name, option))} +${escaped(option.description)}`));
      }
    },
  );

  it("says what an option defaults to", () => {
    const generate = COMMANDS.find((c) => c.name === "generate")!;
    expect(commandHelp(generate).replace(/\n +/g, " ")).toMatch(/--out DIR +The output folder; .* Default: out\./);
    expect(commandReference(generate)).toContain("Default: `out`.");
    expect(commandReference(generate)).toContain("| `--only briefs\\|appendix` |");
  });

  it("wraps nothing past 100 columns", () => {
    for (const command of COMMANDS) {
      const long = commandHelp(command)
        .split("\n")
        .filter((l) => l.length > 100 && !l.startsWith("Usage: "));
      expect(long).toEqual([]);
    }
  });
});
