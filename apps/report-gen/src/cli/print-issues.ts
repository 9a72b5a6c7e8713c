import { formatIssue, type Issue } from "@tip/domain";
import { displayPath, type Output } from "./output.js";

/** One line per problem, `file:line:col  rule  message`, with its hint; then a count. */
export function printIssues(issues: readonly Issue[], out: Output): void {
  for (const issue of issues) {
    out.stderr.write(`${formatIssue({ ...issue, file: displayPath(issue.file, out.cwd) })}\n`);
  }
  const errors = issues.filter((i) => i.severity === "error").length;
  const warnings = issues.length - errors;
  if (issues.length) {
    out.stderr.write(
      `${errors} error${errors === 1 ? "" : "s"}${warnings ? `, ${warnings} warning${warnings === 1 ? "" : "s"}` : ""}\n`,
    );
  }
}
