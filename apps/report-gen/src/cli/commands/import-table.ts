import { diffEditions, formatDiffText, IssuesError, validateEdition, type DataPath, type Edition, type Issue, type SourceLocation } from "@tip/domain";
import { EDITION_FILES, importConventionTable, loadEditionDetails, parseCsv, readTextFile, writeConventionTable } from "@tip/data/load";
import { join, resolve } from "node:path";
import { realPathOf } from "../../output/place.js";
import { usageOf } from "../commands.js";
import { parseCommandArgs } from "../args.js";
import { resolveEditionDir } from "../editions.js";
import { UsageError, UserError } from "../errors.js";
import { displayPath, type Output } from "../output.js";
import { printIssues } from "../print-issues.js";

const USAGE = usageOf("import-table");

export async function run(args: string[], out: Output): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { edition: { type: "string" }, data: { type: "string" }, "dry-run": { type: "boolean" } },
    USAGE,
  );
  const [input, ...extra] = positionals;
  if (input === undefined) throw new UsageError("which file? give the pasted table's path", `Usage: ${USAGE}`);
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`, `Usage: ${USAGE}`);
  if (values.edition === undefined && values.data === undefined) {
    throw new UsageError("which edition? give --edition YEAR (or --data DIR)", `Usage: ${USAGE}`);
  }
  const dir = resolveEditionDir(values, out.cwd, USAGE);
  const file = displayPath(resolve(out.cwd, input), out.cwd);
  const path = resolve(out.cwd, input);
  // No command writes over a file it reads: the edition's own table is not a pasted one.
  if (realPathOf(path) === realPathOf(join(dir, EDITION_FILES.conventions))) {
    throw new UserError(`${file} is the edition's own convention table`, "give the file holding the table pasted from the report; import-table writes it into conventions.csv");
  }
  const read = await readTextFile(path, { file, missingHint: "give the path of a text file holding the pasted table" });
  if (!read.ok && read.issue.rule === "file/missing") {
    throw new UserError(`cannot read ${file} (ENOENT)`, "give the path of a text file holding the pasted table");
  }
  if (!read.ok) throw new IssuesError([read.issue]);
  const text = read.text;

  const current = await loadEditionDetails(dir, { relativeTo: out.cwd });
  const raw = current.raw as { conventions?: { columns?: { instrument: string }[]; rows?: unknown } };
  const columns = current.result.ok ? current.result.edition.conventions.columns : undefined;
  const imported = importConventionTable(text, { file, ...(columns ? { columns } : {}) });
  if (!imported.ok) throw new IssuesError(imported.issues);

  const editionColumns = (raw.conventions?.columns ?? []).map((c) => c.instrument);
  const pastedColumns = imported.columns.map((c) => c.instrument);
  if ([...pastedColumns].sort().join() !== [...editionColumns].sort().join()) {
    throw new IssuesError([
      {
        file,
        line: 1,
        column: 1,
        rule: "import/columns",
        message: `the pasted table's instruments (${pastedColumns.join(", ")}) are not the edition's (${editionColumns.join(", ")})`,
        hint: "change the edition's columns in edition.yaml first, then import again",
        severity: "error",
      },
    ]);
  }

  // Check the edition as it would be after the import; imported rows point back at the pasted file.
  const next = { ...current.raw, conventions: { ...raw.conventions, rows: imported.rows } };
  const locateRow = pastedRowLocator(text, file, pastedColumns);
  const result = validateEdition(next, {
    locate: (path) => (path[0] === "conventions" && path[1] === "rows" ? locateRow(path) : current.locations.locate(path)),
    fallback: { file, line: 1, column: 1 },
  });
  const issues: Issue[] = [...imported.issues, ...result.issues];
  if (!result.ok) throw new IssuesError(issues);
  printIssues(issues, out);

  const changes = current.result.ok ? describeChanges(current.result.edition, result.edition) : "";
  if (values["dry-run"]) {
    out.stdout.write(`${file}: ${imported.rows.length} countries read; dry run, nothing written\n${changes}`);
    return 0;
  }
  const written = await writeConventionTable(dir, { columns: result.edition.conventions.columns, rows: imported.rows });
  out.stdout.write(`${displayPath(written, out.cwd)}: ${imported.rows.length} countries written\n${changes}`);
  return 0;
}

function describeChanges(before: Edition, after: Edition): string {
  const diff = diffEditions(before, after);
  return diff.changes.length ? `${formatDiffText(diff)}\n` : "no change to the table\n";
}

/** Maps a path under conventions.rows to the pasted file's record and cell. */
function pastedRowLocator(text: string, file: string, columns: readonly string[]) {
  const delimiter = (text.split(/\r?\n/).find((l) => l.trim()) ?? "").includes("\t") ? "\t" : ",";
  const records = parseCsv(text, { file, delimiter }).records.slice(2);
  return (path: DataPath): SourceLocation | undefined => {
    const record = typeof path[2] === "number" ? records[path[2]] : undefined;
    if (!record) return undefined;
    const field =
      path[3] === "cells" && typeof path[4] === "string"
        ? record.fields[columns.indexOf(path[4]) + 1]
        : record.fields[0];
    return { file, line: (field ?? record).line, column: field?.column ?? 1 };
  };
}
