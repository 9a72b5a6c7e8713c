// Writes the generated parts of reference/cli.md (the table of commands, each command's usage line
// and its table of arguments and options) from report-gen's command definitions. The prose around
// them is written by hand. __tests__/cli-reference.test.ts fails when the page has drifted.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { fillReference } from "@tip/report-gen/cli-reference";

const page = fileURLToPath(new URL("../reference/cli.md", import.meta.url));
const { text, missing, unknown } = fillReference(readFileSync(page, "utf8"));
if (missing.length || unknown.length) {
  const problems = [
    ...missing.map(
      (name) =>
        `no block for ${name}: add <!-- generated: ${name} --> and <!-- end generated: ${name} --> where it belongs`,
    ),
    ...unknown.map((name) => `a block for ${name}, which report-gen does not define: remove it`),
  ];
  console.error(`reference/cli.md:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
writeFileSync(page, text);
