// A country's status under every instrument of the newest edition's table.
import { latestEdition } from "@tip/data";
import { INSTRUMENTS, countryBrief } from "@tip/domain";

const brief = countryBrief(latestEdition, "ARG");
if (!brief) throw new Error("ARG is not in the table");

console.log(`${brief.name} (${brief.country}), edition ${latestEdition.year}, ${brief.reportingPeriod.label}`);
for (const { instrument, status } of brief.instruments) {
  const mark = status.inReportingPeriod ? "  <- inside the reporting period" : "";
  console.log(`  ${INSTRUMENTS[instrument].label.padEnd(8)} ${status.notation.padEnd(8)} ${status.description}${mark}`);
}
console.log(`Party to ${brief.counts.parties} of ${brief.counts.instruments}.`);
