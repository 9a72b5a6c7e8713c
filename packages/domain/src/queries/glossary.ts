import type { Edition } from "../model/edition.js";
import { lookupKey } from "./lookup-key.js";

/** What an abbreviation stands for in the edition's glossary ("UNODC" → "United Nations Office on Drugs and Crime"). */
export function expandAbbreviation(edition: Edition, abbreviation: string): string | undefined {
  const key = lookupKey(abbreviation);
  return edition.glossary.entries.find((e) => lookupKey(e.term) === key)?.definition;
}

/** The glossary abbreviation for a full name ("United Nations Office on Drugs and Crime" → "UNODC"). */
export function abbreviationFor(edition: Edition, name: string): string | undefined {
  const key = lookupKey(name);
  return edition.glossary.entries.find((e) => lookupKey(e.definition) === key)?.term;
}
