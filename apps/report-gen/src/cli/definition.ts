import { UsageError } from "./errors.js";

// A command's definition is the one place its name, options and arguments are written down:
// parsing, `--help`, `report-gen help <command>` and the CLI reference page are derived from it.

interface OptionBase {
  /** One sentence on what the option does, for `--help` and the reference page. */
  readonly description: string;
  /** A one-letter alias (`q` for `-q`). */
  readonly short?: string;
  /** What happens without the option, when no `default` value says it ("the newest edition shipped"). */
  readonly defaultText?: string;
}

/** A switch: present or not. */
export interface BooleanOption extends OptionBase {
  readonly type: "boolean";
}

/** Any text: a year, a folder, a file. */
export interface StringOption extends OptionBase {
  readonly type: "string";
  /** What the value stands for in the usage line (`DIR`). */
  readonly value: string;
  readonly default?: string;
  /** May be given more than once; the values are collected in order. */
  readonly multiple?: boolean;
  /** The message when the option is missing; without it, the option is optional. */
  readonly required?: string;
}

/** A whole number, at least `min`. */
export interface IntegerOption extends OptionBase {
  readonly type: "integer";
  readonly value: string;
  readonly min: number;
  /** The most that is of use, named when a value is refused; a larger one is the command's to cap. */
  readonly max?: () => number;
}

/** One of a few words. */
export interface ChoiceOption<C extends string = string> extends OptionBase {
  readonly type: "choice";
  readonly choices: readonly C[];
  readonly default?: C;
}

export type OptionDefinition = BooleanOption | StringOption | IntegerOption | ChoiceOption;

export interface PositionalDefinition {
  /** As the usage line shows it (`FILE`, `OLD`); a positional with one choice shows that word (`new`). */
  readonly name: string;
  readonly description: string;
  /** The message when it is missing; without it, the argument is optional. */
  readonly required?: string;
  /** Takes every further argument (`ISO ...`). */
  readonly variadic?: boolean;
  /** The words it takes, when it is a word (an action); anything else is refused. */
  readonly choices?: readonly string[];
}

export interface CommandDefinition {
  readonly name: string;
  /** One line, for the list of commands. */
  readonly summary: string;
  readonly positionals: readonly PositionalDefinition[];
  /** By the option's long name, in the order help shows them. */
  readonly options: Readonly<Record<string, OptionDefinition>>;
  /** Positionals that are left out of the usage line (they are described with the option they follow). */
  readonly hiddenPositionals?: boolean;
}

/** Keeps the literal types of a definition (choices, defaults) for the parsed values. */
export function defineCommand<const D extends CommandDefinition>(definition: D): D {
  return definition;
}

type ValueOf<O extends OptionDefinition> = O extends BooleanOption
  ? boolean
  : O extends IntegerOption
    ? number
    : O extends ChoiceOption<infer C>
      ? C
      : O extends { readonly multiple: true }
        ? string[]
        : string;

type Settled<O extends OptionDefinition> = O extends { readonly default: string } | { readonly required: string }
  ? true
  : false;

/** A command's options as parsed: a value for every option with a default, maybe undefined for the others. */
export type OptionValues<D extends CommandDefinition> = {
  readonly [K in keyof D["options"]]: Settled<D["options"][K]> extends true
    ? ValueOf<D["options"][K]>
    : ValueOf<D["options"][K]> | undefined;
};

export interface ParsedArgs<D extends CommandDefinition> {
  readonly values: OptionValues<D>;
  readonly positionals: readonly string[];
}

/** `--out DIR`, `--force`, `--only briefs|appendix`: an option as the usage line writes it. */
export function optionSyntax(name: string, option: OptionDefinition): string {
  const value =
    option.type === "boolean" ? "" : option.type === "choice" ? ` ${option.choices.join("|")}` : ` ${option.value}`;
  return `--${name}${value}${option.type === "string" && option.multiple ? " ..." : ""}`;
}

export function positionalSyntax(positional: PositionalDefinition): string {
  const word = positional.choices?.length === 1 ? positional.choices[0]! : positional.name;
  const shown = positional.variadic ? `${word} ...` : word;
  return positional.required ? shown : `[${shown}]`;
}

/** The usage line: `report-gen <name> <positionals> <required options> [<other options>]`. */
export function usageLine(command: CommandDefinition): string {
  const positionals = command.hiddenPositionals ? [] : command.positionals.map(positionalSyntax);
  const options = Object.entries(command.options).map(([name, option]) => {
    const syntax = optionSyntax(name, option);
    return option.type === "string" && option.required ? syntax : `[${syntax}]`;
  });
  return ["report-gen", command.name, ...positionals, ...options].join(" ");
}

function orList(words: readonly string[]): string {
  return words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} or ${words.at(-1)}`;
}

/**
 * Reads a command's arguments against its definition: `--name value`, `--name=value`, the short
 * aliases, `--` before positionals that start with a dash. Every mistake is a UsageError naming
 * the option or argument, with the command's usage line.
 */
export function parseCommandLine<D extends CommandDefinition>(command: D, args: readonly string[]): ParsedArgs<D> {
  const usage = `Usage: ${usageLine(command)}`;
  const fail = (message: string): never => {
    throw new UsageError(message, usage);
  };
  const byShort = new Map(
    Object.entries(command.options).flatMap(([name, o]) => (o.short ? [[o.short, name] as const] : [])),
  );
  const given = new Map<string, string[]>();
  const flags = new Set<string>();
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--") {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const long = arg.startsWith("--");
    const written = long && eq > 0 ? arg.slice(0, eq) : arg;
    const name = long ? written.slice(2) : byShort.get(written.slice(1));
    const option = name === undefined || !Object.hasOwn(command.options, name) ? undefined : command.options[name]!;
    if (name === undefined || option === undefined) return fail(`unknown option '${written}'`);
    const inline = long && eq > 0 ? arg.slice(eq + 1) : undefined;
    if (option.type === "boolean") {
      if (inline !== undefined) fail(`--${name} takes no value, got "${inline}"`);
      flags.add(name);
      continue;
    }
    const next = args[i + 1];
    // A following option is a forgotten value, not the value (`--out --force`); `--out=-x` is explicit.
    const isValue = next !== undefined && (!next.startsWith("-") || next === "-" || /^-\d/.test(next));
    if (inline === undefined && isValue) i++;
    const value = inline ?? (isValue ? next : undefined);
    // An empty `--threads=` is a value of the wrong kind; an empty text is no value.
    if (value === undefined || (value === "" && option.type === "string"))
      fail(`--${name} needs a value: ${optionSyntax(name, option)}`);
    given.set(name, [...(given.get(name) ?? []), value!]);
  }

  command.positionals.forEach((positional, index) => {
    const value = positionals[index];
    if (value === undefined) {
      if (positional.required) fail(positional.required);
      return;
    }
    if (positional.choices && !positional.choices.includes(value)) {
      fail(
        `unknown ${command.name} ${positional.name.toLowerCase()} "${value}"; it takes ${orList(positional.choices)}`,
      );
    }
  });
  if (!command.positionals.at(-1)?.variadic && positionals.length > command.positionals.length)
    fail(`unexpected argument "${positionals[command.positionals.length]}"`);

  const values: Record<string, unknown> = {};
  for (const [name, option] of Object.entries(command.options)) {
    const texts = given.get(name);
    const last = texts?.at(-1);
    switch (option.type) {
      case "boolean":
        values[name] = flags.has(name) ? true : undefined;
        break;
      case "string":
        if (last === undefined && option.required) fail(option.required);
        values[name] = option.multiple ? texts : (last ?? option.default);
        break;
      case "integer": {
        if (last === undefined) break;
        if (!/^[0-9]+$/.test(last) || Number(last) < option.min) {
          fail(
            `--${name} takes a whole number from ${option.min}${option.max ? ` to ${option.max()}` : ""}, got "${last}"`,
          );
        }
        values[name] = Number(last);
        break;
      }
      case "choice":
        if (last !== undefined && !option.choices.includes(last))
          fail(`--${name} takes ${orList(option.choices)}, got "${last}"`);
        values[name] = last ?? option.default;
        break;
    }
  }
  return { values: values as OptionValues<D>, positionals };
}
