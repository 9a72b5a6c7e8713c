import { COMMANDS, findCommand } from "./commands.js";
import { UsageError, UserError } from "./errors.js";
import { environmentFailure } from "./environment.js";
import { processOutput, type Output } from "./output.js";
import { terminalSafe } from "./terminal.js";

import { VERSION } from "../generate/generator.js";

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "report-gen — Trafficking in Persons Report appendix: validate editions, generate PDFs",
    "",
    "Usage: report-gen <command> [options]",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Options: --help (also after a command), --version, --debug (stack traces for internal errors)",
    "Exit codes: 0 ok, 1 a problem with the input or the call, 2 an internal error.",
  ].join("\n");
}

/** Runs the CLI; the one place where errors become exit codes. Never throws. */
export async function main(argv: string[], out: Output = processOutput()): Promise<number> {
  const debug = argv.includes("--debug");
  const args = argv.filter((a) => a !== "--debug");
  const [name, ...rest] = args;
  try {
    if (name === undefined || name === "--help" || name === "-h" || name === "help") {
      out.stdout.write(`${help()}\n`);
      return name === undefined ? 1 : 0;
    }
    if (name === "--version" || name === "-v") {
      out.stdout.write(`${VERSION}\n`);
      return 0;
    }
    const command = findCommand(name);
    if (!command) throw new UsageError(`unknown command "${name}"`, `Run report-gen --help for the commands.`);
    if (rest.includes("--help") || rest.includes("-h")) {
      out.stdout.write(`Usage: ${command.usage}\n\n${command.summary}\n`);
      return 0;
    }
    const mod = await command.load();
    return await mod.run(rest, out);
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
      out.stderr.write(`report-gen: ${terminalSafe(failure.message)}\n${failure.hint ? `  hint: ${terminalSafe(failure.hint)}\n` : ""}`);
      return 1;
    }
    const e = error instanceof Error ? error : new Error(String(error));
    out.stderr.write(`report-gen: internal error: ${terminalSafe(e.message)}\n`);
    out.stderr.write(debug ? `${e.stack ?? ""}\n` : "Run again with --debug for the stack trace, and report it as a bug.\n");
    return 2;
  }
}

/** IssuesError from @tip/domain, recognised without importing the domain at start-up. */
function isIssuesError(error: unknown): error is { issues: readonly import("@tip/domain").Issue[] } {
  return error instanceof Error && error.name === "IssuesError" && Array.isArray((error as { issues?: unknown }).issues);
}
