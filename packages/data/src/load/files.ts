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
export const SEPARATE_PARTS = ["peacekeeping", "organizations", "glossary", "photoCredits", "closingNote", "staff"] as const satisfies readonly EditionPart[];
