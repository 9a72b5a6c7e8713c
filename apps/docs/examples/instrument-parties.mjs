// Who is party to what, and what happened inside the reporting period.
import { edition2017 } from "@tip/data";
import {
  INSTRUMENTS,
  actionsInReportingPeriod,
  countsPerInstrument,
  formatNotation,
  partiesTo,
  tableInstruments,
} from "@tip/domain";

const counts = countsPerInstrument(edition2017);
for (const id of tableInstruments(edition2017)) {
  const { parties = 0, inReportingPeriod = 0 } = counts[id] ?? {};
  console.log(
    `${INSTRUMENTS[id].label.padEnd(8)} ${String(parties).padStart(2)} parties, ${inReportingPeriod} inside the reporting period`,
  );
}

const p029 = partiesTo(edition2017, "p029").map((row) => row.name);
console.log(`\nParties to P029: ${p029.join(", ")}`);

const actions = actionsInReportingPeriod(edition2017);
console.log(`\n${actions.length} actions inside the reporting period, e.g.:`);
for (const a of actions.slice(0, 3)) {
  console.log(`  ${a.name}: ${INSTRUMENTS[a.instrument].label} ${formatNotation(a.action)}`);
}
