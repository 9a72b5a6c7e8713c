import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./errors.js";

/** node:util parseArgs, strict and with positionals, its errors turned into one-line usage errors. */
export function parseCommandArgs<T extends ParseArgsConfig["options"]>(
  args: string[],
  options: T,
  usage: string,
): ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's own message goes on to explain "--"; the first sentence is the cause.
    const message = (error instanceof Error ? error.message : String(error)).split(/\.\s|\n/)[0]!;
    throw new UsageError(message.replace(/^Unknown option/, "unknown option"), `Usage: ${usage}`);
  }
}

export function parseYear(value: string, what: string, usage: string): number {
  if (!/^\d{4}$/.test(value)) throw new UsageError(`${what} must be a four-digit year, got "${value}"`, `Usage: ${usage}`);
  return Number(value);
}
