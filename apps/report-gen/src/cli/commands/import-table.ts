import {
  CHANGE_KINDS,
  diffConventions,
  IssuesError,
  validateEdition,
  type ConventionTable,
  type DataPath,
  type Issue,
  type SourceLocation,
} from "@tip/domain";
import {
  EDITION_FILES,
  editionFile,
  importConventionTable,
  loadEditionDetails,
  parseCsv,
  readTextFile,
  writeConventionTable,
} from "@tip/data/load";
import { resolve } from "node:path";
import { realPathOf } from "../../output/place.js";
import { usageOf, type ArgsOf } from "../commands.js";
import { resolveEditionDir } from "../editions.js";
import { UsageError, UserError } from "../errors.js";
import { displayPath, type Output } from "../output.js";
import { terminalSafeLines } from "../terminal.js";
import { printIssues } from "../print-issues.js";

const USAGE = usageOf("import-table");

export async function run({ values, positionals }: ArgsOf<"import-table">, out: Output): Promise<number> {
  const input = positionals[0]!;
  if (values.edition === undefined && values.data === undefined) {
    throw new UsageError("which edition? give --edition YEAR (or --data DIR)", `Usage: ${USAGE}`);
  }
  const dir = resolveEditionDir(values, out.cwd, USAGE);
  const file = displayPath(resolve(out.cwd, input), out.cwd);
  const path = resolve(out.cwd, input);
  // No command writes over a file it reads: the edition's own table is not a pasted one.
  if (realPathOf(path) === realPathOf(editionFile(dir, "conventions"))) {
    throw new UserError(
      `${file} is the edition's own convention table`,
      `give the file holding the table pasted from the report; import-table writes it into ${EDITION_FILES.conventions}`,
    );
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
        hint: `change the edition's columns in ${EDITION_FILES.edition} first, then import again`,
        severity: "error",
      },
    ]);
  }

  // Check the edition as it would be after the import; imported rows point back at the pasted file.
  const next = { ...current.raw, conventions: { ...raw.conventions, rows: imported.rows } };
  const locateRow = pastedRowLocator(text, file, pastedColumns);
  const result = validateEdition(next, {
    locate: (path) =>
      path[0] === "conventions" && path[1] === "rows" ? locateRow(path) : current.locations.locate(path),
    fallback: { file, line: 1, column: 1 },
  });
  // The import answers for the pasted table; the rest of the edition (a release date still to fill
  // in, last year's wording to review) is validate's business and does not hold the table back.
  const issues: Issue[] = [...imported.issues, ...result.issues.filter((i) => i.file === file)];
  if (issues.some((i) => i.severity === "error")) throw new IssuesError(issues);
  printIssues(issues, out);

  const table = raw.conventions as Partial<ConventionTable> | undefined;
  const changes = describeChanges(
    { ...table, rows: Array.isArray(table?.rows) ? table.rows : [] },
    { ...table, rows: imported.rows },
  );
  if (values["dry-run"]) {
    out.stdout.write(
      terminalSafeLines(`${file}: ${imported.rows.length} countries read; dry run, nothing written\n${changes}`),
    );
    return 0;
  }
  // The CSV's columns in the edition's order.
  const ordered = editionColumns.map((instrument) => ({ instrument })) as unknown as ConventionTable["columns"];
  const written = await writeConventionTable(dir, { columns: ordered, rows: imported.rows });
  out.stdout.write(
    terminalSafeLines(`${displayPath(written, out.cwd)}: ${imported.rows.length} countries written\n${changes}`),
  );
  return 0;
}

const MARKS = { added: "+", removed: "-", changed: "~" } as const;

/** What the import changes in the table's rows, one change a line, as `diff` words it. */
function describeChanges(before: Partial<ConventionTable>, after: Partial<ConventionTable>): string {
  const full = (t: Partial<ConventionTable>): ConventionTable =>
    ({ heading: "", intro: "", countryHeading: "", columns: [], footnotes: [], rows: [], ...t }) as ConventionTable;
  const changes = diffConventions(full(before), full(after)).filter(
    (c) => c.subject !== "conventions/rows" || c.kind !== "order-changed",
  );
  if (!changes.length) return "no change to the table\n";
  const lines = changes.map((c) => `  ${MARKS[CHANGE_KINDS[c.kind]]} ${c.summary}`);
  return `${changes.length} change${changes.length === 1 ? "" : "s"} to the table:\n${lines.join("\n")}\n`;
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
