import { statSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import type { GenerateOptions, GenerateResult } from "../../generate/generate.js";
import { describeHolder, LockTimeout } from "../../output/lock.js";
import { usageOf, type ArgsOf } from "../commands.js";
import { editionFile } from "@tip/data/files";
import { resolveEditionDir, shippedEditionsDir } from "../editions.js";
import { UsageError, UserError } from "../errors.js";
import { displayPath, isInteractive, type Output } from "../output.js";
import { progressBar } from "../progress.js";
import { readableMessage, terminalSafe } from "../terminal.js";

const USAGE = usageOf("generate");

export async function run({ values, positionals }: ArgsOf<"generate">, out: Output): Promise<number> {
  // `--country ARG BRN`: codes after --country may also stand as plain arguments.
  const extra = positionals.filter((p) => /^[A-Za-z]{3}$/.test(p));
  const stray = positionals.find((p) => !/^[A-Za-z]{3}$/.test(p));
  if (stray !== undefined) throw new UsageError(`unexpected argument "${stray}"`, `Usage: ${USAGE}`);
  if (extra.length && !values.country) throw new UsageError(`unexpected argument "${extra[0]}"`, `Usage: ${USAGE}`);
  const only = values.only === undefined ? undefined : values.only === "briefs" ? "brief" : "appendix";
  if (only === "appendix" && values.country)
    throw new UsageError("--country makes briefs; it cannot go with --only appendix", `Usage: ${USAGE}`);
  const threads = values.threads === undefined ? undefined : await threadCount(values.threads, out);

  const editionDir = resolveEditionDir(values, out.cwd, USAGE);
  const outDir = resolve(out.cwd, values.out);
  checkOutFolder(outDir, values.out);
  const common = {
    outDir,
    only: only as GenerateOptions["only"],
    force: values.force,
    threads,
    allowUnreviewed: values["allow-unreviewed"],
  };
  if (values.country === undefined)
    return generateOne({ ...common, editionDir, countries: undefined }, values.out, values.quiet, out);

  // Briefs: with --edition (or --data naming one edition) from that edition; otherwise each
  // country from the newest edition whose table lists it.
  const root = values.data === undefined ? shippedEditionsDir() : resolve(out.cwd, values.data);
  const pinned = values.edition !== undefined || editionDir === root || editionFile(editionDir, "edition") === root;
  const { loadEditions, placeCountries } = await import("../countries.js");
  const editions = await loadEditions(root, pinned ? editionDir : undefined, out);
  const placed = placeCountries([...values.country, ...extra], editions.loaded, pinned ? editions.pinned : undefined);
  if (placed.problems.length) {
    for (const p of placed.problems)
      out.stderr.write(`report-gen: ${terminalSafe(readableMessage(p.message))}\n  hint: ${terminalSafe(p.hint)}\n`);
    return 1;
  }
  for (const [year, codes] of placed.byEdition) {
    const dir = editions.dirs.get(year)!;
    const others = editions.loaded.filter((e) => e.year !== year);
    const code = await generateOne(
      { ...common, editionDir: dir, countries: codes, editions: others },
      values.out,
      values.quiet,
      out,
    );
    if (code !== 0) return code;
    if (!pinned && !values.quiet) {
      const newest = editions.loaded[0]?.year;
      if (year !== newest)
        out.stdout.write(
          `  ${codes.join(", ")}: from the ${year} edition, the newest whose table lists ${codes.length === 1 ? "it" : "them"}\n`,
        );
    }
  }
  return 0;
}

/** One edition's run: its documents (or the briefs asked for), with progress and a summary line. */
async function generateOne(
  options: GenerateOptions,
  given: string,
  quiet: boolean | undefined,
  out: Output,
): Promise<number> {
  const bar = !quiet && isInteractive(out) ? progressBar(out.stderr) : undefined;
  const started = performance.now();
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
      cwd: out.cwd,
      onPlan: (_total, toRender) => bar?.start(toRender),
      onRendered: (job, done) => bar?.update(done, job.country ?? job.path),
      onWait: (holder) =>
        out.stderr.write(
          `report-gen: ${terminalSafe(`waiting for ${describeHolder(holder)}, which is writing into ${displayPath(options.outDir, out.cwd)}`)}\n`,
        ),
      onWarning: (message) => out.stderr.write(`report-gen: warning: ${terminalSafe(message)}\n`),
    });
  } catch (error) {
    bar?.stop();
    if (error instanceof LockTimeout) {
      throw new UserError(
        `${displayPath(error.path, out.cwd)} is held by ${describeHolder(error.holder)}`,
        "wait for that run to finish, or give --out another folder",
      );
    }
    throw outputFailure(error, given) ?? error;
  } finally {
    await workers?.destroy();
  }
  bar?.stop();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (!quiet) {
    const where = displayPath(result.dir, out.cwd) || relative(out.cwd, result.dir);
    const unchanged = result.unchanged.length ? `, ${result.unchanged.length} unchanged` : "";
    out.stdout.write(
      `${terminalSafe(where)}: ${result.rendered.length} document${result.rendered.length === 1 ? "" : "s"} written${unchanged} (edition ${result.edition.year}, ${seconds} s)\n`,
    );
  }
  return 0;
}

/** `--threads N` (a whole number from 1, as its definition checks), capped with a note at what the machine can use. */
async function threadCount(given: number, out: Output): Promise<number> {
  const cap = (await import("../../generate/threads.js")).maxThreads();
  if (given <= cap) return given;
  out.stderr.write(
    `report-gen: --threads ${String(given).length > 12 ? `${String(given).slice(0, 12)}…` : given} is more than this machine can use; rendering on ${cap} threads (4 per core)\n`,
  );
  return cap;
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
  if (code !== "EACCES" && code !== "EPERM" && code !== "EROFS" && code !== "ENOSPC" && code !== "EDQUOT")
    return undefined;
  const path = (error as NodeJS.ErrnoException).path ?? given;
  const why =
    code === "ENOSPC" || code === "EDQUOT"
      ? "the disk is full"
      : code === "EROFS"
        ? "the disk is read-only"
        : "permission denied";
  return new UserError(
    `cannot write ${path}: ${why} (${code})`,
    `free space or fix the permissions, or give --out another folder; the earlier output in ${given} is as it was`,
  );
}
