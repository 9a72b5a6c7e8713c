import { statSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import type { GenerateOptions, GenerateResult } from "../../generate/generate.js";
import { describeHolder, LockTimeout } from "../../output/lock.js";
import { usageOf } from "../commands.js";
import { parseCommandArgs } from "../args.js";
import { resolveEditionDir } from "../editions.js";
import { UsageError, UserError } from "../errors.js";
import { displayPath, isInteractive, type Output } from "../output.js";
import { progressBar } from "../progress.js";
import { terminalSafe } from "../terminal.js";

const USAGE = usageOf("generate");

export async function run(args: string[], out: Output): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      edition: { type: "string" },
      data: { type: "string" },
      out: { type: "string", default: "out" },
      country: { type: "string", multiple: true },
      only: { type: "string" },
      force: { type: "boolean" },
      threads: { type: "string" },
      quiet: { type: "boolean", short: "q" },
    },
    USAGE,
  );
  // `--country ARG BRN`: codes after --country may also stand as plain arguments.
  const extra = positionals.filter((p) => /^[A-Za-z]{3}$/.test(p));
  const stray = positionals.find((p) => !/^[A-Za-z]{3}$/.test(p));
  if (stray !== undefined) throw new UsageError(`unexpected argument "${stray}"`, `Usage: ${USAGE}`);
  if (extra.length && !values.country) throw new UsageError(`unexpected argument "${extra[0]}"`, `Usage: ${USAGE}`);
  const countries = values.country ? await countryCodes([...values.country, ...extra]) : undefined;
  const only = values.only === undefined ? undefined : values.only === "briefs" ? "brief" : values.only === "appendix" ? "appendix" : null;
  if (only === null) throw new UsageError(`--only takes briefs or appendix, got "${values.only}"`, `Usage: ${USAGE}`);
  if (only === "appendix" && countries) throw new UsageError("--country makes briefs; it cannot go with --only appendix", `Usage: ${USAGE}`);
  const threads = values.threads === undefined ? undefined : await threadCount(values.threads, out);

  const editionDir = resolveEditionDir(values, out.cwd, USAGE);
  const outDir = resolve(out.cwd, values.out);
  checkOutFolder(outDir, values.out);
  const bar = !values.quiet && isInteractive(out) ? progressBar(out.stderr) : undefined;
  const started = performance.now();
  const options: GenerateOptions = { editionDir, outDir, only, countries, force: values.force, threads };
  // Render workers, when the run will want them, start before the edition's packages load.
  const { startWorkersEarly } = await import("../../generate/early-workers.js");
  const workers = startWorkersEarly(options);
  let result: GenerateResult;
  try {
    const { generate } = await import("../../generate/generate.js");
    result = await generate({
      ...options,
      workers,
      env: out.env,
      onPlan: (_total, toRender) => bar?.start(toRender),
      onRendered: (job, done) => bar?.update(done, job.country ?? job.path),
      onWait: (holder) => out.stderr.write(`report-gen: waiting for ${describeHolder(holder)}, which is writing into ${displayPath(outDir, out.cwd)}\n`),
      onWarning: (message) => out.stderr.write(`report-gen: warning: ${terminalSafe(message)}\n`),
    });
  } catch (error) {
    bar?.stop();
    if (error instanceof LockTimeout) {
      throw new UserError(`${displayPath(error.path, out.cwd)} is held by ${describeHolder(error.holder)}`, "wait for that run to finish, or give --out another folder");
    }
    throw outputFailure(error, values.out) ?? error;
  } finally {
    await workers?.destroy();
  }
  bar?.stop();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (!values.quiet) {
    const where = displayPath(result.dir, out.cwd) || relative(out.cwd, result.dir);
    const unchanged = result.unchanged.length ? `, ${result.unchanged.length} unchanged` : "";
    out.stdout.write(
      `${where}: ${result.rendered.length} document${result.rendered.length === 1 ? "" : "s"} written${unchanged} (edition ${result.edition.year}, ${seconds} s)\n`,
    );
  }
  return 0;
}

/** `--threads N`: a plain whole number from 1, capped (with a note) at what the machine can use. */
async function threadCount(given: string, out: Output): Promise<number> {
  const cap = (await import("../../generate/pool.js")).maxThreads();
  if (!/^[0-9]+$/.test(given) || Number(given) < 1) {
    throw new UsageError(`--threads takes a whole number from 1 to ${cap}, got "${given}"`, `Usage: ${USAGE}`);
  }
  const threads = Number(given);
  if (threads <= cap) return threads;
  out.stderr.write(`report-gen: --threads ${given.length > 12 ? `${given.slice(0, 12)}…` : given} is more than this machine can use; rendering on ${cap} threads (4 per core)\n`);
  return cap;
}

/**
 * `--country` values as ISO 3166-1 alpha-3 codes: codes (any case, or several joined by commas,
 * "ARG,BRN") stay as they are; a country's name ("Poland", "Czech Republic") is looked up.
 */
async function countryCodes(values: readonly string[]): Promise<string[]> {
  const codes: string[] = [];
  for (const value of values) {
    const parts = value.split(",").map((p) => p.trim());
    if (parts.every((p) => /^[A-Za-z]{3}$/.test(p))) {
      codes.push(...parts.map((p) => p.toUpperCase()));
      continue;
    }
    const { countryByName } = await import("@tip/domain");
    const country = countryByName(value.trim());
    if (country === undefined) {
      throw new UsageError(`--country takes ISO 3166-1 alpha-3 codes such as ARG, or a country's name, got "${value}"`, `Usage: ${USAGE}`);
    }
    codes.push(country.code);
  }
  return codes;
}

/** `--out` must be a folder or not exist yet, nor lie inside a file. */
function checkOutFolder(dir: string, given: string): void {
  for (let at = dir; ; at = dirname(at)) {
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(at, { throwIfNoEntry: false });
    } catch {
      stat = undefined; // ENOTDIR: a file further up, found on the way
    }
    if (stat !== undefined) {
      if (stat.isDirectory()) return;
      const what = at === dir ? `--out ${given} is a file` : `--out ${given} is inside ${at}, a file`;
      throw new UserError(`${what}, not a folder`, "give --out a folder; it is created if missing");
    }
    if (dirname(at) === at) return;
  }
}

/** A failure to write the output the user can act on (permissions, a read-only or full disk), as one line. */
function outputFailure(error: unknown, given: string): UserError | undefined {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code !== "EACCES" && code !== "EPERM" && code !== "EROFS" && code !== "ENOSPC" && code !== "EDQUOT") return undefined;
  const path = (error as NodeJS.ErrnoException).path ?? given;
  const why = code === "ENOSPC" || code === "EDQUOT" ? "the disk is full" : code === "EROFS" ? "the disk is read-only" : "permission denied";
  return new UserError(`cannot write ${path}: ${why} (${code})`, `free space or fix the permissions, or give --out another folder; the earlier output in ${given} is as it was`);
}
