import type { Edition } from "../model/edition.js";
import type { Organization } from "../model/organizations.js";
import { lookupKey } from "./lookup-key.js";

/** "United Nations Office on Drugs and Crime (UNODC):" → the whole title, the name and the abbreviation. */
function namesIn(title: string): string[] {
  const m = /^(.*?)\s*\(([^()]+)\)\s*:?\s*$/.exec(title);
  return m ? [title, m[1]!, m[2]!] : [title.replace(/\s*:\s*$/, "")];
}

/**
 * The organization a name or abbreviation identifies (case-insensitive): its own name or
 * abbreviation first, then the names and abbreviations in its link-group titles (UNODC → United Nations).
 */
export function findOrganization(edition: Edition, nameOrAbbreviation: string): Organization | undefined {
  const key = lookupKey(nameOrAbbreviation);
  const matches = (names: string[]) => names.some((n) => lookupKey(n) === key);
  const organizations = edition.organizations.organizations;
  return (
    organizations.find((o) => matches([...namesIn(o.name), ...(o.abbreviation ? [o.abbreviation] : [])])) ??
    organizations.find((o) => o.linkGroups.some((g) => matches(namesIn(g.title))))
  );
}
