import { formatIssue, type Issue } from "@tip/domain";
import { displayPath, type Output } from "./output.js";
import { readableMessage, terminalSafe } from "./terminal.js";

/** At most this many problems are printed; the rest are counted ("and N more"). */
export const PRINTED_ISSUES = 100;

/**
 * One line per problem, `file:line:col  rule  message`, with its hint; then a count. Text from
 * the data is escaped for the terminal and long values are cut; after PRINTED_ISSUES problems the
 * rest are only counted.
 */
export function printIssues(issues: readonly Issue[], out: Output): void {
  for (const issue of issues.slice(0, PRINTED_ISSUES)) {
    const shown = {
      ...issue,
      file: terminalSafe(displayPath(issue.file, out.cwd)),
      rule: terminalSafe(issue.rule),
      message: terminalSafe(readableMessage(issue.message)),
      ...(issue.hint === undefined ? {} : { hint: terminalSafe(readableMessage(issue.hint)) }),
    };
    out.stderr.write(`${formatIssue(shown)}\n`);
  }
  const errors = issues.filter((i) => i.severity === "error").length;
  const warnings = issues.length - errors;
  if (issues.length > PRINTED_ISSUES) {
    out.stderr.write(
      `… and ${issues.length - PRINTED_ISSUES} more (the first ${PRINTED_ISSUES} are shown; fix those and run again)\n`,
    );
  }
  if (issues.length) {
    out.stderr.write(
      `${errors} error${errors === 1 ? "" : "s"}${warnings ? `, ${warnings} warning${warnings === 1 ? "" : "s"}` : ""}\n`,
    );
  }
}
