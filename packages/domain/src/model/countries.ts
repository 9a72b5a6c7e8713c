import { createRequire } from "node:module";
// The library without its entry point, which would load all of its eighty-odd locales (some 20 ms
// at every start) for the one we use. It ships the locale as JSON; createRequire keeps this
// portable across loaders.
import isoCountries from "i18n-iso-countries/index.js";

const require = createRequire(import.meta.url);
isoCountries.registerLocale(require("i18n-iso-countries/langs/en.json"));

export interface Country {
  /** ISO 3166-1 alpha-3, or a user-assigned code for an entry ISO lacks. */
  readonly code: string;
  /** The name as the report spells it. */
  readonly name: string;
  /** Other spellings that identify the same country. */
  readonly aliases: readonly string[];
  /** False for entries the report covers that ISO 3166-1 lacks. */
  readonly iso: boolean;
}

/**
 * Entries the report covers that ISO 3166-1 lacks, handled on purpose.
 * XKX is the user-assigned code used for Kosovo by the European Commission and the IMF.
 */
export const NON_ISO_COUNTRIES: readonly Country[] = [
  { code: "XKX", name: "Kosovo", aliases: ["Republic of Kosovo"], iso: false },
];

/**
 * Where the report's spelling differs from ISO's English short name.
 * Source: the country column of the 2017 appendix ("Brunei", "Czechia").
 */
export const REPORT_SPELLINGS: Readonly<Record<string, string>> = {
  BRN: "Brunei",
  CZE: "Czechia",
};

const byCode = new Map<string, Country>();
const byName = new Map<string, string>();

const fold = (name: string): string =>
  name
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/[’`]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();

for (const code of Object.keys(isoCountries.getAlpha3Codes())) {
  // X.. codes are user-assigned, not ISO (the package lists Kosovo as XKK); NON_ISO_COUNTRIES covers them.
  if (code.startsWith("X")) continue;
  const isoNames = (isoCountries.getName(code, "en", { select: "all" }) ?? []) as string[];
  const name = REPORT_SPELLINGS[code] ?? isoNames[0] ?? code;
  const aliases = isoNames.filter((n) => n !== name);
  byCode.set(code, { code, name, aliases, iso: true });
}
for (const c of NON_ISO_COUNTRIES) byCode.set(c.code, c);
for (const c of byCode.values()) {
  for (const n of [c.name, ...c.aliases]) if (!byName.has(fold(n))) byName.set(fold(n), c.code);
}

/** The country with this code (case-insensitive), or undefined when unknown. */
export function countryByCode(code: string): Country | undefined {
  return byCode.get(code.toUpperCase());
}

/** The country a name or alias identifies ("Czech Republic" → CZE), ignoring case and accents. */
export function countryByName(name: string): Country | undefined {
  const code = byName.get(fold(name));
  return code === undefined ? undefined : byCode.get(code);
}

export function isKnownCountryCode(code: string): boolean {
  return byCode.has(code);
}

/** Every country the model knows, ISO first then the non-ISO entries, by code. */
export function allCountries(): Country[] {
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** Whether `name` is one of the spellings of the country with `code`. */
export function isSpellingOf(code: string, name: string): boolean {
  const c = byCode.get(code);
  if (!c) return false;
  return [c.name, ...c.aliases].some((n) => fold(n) === fold(name));
}
