import {
  diffEditions,
  formatDiffMarkdown,
  formatDiffText,
  IssuesError,
  type Edition,
  type EditionDiff,
} from "@tip/domain";
import { loadEdition } from "@tip/data/load";
import { existsSync, statSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { isSpecialFile, writeFileAtomic } from "../../output/atomic.js";
import { engineDir, isWithin, makeFolder, realPathOf, writtenPath } from "../../output/place.js";
import { terminalSafe, terminalSafeLines } from "../terminal.js";
import { basename, dirname, join, resolve } from "node:path";
import { documentDate, editionTemplateDirs, planChangesDocument } from "../../documents/jobs.js";
import { renderJob } from "../../generate/render-job.js";
import { usageOf, type ArgsOf } from "../commands.js";
import { resolveEditionDir } from "../editions.js";
import { UsageError, UserError } from "../errors.js";
import { displayPath, type Output } from "../output.js";

const USAGE = usageOf("diff");
export async function run({ values, positionals }: ArgsOf<"diff">, out: Output): Promise<number> {
  const format = values.format;
  const [oldDir, newDir] = positionals.map((p) => editionDir(p, values.data, out.cwd));
  const [before, after] = await Promise.all([load(oldDir!), load(newDir!)]);
  const diff = diffEditions(before, after);

  if (values.changeset) {
    const file = await writeChangeset(diff, out.cwd);
    out.stdout.write(`${terminalSafe(displayPath(file, out.cwd))}: @tip/data minor release, edition ${after.year}\n`);
    return 0;
  }
  if (format !== "pdf") {
    const text =
      format === "json"
        ? JSON.stringify(diff, null, 2)
        : format === "markdown"
          ? formatDiffMarkdown(diff)
          : formatDiffText(diff);
    if (values.out === undefined) out.stdout.write(`${terminalSafeLines(text)}\n`);
    else {
      const file = resolve(out.cwd, values.out);
      refuseOutFile(file, values.out, [oldDir!, newDir!, ...editionTemplateDirs(newDir!, out.cwd), engineDir()]);
      await makeFolder(dirname(file));
      await writeFileAtomic(file, `${text}\n`);
      out.stdout.write(`${terminalSafe(displayPath(file, out.cwd))}: ${changeCount(diff.changes.length)}\n`);
    }
  } else {
    const file = resolve(out.cwd, values.out ?? join("out", `changes-${before.year}-${after.year}.pdf`));
    const templateDirs = editionTemplateDirs(newDir!, out.cwd);
    refuseOutFile(file, values.out ?? displayPath(file, out.cwd), [oldDir!, newDir!, ...templateDirs, engineDir()]);
    const job = planChangesDocument(diff, before, after, {
      templateDirs,
      creationDate: documentDate(after, out.env),
      path: basename(file),
    });
    await makeFolder(dirname(file));
    // A device or named pipe (/dev/stdout, a FIFO) is written into: the PDF is rendered in a folder of its own first.
    const special = isSpecialFile(file);
    const outDir = special ? await mkdtemp(join(tmpdir(), "report-gen-diff-")) : dirname(file);
    try {
      const rendered = await renderJob({ job, outDir });
      if (!rendered.ok) throw new IssuesError(rendered.errors);
      if (special) await writeFileAtomic(file, await readFile(join(outDir, basename(file))));
    } finally {
      if (special) await rm(outDir, { recursive: true, force: true });
    }
    out.stdout.write(`${terminalSafe(displayPath(file, out.cwd))}: ${changeCount(diff.changes.length)}\n`);
  }
  return 0;
}

/**
 * No command writes over what it reads: `--out` must name a file, not a folder, and lie outside
 * the editions and templates the command reads (a link at --out is followed to where it leads).
 */
function refuseOutFile(file: string, given: string, inputs: readonly string[]): void {
  if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) {
    throw new UserError(`--out ${given} is a folder`, "give --out the name of a file to write, e.g. --out changes.md");
  }
  const real = writtenPath(file);
  const input = inputs.find((dir) => isWithin(real, realPathOf(dir)));
  if (input !== undefined) {
    throw new UserError(
      `--out ${given} would write over ${displayPath(real, process.cwd())}, inside ${displayPath(input, process.cwd())}, which this command reads`,
      "write the diff outside the editions and the templates",
    );
  }
}

/** A year names an edition in --data (or the shipped ones); anything else is a folder. */
function editionDir(arg: string, data: string | undefined, cwd: string): string {
  if (/^\d{4}$/.test(arg)) return resolveEditionDir({ edition: arg, data }, cwd, USAGE);
  const dir = resolve(cwd, arg);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UsageError(`"${arg}" is neither a year nor an edition folder`, `Usage: ${USAGE}`);
  }
  return dir;
}

async function load(dir: string): Promise<Edition> {
  const result = await loadEdition(dir);
  if (!result.ok) throw new IssuesError(result.issues);
  return result.edition;
}

/** A changeset for @tip/data: a new edition is a minor release whose entry summarises the diff. */
async function writeChangeset(diff: EditionDiff, cwd: string): Promise<string> {
  let dir = cwd;
  while (!existsSync(join(dir, ".changeset", "config.json"))) {
    const up = dirname(dir);
    if (up === dir)
      throw new UserError(
        "no .changeset folder here or above",
        "run this inside the repository, where .changeset/config.json is",
      );
    dir = up;
  }
  const file = join(dir, ".changeset", `data-edition-${diff.to.year}.md`);
  const body = `---\n"@tip/data": minor\n---\n\nAdd the ${diff.to.year} edition (${diff.to.title}).\n\n${formatDiffMarkdown(diff)}\n`;
  await writeFileAtomic(file, body);
  return file;
}

/** The summary line's count: "1 change", "0 changes", "18 changes". */
const changeCount = (n: number): string => `${n} ${n === 1 ? "change" : "changes"}`;
