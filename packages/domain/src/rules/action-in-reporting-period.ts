import { formatReportingPeriod, isInReportingPeriod } from "../queries/reporting-period.js";
import { tableActions } from "../queries/table.js";
import { defineRule } from "./rule.js";

export const actionInReportingPeriod = defineRule({
  name: "action-in-reporting-period",
  description: "Each country in the table has at least one action inside the edition's reporting period.",
  check(edition) {
    const acted = new Set(
      tableActions(edition)
        .filter((a) => isInReportingPeriod(a.action, edition.reportingPeriod))
        .map((a) => a.rowIndex),
    );
    const period = formatReportingPeriod(edition.reportingPeriod);
    return edition.conventions.rows.flatMap((row, i) =>
      acted.has(i)
        ? []
        : [
            {
              path: ["conventions", "rows", i],
              subject: row.country,
              message: `${row.name} (${row.country}) has no action inside the reporting period (${period})`,
              hint: "the table lists only countries that acted during the period: check the years, or remove the row",
            },
          ],
    );
  },
});
