import { UsageError } from "./errors.js";

export function parseYear(value: string, what: string, usage: string): number {
  if (!/^\d{4}$/.test(value))
    throw new UsageError(`${what} must be a four-digit year, got "${value}"`, `Usage: ${usage}`);
  return Number(value);
}
