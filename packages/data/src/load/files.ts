import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "../parse/csv.js";

// Published on its own as `@tip/data/files`: it loads neither the domain's rules nor a YAML parser,
// so a tool can find and size an edition's files before it loads the edition.

/** The files of one edition folder, by the part of the edition each one holds. */
export const EDITION_FILES = {
  edition: "edition.yaml",
  conventions: "conventions.csv",
  peacekeeping: "peacekeeping.yaml",
  organizations: "organizations.yaml",
  glossary: "glossary.yaml",
  photoCredits: "photo-credits.yaml",
  closingNote: "closing-note.md",
  staff: "staff.txt",
} as const;

export type EditionPart = keyof typeof EDITION_FILES;

/** Files an edition folder may hold; an edition without one simply lacks that part. */
export const OPTIONAL_EDITION_FILES = {
  memberships: "memberships.yaml",
} as const;

/** Parts that live in a file of their own and so must not appear in edition.yaml. */
export const SEPARATE_PARTS = [
  "peacekeeping",
  "organizations",
  "glossary",
  "photoCredits",
  "closingNote",
  "staff",
] as const satisfies readonly EditionPart[];

/** The path of a part's file in an edition folder. */
export function editionFile(dir: string, part: EditionPart): string {
  return join(dir, EDITION_FILES[part]);
}

/** Whether a folder is an edition folder: it holds the edition's own file (its other files may still be missing). */
export function isEditionFolder(dir: string): boolean {
  const file = editionFile(dir, "edition");
  return existsSync(file) && statSync(file).isFile();
}

/**
 * The countries in a convention table's text (its records after the header), counted as the
 * loader reads them: blank lines skipped, a quoted field over several lines one record.
 */
export function countConventionRows(text: string): number {
  return Math.max(0, parseCsv(text, { file: EDITION_FILES.conventions }).records.length - 1);
}
