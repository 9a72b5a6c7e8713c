import { diffConventions } from "../diff/conventions.js";
import { allCountries } from "../model/countries.js";
import type { ConventionRow } from "../model/conventions.js";
import type { Edition } from "../model/edition.js";
import { lookupKey } from "./lookup-key.js";
import { formatYearMonth } from "./reporting-period.js";
import { findRow } from "./table.js";

/** Editions newest first. */
const newestFirst = (editions: readonly Edition[]) => [...editions].sort((a, b) => b.year - a.year);

/** The newest of the editions whose convention table lists the country, or undefined when none does. */
export function newestListing(editions: readonly Edition[], countryCode: string): Edition | undefined {
  return newestFirst(editions).find((e) => findRow(e, countryCode) !== undefined);
}

/** The month an edition's facts stand as of, in words: the end of its reporting period ("March 2017"). */
export function asOfMonth(edition: Pick<Edition, "reportingPeriod">): string {
  return formatYearMonth(edition.reportingPeriod.end);
}

/**
 * Where the report gives the full list of the countries it covers: the first link of the
 * convention table's introduction ("A complete list … is available at: <…>"), else the source's.
 */
export function fullCountryListUrl(edition: Edition): string {
  return /<(https?:\/\/[^>\s]+)>/.exec(edition.conventions.intro)?.[1] ?? edition.source.url;
}

/** One edition that listed a country, and what changed in its row since the edition before that listed it. */
export interface ListingEntry {
  readonly year: number;
  readonly title: string;
  /** The end of that edition's reporting period, in words ("March 2017"). */
  readonly asOf: string;
  /** The name as that edition prints it. */
  readonly name: string;
  /** The year of the previous edition that listed the country, or null for its first listing. */
  readonly since: number | null;
  /** Each changed cell or spelling, as the diff words it without the country ("Palermo Protocol: new accession 2018(a)"). */
  readonly changes: readonly string[];
}

const oneRow = (edition: Edition, row: ConventionRow) => ({ ...edition.conventions, rows: [row] });

/**
 * Every edition up to `upTo` (inclusive) that lists the country, oldest first, each with what changed
 * in the country's row since the previous one that listed it: the country's history across editions.
 */
export function countryHistory(editions: readonly Edition[], countryCode: string, upTo: number): ListingEntry[] {
  const listings = [...editions]
    .filter((e) => e.year <= upTo)
    .sort((a, b) => a.year - b.year)
    .flatMap((edition) => {
      const row = findRow(edition, countryCode);
      return row ? [{ edition, row }] : [];
    });
  return listings.map(({ edition, row }, i): ListingEntry => {
    const before = listings[i - 1];
    const prefix = `${row.name} (${row.country}), `;
    const changes = before
      ? diffConventions(oneRow(before.edition, before.row), oneRow(edition, row))
          .filter((c) => c.subject.startsWith(`conventions/${row.country}`))
          .map((c) => (c.summary.startsWith(prefix) ? c.summary.slice(prefix.length) : c.summary))
      : [];
    return {
      year: edition.year,
      title: edition.title,
      asOf: asOfMonth(edition),
      name: row.name,
      since: before ? before.edition.year : null,
      changes,
    };
  });
}

/** The edit distance between two strings (insertions, deletions, substitutions, transpositions of neighbours). */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

const fold = (text: string) => lookupKey(text.normalize("NFD").replace(/\p{M}/gu, ""));

/** The scores of a name several countries go by, and of a name given in part: before a name one letter off (1). */
const A_NAME_OF_SEVERAL = 0.25;
const PART_OF_A_NAME = 0.5;

/** The words of a folded name, without "the", "of" and "and", which one spelling of a name has and another lacks ("the Gambia"). */
function nameWords(folded: string): string[] {
  return folded.split(/[^\p{L}]+/u).filter((w) => w.length > 0 && !["the", "of", "and"].includes(w));
}

/** A country suggested for a mistyped argument: its code, its name, and whether an edition lists it. */
export interface CountrySuggestion {
  readonly code: string;
  readonly name: string;
  readonly listed: boolean;
}

/**
 * Near misses for a country argument no edition lists ("Germny", "ARN", "Korea", "Republic of Peru"):
 * among the names the editions' tables print and the ISO names and aliases, first the countries a
 * name several go by names ("Congo"), then those a name given in part or with more words names, then
 * names a letter or more off (one letter for every four), at most `limit`, listed countries before
 * others at the same rank. A code is compared with codes, a name with names.
 */
export function suggestCountries(input: string, editions: readonly Edition[], limit = 3): CountrySuggestion[] {
  const listed = new Map<string, string>();
  for (const edition of newestFirst(editions))
    for (const row of edition.conventions.rows) if (!listed.has(row.country)) listed.set(row.country, row.name);
  const isCode = /^[A-Za-z]{3}$/.test(input.trim());
  const wanted = isCode ? input.trim().toUpperCase() : fold(input);
  const candidates = new Map<string, { name: string; listed: boolean; keys: string[] }>();
  for (const [code, name] of listed) candidates.set(code, { name, listed: true, keys: [name] });
  for (const c of allCountries()) {
    const entry = candidates.get(c.code) ?? { name: c.name, listed: false, keys: [] };
    entry.keys.push(c.name, ...c.aliases);
    candidates.set(c.code, entry);
  }
  // A name given in part ("Korea", "Congo"), with its words in another order ("Korea South") or with
  // more words than we know it by ("Republic of Peru"): every country one of whose names holds all the
  // words given, or is all held in them, ahead of the typos.
  const words = isCode ? [] : nameWords(wanted);
  const partOf = (key: string) => {
    const theirs = nameWords(fold(key));
    const within = (some: string[], all: string[]) => some.length > 0 && some.every((w) => all.includes(w));
    return within(words, theirs) || within(theirs, words);
  };
  const measured = [...candidates].map(([code, c]) => ({
    code,
    ...c,
    typos: isCode ? distance(wanted, code) : Math.min(...c.keys.map((k) => distance(wanted, fold(k)))),
  }));
  // A name given whole is no near miss, unless several countries go by it ("Congo"): then each is one.
  const ambiguous = measured.filter((c) => c.typos === 0).length > 1;
  const allowed = isCode ? 1 : Math.max(1, Math.floor(wanted.length / 4));
  const scored = measured.flatMap(({ code, name, listed: l, keys, typos }) => {
    const score =
      typos === 0 ? (ambiguous ? A_NAME_OF_SEVERAL : 0) : !isCode && keys.some(partOf) ? PART_OF_A_NAME : typos;
    return score > 0 && score <= allowed ? [{ code, name, listed: l, score }] : [];
  });
  scored.sort((a, b) => a.score - b.score || Number(b.listed) - Number(a.listed) || a.name.localeCompare(b.name));
  return scored.slice(0, limit).map(({ code, name, listed: l }) => ({ code, name, listed: l }));
}
