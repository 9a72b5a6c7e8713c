// The scale fixture: an edition of N countries with real ISO 3166-1 alpha-3 codes and made-up
// statuses, written at run time into a temporary folder. Benchmark data, never shipped.
import { cp, readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { allCountries } from "@tip/domain";
import { loadEdition } from "@tip/data/load";
import { formatCsvRecord } from "@tip/data/load";
import { editionFile } from "@tip/data/files";

export const SHIPPED_EDITION = fileURLToPath(new URL("../../packages/data/editions/2017/", import.meta.url));

/** Columns in the order of the shipped edition's CSV. */
const INSTRUMENTS = ["palermo", "opsc", "opac", "c029", "p029", "c105", "c182", "c189"];

/** Earliest year each instrument accepts (its adoption year; not-before-adoption). */
const ADOPTED = { palermo: 2000, opsc: 2000, opac: 2000, c029: 1930, p029: 2014, c105: 1957, c182: 1999, c189: 2011 };
const UN = new Set(["palermo", "opsc", "opac"]);

/** The shipped 2017 reporting period (April 2016 to March 2017): year-only actions in 2016 or 2017 fall inside it. */
const PERIOD_YEARS = [2016, 2017];

/** Real ISO codes only: the domain also knows XKX (Kosovo), which ISO 3166-1 lacks. */
export function isoCountries() {
  return allCountries().filter((c) => c.iso);
}

/** A small deterministic generator (mulberry32), so every run benchmarks the same fixture. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Made-up but rule-valid cells for one country: years between adoption and 2017, UN instruments
 * sometimes acceded to (a) or accepted (A), P029 only after C29, and at least one action in the period.
 */
export function madeUpCells(rand) {
  const pick = (from, to) => from + Math.floor(rand() * (to - from + 1));
  const cells = {};
  for (const id of INSTRUMENTS) {
    if (id === "p029") continue;
    if (rand() < 0.2) {
      cells[id] = null;
      continue;
    }
    const year = pick(ADOPTED[id], 2017);
    const code = UN.has(id) ? (rand() < 0.25 ? "(a)" : rand() < 0.08 ? "(A)" : "") : "";
    cells[id] = { year, code };
  }
  // P029 requires C29, ratified no later than P029.
  cells.p029 = cells.c029 && rand() < 0.6 ? { year: pick(Math.max(2014, cells.c029.year), 2017), code: "" } : null;
  if (cells.p029 && cells.c029.year > cells.p029.year) cells.p029 = null;
  const inPeriod = INSTRUMENTS.some((id) => cells[id] && PERIOD_YEARS.includes(cells[id].year));
  if (!inPeriod) {
    const free = INSTRUMENTS.filter((id) => id !== "p029");
    const id = free[Math.floor(rand() * free.length)];
    cells[id] = { year: PERIOD_YEARS[Math.floor(rand() * 2)], code: UN.has(id) && rand() < 0.3 ? "(a)" : "" };
    if (id === "c029" && cells.p029 && cells.p029.year < cells.c029.year) cells.p029 = null;
  }
  return Object.fromEntries(INSTRUMENTS.map((id) => [id, cells[id] ? `${cells[id].year}${cells[id].code}` : "—"]));
}

const BANNER = (n) =>
  [
    "# BENCHMARK DATA — NOT THE TRAFFICKING IN PERSONS REPORT.",
    `# Written by bench/src/fixture.js at run time: ${n} real ISO 3166-1 alpha-3 codes with made-up statuses,`,
    "# on a copy of the 2017 edition's other parts. Never ship, publish or cite it.",
  ].join("\n");

/**
 * Writes an edition folder of `n` countries into `dir` (at most the number of real ISO codes):
 * the shipped 2017 edition with its title marked as benchmark data and a made-up convention table.
 * Returns the folder; throws with every issue when the result does not validate.
 */
export async function writeFixture(dir, n) {
  const countries = isoCountries();
  if (n > countries.length)
    throw new Error(`a valid edition holds at most ${countries.length} real ISO codes, not ${n}`);
  await cp(SHIPPED_EDITION, dir, { recursive: true });

  const yaml = await readFile(editionFile(dir, "edition"), "utf8");
  const body = yaml
    .split("\n")
    .filter((line, i, all) => !(line.startsWith("#") && all.slice(0, i).every((l) => l.startsWith("#"))))
    .join("\n")
    .replace(/^title: .*$/m, `title: BENCHMARK DATA ${n} countries (made up)`);
  if (!body.includes("BENCHMARK DATA")) throw new Error(`${editionFile(dir, "edition")} has no title line to mark`);
  await writeFile(editionFile(dir, "edition"), `${BANNER(n)}\n${body}`);

  const rand = random(20170627 + n);
  // Spread over the alphabet rather than the first N codes.
  const chosen = Array.from({ length: n }, (_, i) => countries[Math.floor((i * countries.length) / n)]);
  const lines = [formatCsvRecord(["country", "name", ...INSTRUMENTS])];
  for (const c of chosen) {
    const cells = madeUpCells(rand);
    lines.push(formatCsvRecord([c.code, c.name, ...INSTRUMENTS.map((id) => cells[id])]));
  }
  await writeFile(editionFile(dir, "conventions"), `${lines.join("\n")}\n`);

  const loaded = await loadEdition(dir);
  if (!loaded.ok) {
    const problems = loaded.issues.slice(0, 20).map((i) => `${i.file}:${i.line}:${i.column} ${i.rule} ${i.message}`);
    throw new Error(`the benchmark fixture of ${n} countries does not validate:\n${problems.join("\n")}`);
  }
  return { dir, edition: loaded.edition };
}

/** Three-letter codes that are not country codes: the rows an edition larger than ISO 3166-1 needs. */
function* madeUpCodes(taken) {
  const A = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  for (const a of A) for (const b of A) for (const c of A) if (!taken.has(a + b + c)) yield a + b + c;
}

/**
 * An edition of `n` rows from a validated fixture: its rows, then copies of them under made-up codes.
 * Beyond the real codes such an edition cannot be valid (known-country), so it exists only in memory,
 * for the scale runs through report-gen's API (see sides/ours-api.js).
 */
export function expandEdition(edition, n) {
  const rows = edition.conventions.rows;
  if (n <= rows.length) return { ...edition, conventions: { ...edition.conventions, rows: rows.slice(0, n) } };
  const codes = madeUpCodes(new Set(allCountries().map((c) => c.code)));
  const more = [];
  for (let i = rows.length; i < n; i++) {
    const row = rows[i % rows.length];
    more.push({
      ...row,
      country: codes.next().value,
      name: `${row.name} (benchmark copy ${Math.floor(i / rows.length)})`,
    });
  }
  return { ...edition, conventions: { ...edition.conventions, rows: [...rows, ...more] } };
}
