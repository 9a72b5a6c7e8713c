import { isAbsolute, relative } from "node:path";

/** Where a command writes: stdout for results, stderr for problems and progress. */
export interface Output {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
}

export function processOutput(): Output {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

/** Paths relative to the working directory, so terminals and editors can open them. */
export function displayPath(file: string, cwd: string): string {
  if (!isAbsolute(file)) return file;
  const rel = relative(cwd, file);
  return rel && !rel.startsWith("..") ? rel : file;
}

/** Interactive progress only on a terminal outside CI. */
export function isInteractive(out: Output): boolean {
  return Boolean(out.stderr.isTTY) && !out.env.CI;
}
