import { COMMANDS, findCommand, type ArgsOf, type CommandName } from "./commands.js";
import { parseCommandLine } from "./definition.js";
import { UsageError, UserError } from "./errors.js";
import { commandHelp, generalHelp } from "./help.js";
import { environmentFailure } from "./environment.js";
import { processOutput, type Output } from "./output.js";
import { terminalSafe } from "./terminal.js";

import { VERSION } from "../generate/generator.js";

/** A command's module: called with its arguments parsed against its definition; returns an exit code. */
interface CommandModule<N extends CommandName> {
  run(args: ArgsOf<N>, out: Output): Promise<number>;
}

/** Each command's module, imported only when it runs so that `--help` stays instant. */
const MODULES: { readonly [N in CommandName]: () => Promise<CommandModule<N>> } = {
  validate: () => import("./commands/validate.js"),
  "import-table": () => import("./commands/import-table.js"),
  generate: () => import("./commands/generate.js"),
  edition: () => import("./commands/edition.js"),
  "check-pdf": () => import("./commands/check-pdf.js"),
  diff: () => import("./commands/diff.js"),
};

async function runCommand<N extends CommandName>(name: N, args: ArgsOf<N>, out: Output): Promise<number> {
  const mod = await MODULES[name]();
  return mod.run(args, out);
}

/** Runs the CLI; the one place where errors become exit codes. Never throws. */
export async function main(argv: string[], out: Output = processOutput()): Promise<number> {
  const debug = argv.includes("--debug");
  const args = argv.filter((a) => a !== "--debug");
  const [name, ...rest] = args;
  try {
    if (name === "help" && rest[0] !== undefined) {
      const command = findCommand(rest[0]);
      if (!command) throw new UsageError(`unknown command "${rest[0]}"`, `Run report-gen --help for the commands.`);
      out.stdout.write(`${commandHelp(command)}\n`);
      return 0;
    }
    if (name === undefined || name === "--help" || name === "-h" || name === "help") {
      out.stdout.write(`${generalHelp(COMMANDS)}\n`);
      return name === undefined ? 1 : 0;
    }
    if (name === "--version" || name === "-v") {
      out.stdout.write(`${VERSION}\n`);
      return 0;
    }
    const command = findCommand(name);
    if (!command) throw new UsageError(`unknown command "${name}"`, `Run report-gen --help for the commands.`);
    // `--help` anywhere before a `--` asks for help, whatever else is on the line.
    const options = rest.includes("--") ? rest.slice(0, rest.indexOf("--")) : rest;
    if (options.includes("--help") || options.includes("-h")) {
      out.stdout.write(`${commandHelp(command)}\n`);
      return 0;
    }
    return await runCommand(command.name, parseCommandLine(command, rest) as ArgsOf<typeof command.name>, out);
  } catch (error) {
    if (isIssuesError(error)) {
      // Loaded only when needed: --help and --version stay free of the domain model.
      const { printIssues } = await import("./print-issues.js");
      printIssues(error.issues, out);
      return 1;
    }
    if (error instanceof UsageError) {
      out.stderr.write(`report-gen: ${terminalSafe(error.message)}\n${error.usage ? `${error.usage}\n` : ""}`);
      return 1;
    }
    const failure = error instanceof UserError ? error : environmentFailure(error, out.cwd);
    if (failure) {
      out.stderr.write(
        `report-gen: ${terminalSafe(failure.message)}\n${failure.hint ? `  hint: ${terminalSafe(failure.hint)}\n` : ""}`,
      );
      return 1;
    }
    const e = error instanceof Error ? error : new Error(String(error));
    out.stderr.write(`report-gen: internal error: ${terminalSafe(e.message)}\n`);
    out.stderr.write(
      debug ? `${e.stack ?? ""}\n` : "Run again with --debug for the stack trace, and report it as a bug.\n",
    );
    return 2;
  }
}

/** IssuesError from @tip/domain, recognised without importing the domain at start-up. */
function isIssuesError(error: unknown): error is { issues: readonly import("@tip/domain").Issue[] } {
  return (
    error instanceof Error && error.name === "IssuesError" && Array.isArray((error as { issues?: unknown }).issues)
  );
}
