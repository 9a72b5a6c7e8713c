import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const appDir = fileURLToPath(new URL("../../", import.meta.url));
export const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));
const bin = fileURLToPath(new URL("../../bin/report-gen.js", import.meta.url));
const compiledMain = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliOptions {
  /** Working directory; relative --data and --out resolve against it. */
  readonly cwd?: string;
  /** Added to the environment; CI is set so the CLI prints one summary line. */
  readonly env?: NodeJS.ProcessEnv;
}

/** Runs `report-gen ...args` as a user would: the real bin, in a child process, from dist. */
export function runCli(args: readonly string[], { cwd = repoRoot, env = {} }: CliOptions = {}): Promise<CliRun> {
  if (!existsSync(compiledMain)) {
    throw new Error("apps/report-gen/dist is missing: run `pnpm --filter @tip/report-gen... build` before these tests");
  }
  // An inherited SOURCE_DATE_EPOCH would change every creation date; a test sets it on purpose or not at all.
  const { SOURCE_DATE_EPOCH: _inherited, ...inherited } = process.env;
  const child = spawn(process.execPath, [bin, ...args], {
    cwd,
    env: { ...inherited, CI: "true", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** Lines of a CLI's stderr that look like a stack frame: a user mistake must print none. */
export const stackFrames = (text: string): string[] => text.split("\n").filter((line) => /^\s+at\s/.test(line));
