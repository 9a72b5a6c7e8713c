import { COMMANDS } from "./commands.js";
import type { CommandDefinition } from "./definition.js";
import { commandReference } from "./help.js";

// The CLI reference page's generated parts (apps/docs/reference/cli.md), from the same definitions
// as parsing and --help; published as `@tip/report-gen/cli-reference` for the docs.

export { COMMANDS } from "./commands.js";
export { usageLine, type CommandDefinition, type OptionDefinition, type PositionalDefinition } from "./definition.js";
export { commandHelp, commandReference, generalHelp } from "./help.js";

/** A command as the page titles it: its name and the word it always takes (`edition new`). */
export function commandTitle(command: CommandDefinition): string {
  const words = [command.name];
  for (const p of command.positionals) {
    if (p.choices?.length !== 1 || !p.required) break;
    words.push(p.choices[0]!);
  }
  return words.join(" ");
}

const capitalised = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}`;

/** Each generated block of the page, by its name: `commands` (the table of commands) and one per command. */
export function referenceBlocks(commands: readonly CommandDefinition[] = COMMANDS): Map<string, string> {
  const table = [
    "| Command | What it does |",
    "| --- | --- |",
    ...commands.map(
      (c) =>
        `| [\`${commandTitle(c)}\`](#${commandTitle(c).replaceAll(" ", "-")}) | ${capitalised(c.summary).replaceAll("|", "\\|")}. |`,
    ),
  ].join("\n");
  return new Map([["commands", table], ...commands.map((c) => [c.name, commandReference(c)] as const)]);
}

const BLOCK = /<!-- generated: ([a-z-]+)[^>]*-->\n[\s\S]*?<!-- end generated: \1 -->/g;

/**
 * The page with every block between `<!-- generated: NAME -->` and `<!-- end generated: NAME -->`
 * written anew, and the names of blocks the definitions have but the page lacks (or the reverse).
 */
export function fillReference(
  page: string,
  blocks: ReadonlyMap<string, string> = referenceBlocks(),
): { text: string; missing: string[]; unknown: string[] } {
  const seen = new Set<string>();
  const unknown: string[] = [];
  const text = page.replace(BLOCK, (whole, name: string) => {
    const body = blocks.get(name);
    if (body === undefined) {
      unknown.push(name);
      return whole;
    }
    seen.add(name);
    return `<!-- generated: ${name} (from report-gen's command definitions: pnpm --filter @tip/docs cli-reference) -->\n${body}\n<!-- end generated: ${name} -->`;
  });
  return { text, missing: [...blocks.keys()].filter((n) => !seen.has(n)), unknown };
}
