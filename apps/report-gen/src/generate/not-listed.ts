import {
  countryByCode,
  countryByName,
  fullCountryListUrl,
  newestListing,
  suggestCountries,
  type Edition,
} from "@tip/domain";

/** Longer than any country's name, as the ISO list or a table spells it ("The former Yugoslav Republic of Macedonia"...). */
const MAX_NAME_LENGTH = 100;

/**
 * Why a country argument gets no brief, in one line, and a hint: that a table lists only the
 * countries that acted on an instrument in its reporting period, where the report lists every
 * country it covers (the newest edition's own link), and the near misses ("did you mean") among
 * the tables' names and ISO names. `pinned` is the edition asked for, if one was.
 */
export function notListed(
  given: string,
  editions: readonly Edition[],
  pinned?: Edition,
): { message: string; hint: string } {
  const all = pinned ? [pinned, ...editions.filter((e) => e.year !== pinned.year)] : [...editions];
  const newest = [...all].sort((a, b) => b.year - a.year)[0];
  const code = /^[A-Za-z]{3}$/.test(given.trim()) ? given.trim().toUpperCase() : countryByName(given)?.code;
  const country = code === undefined ? undefined : countryByCode(code);
  const years = all.map((e) => e.year).sort((a, b) => a - b);
  const looked = pinned
    ? `the ${pinned.year} edition`
    : years.length === 1
      ? `the ${years[0]} edition`
      : `any edition (${years.join(", ")})`;
  const elsewhere = pinned && code ? newestListing(all, code) : undefined;
  const message = country
    ? `--country ${given}: ${country.name} (${country.code}) is not listed in ${looked}${elsewhere ? `; the ${elsewhere.year} edition lists it (leave out --edition for its newest listing)` : ""}`
    : `--country ${given}: not a country code or name we know`;
  // A country we know is not a typo: no near misses for it; nor for a text far longer than any
  // country's name, whose distance to each name would cost its length times theirs.
  const suggestions = country || given.length > MAX_NAME_LENGTH ? [] : suggestCountries(given, all);
  const didYouMean = suggestions.length
    ? `did you mean ${suggestions.map((s) => `${s.name} (${s.code}${s.listed ? "" : ", not listed either"})`).join(" or ")}? `
    : "";
  const table = pinned ?? newest;
  const full = table ? ` Every country the report covers is listed at ${fullCountryListUrl(table)}.` : "";
  return {
    message,
    hint: `${didYouMean}An edition's table lists only the countries that ratified, acceded to or accepted one of its instruments in its reporting period.${full}`,
  };
}
