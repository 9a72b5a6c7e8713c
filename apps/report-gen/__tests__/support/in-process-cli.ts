import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll } from "vitest";
import { main } from "../../src/cli/main.js";
import type { Output } from "../../src/cli/output.js";
import { copyEdition } from "./editions.js";
import type { CliRun } from "./run-cli.js";

class Capture extends Writable {
  text = "";
  override _write(chunk: Buffer, _encoding: string, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

/** Runs the CLI's `main` in this process, as `report-gen ...args` from `cwd`: fast, and the exit code is main's own. */
export async function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const stdout = new Capture();
  const stderr = new Capture();
  const out: Output = { stdout, stderr, env: { CI: "true", ...env }, cwd };
  const code = await main(args, out);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const roots: string[] = [];
// Registered while the importing test file is collected: its temp folders go when it ends.
afterAll(() => roots.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A temp folder holding `editions/2017`, a copy of the shipped edition, to break or change. */
export function tempEditions(): { root: string; edition: string } {
  const root = mkdtempSync(join(tmpdir(), "report-gen-cli-"));
  roots.push(root);
  return { root, edition: copyEdition(join(root, "editions", "2017")) };
}
