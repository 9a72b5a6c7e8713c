// A country's status under every instrument, from the newest edition whose table lists it:
// a table lists only the countries that acted in its reporting period, so the newest edition may not.
import { editions } from "@tip/data";
import { INSTRUMENTS, asOfMonth, countryBrief, newestListing } from "@tip/domain";

const edition = newestListing(Object.values(editions), "ARG");
const brief = edition && countryBrief(edition, "ARG");
if (!edition || !brief) throw new Error("no edition lists ARG");

console.log(
  `${brief.name} (${brief.country}): status as of ${asOfMonth(edition)}, as published in the ${edition.title}`,
);
console.log(`Reporting period: ${brief.reportingPeriod.label}`);
for (const { instrument, status } of brief.instruments) {
  const mark = status.inReportingPeriod ? "  <- inside the reporting period" : "";
  console.log(`  ${INSTRUMENTS[instrument].label.padEnd(8)} ${status.notation.padEnd(8)} ${status.description}${mark}`);
}
console.log(
  `Party to ${brief.counts.parties} of ${brief.counts.instruments}; "not a party" means as of ${asOfMonth(edition)}.`,
);
