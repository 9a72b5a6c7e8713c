import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { main } from "../src/cli/main.js";
import type { Output } from "../src/cli/output.js";

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
export const shipped2017 = join(repoRoot, "packages/data/editions/2017");

class Capture extends Writable {
  text = "";
  override _write(chunk: Buffer, _encoding: string, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process, as `report-gen ...args` from `cwd`, capturing its output. */
export async function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const stdout = new Capture();
  const stderr = new Capture();
  const out: Output = { stdout, stderr, env: { CI: "true", ...env }, cwd };
  const code = await main(args, out);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** A temp folder holding `editions/2017`, a copy of the shipped edition, to break or change. */
export function tempEditions(): { root: string; edition: string } {
  const root = mkdtempSync(join(tmpdir(), "report-gen-cli-"));
  const edition = join(root, "editions", "2017");
  cpSync(shipped2017, edition, { recursive: true });
  return { root, edition };
}

/** Replaces one exact piece of text in a file, failing loudly when it is not there. */
export function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, "utf8");
  if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
  writeFileSync(file, text.replace(from, to));
}

/** Every line of a CLI's stderr that looks like a stack frame. */
export const stackLines = (text: string) => text.split("\n").filter((l) => /^\s+at\s/.test(l));
