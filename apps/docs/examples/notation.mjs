// The published notation, parsed into actions and printed back.
import { describeCell, formatNotation, parseNotation } from "@tip/domain";

for (const published of ["2002", "2006(a)", "2006(A)", "1993(d)", "—", "2016-11-09(a)", "20O2"]) {
  const result = parseNotation(published);
  if (result.ok) {
    const back = formatNotation(result.value, { fullDate: true });
    console.log(
      `${published.padEnd(14)} ${JSON.stringify(result.value).padEnd(52)} ${back.padEnd(14)} ${describeCell(result.value)}`,
    );
  } else {
    console.log(`${published.padEnd(14)} error: ${result.message}; ${result.hint}`);
  }
}
