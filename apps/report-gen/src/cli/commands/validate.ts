import { loadEditionForReport } from "../../checks/load.js";
import { usageOf, type ArgsOf } from "../commands.js";
import { resolveEditionDir } from "../editions.js";
import { displayPath, type Output } from "../output.js";
import { terminalSafe } from "../terminal.js";
import { printIssues } from "../print-issues.js";

const USAGE = usageOf("validate");

export async function run({ values }: ArgsOf<"validate">, out: Output): Promise<number> {
  const dir = resolveEditionDir(values, out.cwd, USAGE);
  const result = await loadEditionForReport(dir);
  printIssues(result.issues, out);
  if (!result.ok) return 1;
  const e = result.edition;
  out.stdout.write(
    `${terminalSafe(displayPath(dir, out.cwd))}: edition ${e.year} is valid (${e.conventions.rows.length} countries, ${e.organizations.organizations.length} organizations, ${e.glossary.entries.length} glossary entries)\n`,
  );
  return 0;
}
