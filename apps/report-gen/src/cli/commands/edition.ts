import { ScaffoldError, scaffoldEdition } from "@tip/data/scaffold";
import { join, resolve } from "node:path";
import { usageOf, type ArgsOf } from "../commands.js";
import { parseYear } from "../args.js";
import { shippedEditionsDir } from "../editions.js";
import { UserError } from "../errors.js";
import { displayPath, type Output } from "../output.js";
import { printIssues } from "../print-issues.js";
import { terminalSafe } from "../terminal.js";

const USAGE = usageOf("edition");

/** `edition new YEAR --from PREVIOUS`: the definition admits no other action. */
export async function run({ values, positionals }: ArgsOf<"edition">, out: Output): Promise<number> {
  const yearText = positionals[1]!;
  const year = parseYear(yearText, "the new edition's year", USAGE);
  const from = parseYear(values.from, "--from", USAGE);
  const root = values.data === undefined ? shippedEditionsDir() : resolve(out.cwd, values.data);
  const fromDir = join(root, String(from));
  const toDir = join(root, String(year));
  const result = await scaffoldEdition({ fromDir, toDir, year }).catch((error: unknown) => {
    // Folder and year problems have no line to point at: one line, as for any user error.
    if (!(error instanceof ScaffoldError)) throw error;
    const shown = (dir: string) => displayPath(dir, out.cwd) || ".";
    throw new UserError(error.message.replaceAll(toDir, shown(toDir)).replaceAll(fromDir, shown(fromDir)), error.hint);
  });
  const where = terminalSafe(displayPath(result.dir, out.cwd));
  out.stdout.write(`${where}: edition ${year} prepared from ${from} (${result.files.length} files)\n`);
  for (const edit of result.edits) {
    out.stdout.write(
      `${terminalSafe(`  ${displayPath(edit.file, out.cwd)}:${edit.line}  ${edit.field}: ${String(edit.before)} → ${edit.after}`)}\n`,
    );
  }
  if (result.review.length) {
    out.stdout.write("Review these before you publish (the previous year's wording):\n");
    printIssues(result.review, out);
  }
  out.stdout.write(`Next: edit the files in ${where}, then run report-gen validate --data ${where}\n`);
  return 0;
}
