import { optionSyntax, usageLine, type CommandDefinition, type OptionDefinition } from "./definition.js";

// Help on the terminal and the CLI reference page, both written from the commands' definitions.

const WIDTH = 100;

/** What the option does, with its default: "Output folder. Default: out." */
function described(option: OptionDefinition): string {
  const value = "default" in option && option.default !== undefined ? option.default : undefined;
  const fallback = value !== undefined ? value : option.defaultText;
  return fallback === undefined ? option.description : `${option.description} Default: ${fallback}.`;
}

/** Words of `text` in lines of at most `width` characters, each line after the first indented. */
function wrap(text: string, indent: number, width = WIDTH): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && indent + line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.join(`\n${" ".repeat(indent)}`);
}

function table(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${wrap(right, width + 4)}`);
}

/** `report-gen <command> --help` and `report-gen help <command>`. */
export function commandHelp(command: CommandDefinition): string {
  const positionals = command.positionals.map((p) => [p.variadic ? `${p.name} ...` : p.name, p.description] as const);
  const options = Object.entries(command.options).map(
    ([name, option]) =>
      [`${option.short ? `-${option.short}, ` : ""}${optionSyntax(name, option)}`, described(option)] as const,
  );
  return [
    `Usage: ${usageLine(command)}`,
    "",
    wrap(`${command.summary[0]!.toUpperCase()}${command.summary.slice(1)}.`, 0),
    ...(positionals.length ? ["", "Arguments:", ...table(positionals)] : []),
    ...(options.length ? ["", "Options:", ...table(options)] : []),
    "",
    "Run report-gen --help for the other commands; --debug prints the stack trace of an internal error.",
  ].join("\n");
}

/** `report-gen --help`: the commands, one line each. */
export function generalHelp(commands: readonly CommandDefinition[]): string {
  return [
    "report-gen — Trafficking in Persons Report appendix: validate editions, generate PDFs",
    "",
    "Usage: report-gen <command> [options]",
    "",
    "Commands:",
    ...table(commands.map((c) => [c.name, c.summary])),
    "",
    "Run report-gen help <command> (or report-gen <command> --help) for a command's options.",
    "Options: --help, --version, --debug (stack traces for internal errors)",
    "Exit codes: 0 ok, 1 a problem with the input or the call, 2 an internal error.",
  ].join("\n");
}

const cell = (text: string) => text.replaceAll("|", "\\|");

/** A command's section of the CLI reference page: its usage line and a table of its arguments and options. */
export function commandReference(command: CommandDefinition): string {
  const rows = [
    ...command.positionals.map((p) => [`\`${p.variadic ? `${p.name} ...` : p.name}\``, p.description]),
    ...Object.entries(command.options).map(([name, option]) => [
      `\`${optionSyntax(name, option)}\`${option.short ? ` (\`-${option.short}\`)` : ""}`,
      described(option).replace(/Default: (.+)\.$/, (_, value: string) =>
        "default" in option && option.default !== undefined ? `Default: \`${value}\`.` : `Default: ${value}.`,
      ),
    ]),
  ];
  return [
    "```sh",
    usageLine(command),
    "```",
    "",
    ...(rows.length
      ? [
          "| Argument or option | What it does |",
          "| --- | --- |",
          ...rows.map(([left, right]) => `| ${cell(left!)} | ${cell(right!)} |`),
        ]
      : []),
  ].join("\n");
}
