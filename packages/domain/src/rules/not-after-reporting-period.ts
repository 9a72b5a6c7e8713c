import { formatReportingPeriod, isAfterReportingPeriod } from "../queries/reporting-period.js";
import { tableActions } from "../queries/table.js";
import { defineRule } from "./rule.js";
import { cellLabel, cellSubject, cellValue } from "./table-cell.js";

export const notAfterReportingPeriod = defineRule({
  name: "not-after-reporting-period",
  description: "No action is later than the end of the edition's reporting period.",
  check(edition) {
    const period = formatReportingPeriod(edition.reportingPeriod);
    return tableActions(edition)
      .filter((a) => isAfterReportingPeriod(a.action, edition.reportingPeriod))
      .map((a) => ({
        path: a.path,
        subject: cellSubject(a),
        message: `${cellLabel(a)}: ${cellValue(a)} is after the reporting period (${period})`,
        hint: "check the year; an action after the period belongs in a later edition",
      }));
  },
});
