// Writes the per-country part of an edition's memberships.yaml from a local clone of the CIA World
// Factbook's JSON repository (github.com/factbook/factbook.json), read with git at one commit:
//
//   node scripts/extract-memberships.mjs --factbook GIT_DIR --edition editions/2017
//
// The commit is the one memberships.yaml's `source.commit` names. The file's head (sources,
// organizations, everything above the "generated" marker) is the editor's and is kept as is; below it
// the script writes each table country's "International organization participation" field exactly as
// published, and `outside`: the abbreviations those lists name that the head maps to no organization.
// Nothing is guessed: a country whose Factbook file cannot be told by its name is an error.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { countryByName, parseParticipation } from "@tip/domain";
import { parse, stringify } from "yaml";

const MARKER = "# --- below: written by scripts/extract-memberships.mjs from the source; do not edit by hand ---";
const { values } = parseArgs({ options: { factbook: { type: "string" }, edition: { type: "string" } } });
if (!values.factbook || !values.edition) {
  console.error("usage: node scripts/extract-memberships.mjs --factbook GIT_DIR --edition EDITION_DIR");
  process.exit(1);
}
const file = join(values.edition, "memberships.yaml");
const text = readFileSync(file, "utf8");
const head = text.includes(MARKER) ? text.slice(0, text.indexOf(MARKER)) : text;
const { source, organizations } = parse(head);
const git = (...args) =>
  execFileSync("git", ["--git-dir", values.factbook, ...args], { encoding: "utf8", maxBuffer: 256 << 20 });

const codes = readFileSync(join(values.edition, "conventions.csv"), "utf8")
  .split(/\r?\n/)
  .slice(1)
  .map((line) => line.split(",")[0])
  .filter((code) => /^[A-Z]{3}$/.test(code ?? ""));

// Each country file of the commit, by the country its conventional short (else long) name identifies.
const byCode = new Map();
for (const path of git("ls-tree", "-r", "--name-only", source.commit).split("\n")) {
  if (!/^[a-z-]+\/[a-z]{2}\.json$/.test(path)) continue;
  const government = JSON.parse(git("show", `${source.commit}:${path}`)).Government ?? {};
  const names = government["Country name"] ?? {};
  const name = names["conventional short form"]?.text;
  const country = countryByName(name && name !== "none" ? name : (names["conventional long form"]?.text ?? ""));
  const participation = government["International organization participation"]?.text;
  if (country && participation)
    byCode.set(country.code, [...(byCode.get(country.code) ?? []), { path, participation }]);
}

const countries = codes.map((code) => {
  const found = byCode.get(code) ?? [];
  if (found.length !== 1)
    throw new Error(
      `${code}: ${found.length} Factbook files at ${source.commit} (${found.map((f) => f.path).join(", ")})`,
    );
  return { country: code, file: found[0].path, participation: found[0].participation };
});
const mapped = new Set(organizations.flatMap((o) => (o.factbook ? [o.factbook] : [])));
const outside = [...new Set(countries.flatMap((c) => parseParticipation(c.participation).map((e) => e.abbreviation)))]
  .filter((a) => !mapped.has(a))
  .sort((a, b) => a.localeCompare(b, "en"));

writeFileSync(
  file,
  `${head}${MARKER}\n${stringify({ outside, countries }, { lineWidth: 0, flowCollectionPadding: true })}`,
);
console.log(`${file}: ${countries.length} countries, ${outside.length} abbreviations outside the table`);
