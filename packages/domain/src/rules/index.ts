import { actionInReportingPeriod } from "./action-in-reporting-period.js";
import { actionKindAllowed } from "./action-kind-allowed.js";
import { allegationsAddUp } from "./allegations-add-up.js";
import { cellsMatchColumns } from "./cells-match-columns.js";
import { countryNameMatches } from "./country-name-matches.js";
import { frameworkDocumentYears } from "./framework-document-years.js";
import { knownCountry } from "./known-country.js";
import { linksHttp } from "./links-http.js";
import { membershipCountries } from "./membership-countries.js";
import { membershipEntriesResolve } from "./membership-entries-resolve.js";
import { membershipOrganizations } from "./membership-organizations.js";
import { noDuplicateCountry } from "./no-duplicate-country.js";
import { notAfterReportingPeriod } from "./not-after-reporting-period.js";
import { notBeforeAdoption } from "./not-before-adoption.js";
import { peacekeepingIdsUnique } from "./peacekeeping-ids-unique.js";
import { photoCreditPages } from "./photo-credit-pages.js";
import { requiredText } from "./required-text.js";
import { requiresPrerequisite } from "./requires-prerequisite.js";
import type { Rule } from "./rule.js";
import { uniqueColumns } from "./unique-columns.js";
import { uniqueGlossaryTerms } from "./unique-glossary-terms.js";
import { yearFormat } from "./year-format.js";

/** Every domain rule, in the order they run: the table's shape, its countries, its actions, then the rest. */
export const RULES: readonly Rule[] = [
  uniqueColumns,
  cellsMatchColumns,
  noDuplicateCountry,
  knownCountry,
  countryNameMatches,
  yearFormat,
  actionKindAllowed,
  notBeforeAdoption,
  notAfterReportingPeriod,
  requiresPrerequisite,
  actionInReportingPeriod,
  allegationsAddUp,
  peacekeepingIdsUnique,
  linksHttp,
  requiredText,
  frameworkDocumentYears,
  uniqueGlossaryTerms,
  photoCreditPages,
  membershipOrganizations,
  membershipEntriesResolve,
  membershipCountries,
];

export type { Offense, Rule } from "./rule.js";
export { defineRule } from "./rule.js";
