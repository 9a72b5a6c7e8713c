import type { Action } from "../model/actions.js";
import type { GlossaryEntry, Note, PhotoPlace, PhotoPosition } from "../model/back-matter.js";
import type { ConventionColumn, ConventionRow, Footnote } from "../model/conventions.js";
import type { ReportingPeriod, RuleException } from "../model/edition.js";
import type { FrameworkDocument, Link, LinkGroup, Organization } from "../model/organizations.js";
import type { PeacekeepingOrganization } from "../model/peacekeeping.js";
import { describeTextChange } from "./describe.js";

/** The parts of an edition a change can belong to, in the order the report prints them. */
export const DIFF_SECTIONS = {
  edition: "Edition",
  conventions: "Convention table",
  peacekeeping: "Peacekeeping",
  organizations: "Multilateral organizations",
  glossary: "Glossary",
  notes: "Notes",
  photoCredits: "Photo credits",
  closingNote: "Closing note",
  staff: "Staff",
  exceptions: "Recorded rule exceptions",
} as const;

export type DiffSection = keyof typeof DIFF_SECTIONS;
export const diffSections = Object.keys(DIFF_SECTIONS) as [DiffSection, ...DiffSection[]];

/** One photo credit as printed: a place, an optional position on it, and the credit line. */
export interface PhotoCreditLine {
  readonly place: PhotoPlace;
  readonly position?: PhotoPosition;
  readonly credit: string;
}

/** A count in an allegation breakdown ("civilian (68)"). */
export interface AllegationCount {
  readonly category: string;
  readonly count: number;
}

/** A change that adds something: nothing before, the new value after. */
export type Added<T> = { readonly before: null; readonly after: T };
/** A change that removes something: the old value before, nothing after. */
export type Removed<T> = { readonly before: T; readonly after: null };
/** A change of a value: both sides present. */
export type Changed<T> = { readonly before: T; readonly after: T };

/**
 * What each kind of change carries besides its subject and summary.
 * The keys are the stable `kind` names: tools may switch on them.
 */
export interface ChangeShapes {
  // Anywhere
  /** A heading, intro, title or other wording changed; null where an optional text is absent. */
  "text-changed": Changed<string | null>;
  /** The same items appear in a different order (the keys, old order then new order). */
  "order-changed": Changed<readonly string[]>;

  // Edition
  "year-changed": Changed<number>;
  /** The date documents are stamped with. */
  "published-changed": Changed<string>;
  "reporting-period-changed": Changed<ReportingPeriod>;

  // Convention table
  "country-added": Added<ConventionRow>;
  "country-dropped": Removed<ConventionRow>;
  /** The report spells the country differently. */
  "country-renamed": Changed<string>;
  /** An action where the cell had none: a new ratification, accession, acceptance… */
  "action-added": Added<Action>;
  /** The cell had an action and now has none. */
  "action-removed": Removed<Action>;
  /** Same kind of action, a different year. */
  "year-corrected": Changed<Action>;
  /** A different kind of action (ratification → accession), whatever the year. */
  "kind-changed": Changed<Action>;
  /** Same kind and year; a full date where there was only a year. */
  "date-added": Changed<Action>;
  "date-changed": Changed<Action>;
  "date-removed": Changed<Action>;
  "column-added": Added<ConventionColumn>;
  "column-removed": Removed<ConventionColumn>;
  "footnote-added": Added<Footnote>;
  "footnote-removed": Removed<Footnote>;

  // Peacekeeping
  /** A number changed (personnel, missions, allegations); `delta` is after − before when both are numbers. */
  "figure-changed": Changed<number | null> & { readonly delta: number | null };
  "peacekeeping-organization-added": Added<PeacekeepingOrganization>;
  "peacekeeping-organization-removed": Removed<PeacekeepingOrganization>;
  "allegation-category-added": Added<AllegationCount>;
  "allegation-category-removed": Removed<AllegationCount>;

  // Links (organizations' web sites and link groups, peacekeeping links)
  "link-added": Added<Link>;
  "link-removed": Removed<Link>;
  /** A link replaced in place, or its label changed. */
  "link-changed": Changed<Link>;

  // Multilateral organizations
  "organization-added": Added<Organization>;
  "organization-removed": Removed<Organization>;
  "link-group-added": Added<LinkGroup>;
  "link-group-removed": Removed<LinkGroup>;
  "framework-document-added": Added<FrameworkDocument>;
  "framework-document-removed": Removed<FrameworkDocument>;
  "framework-document-changed": Changed<FrameworkDocument>;
  "focal-point-added": Added<string>;
  "focal-point-removed": Removed<string>;
  "focal-point-changed": Changed<string>;

  // Glossary
  "term-added": Added<GlossaryEntry>;
  "term-removed": Removed<GlossaryEntry>;
  "definition-changed": Changed<string>;

  // Notes, photo credits, closing note, staff, exceptions
  "note-added": Added<Note>;
  "note-removed": Removed<Note>;
  "photo-credit-added": Added<PhotoCreditLine>;
  "photo-credit-removed": Removed<PhotoCreditLine>;
  "photo-credit-changed": Changed<PhotoCreditLine>;
  "paragraph-added": Added<string>;
  "paragraph-removed": Removed<string>;
  "paragraph-changed": Changed<string>;
  "staff-added": Added<string>;
  "staff-removed": Removed<string>;
  "exception-added": Added<RuleException>;
  "exception-removed": Removed<RuleException>;
}

export type ChangeKind = keyof ChangeShapes;

/** Whether a change adds, removes or alters something: the `+`, `-`, `~` of the text format. */
export type ChangeEffect = "added" | "removed" | "changed";

/** Every change kind with its effect; the list tools and tests iterate. */
export const CHANGE_KINDS = {
  "text-changed": "changed",
  "order-changed": "changed",
  "year-changed": "changed",
  "published-changed": "changed",
  "reporting-period-changed": "changed",
  "country-added": "added",
  "country-dropped": "removed",
  "country-renamed": "changed",
  "action-added": "added",
  "action-removed": "removed",
  "year-corrected": "changed",
  "kind-changed": "changed",
  "date-added": "changed",
  "date-changed": "changed",
  "date-removed": "changed",
  "column-added": "added",
  "column-removed": "removed",
  "footnote-added": "added",
  "footnote-removed": "removed",
  "figure-changed": "changed",
  "peacekeeping-organization-added": "added",
  "peacekeeping-organization-removed": "removed",
  "allegation-category-added": "added",
  "allegation-category-removed": "removed",
  "link-added": "added",
  "link-removed": "removed",
  "link-changed": "changed",
  "organization-added": "added",
  "organization-removed": "removed",
  "link-group-added": "added",
  "link-group-removed": "removed",
  "framework-document-added": "added",
  "framework-document-removed": "removed",
  "framework-document-changed": "changed",
  "focal-point-added": "added",
  "focal-point-removed": "removed",
  "focal-point-changed": "changed",
  "term-added": "added",
  "term-removed": "removed",
  "definition-changed": "changed",
  "note-added": "added",
  "note-removed": "removed",
  "photo-credit-added": "added",
  "photo-credit-removed": "removed",
  "photo-credit-changed": "changed",
  "paragraph-added": "added",
  "paragraph-removed": "removed",
  "paragraph-changed": "changed",
  "staff-added": "added",
  "staff-removed": "removed",
  "exception-added": "added",
  "exception-removed": "removed",
} as const satisfies Record<ChangeKind, ChangeEffect>;

export const changeKinds = Object.keys(CHANGE_KINDS) as [ChangeKind, ...ChangeKind[]];

/** One difference between two editions. */
export type ChangeOf<K extends ChangeKind> = {
  readonly section: DiffSection;
  /** A stable name for what happened; see {@link ChangeShapes}. */
  readonly kind: K;
  /** Where, as a path: "conventions/ARG/p029", "peacekeeping/un/personnel", "organizations/ASEAN/focal-points/…". */
  readonly subject: string;
  /** One line for people: "Argentina (ARG), P029: new ratification 2016". */
  readonly summary: string;
} & ChangeShapes[K];

/** Any change; narrow on `kind` to get typed `before` and `after`. */
export type Change = { [K in ChangeKind]: ChangeOf<K> }[ChangeKind];

/** Which edition a diff starts from or goes to. */
export interface EditionRef {
  readonly year: number;
  readonly title: string;
}

/** Everything that differs between two editions, section by section, in the order the report prints them. */
export interface EditionDiff {
  readonly from: EditionRef;
  readonly to: EditionRef;
  readonly changes: readonly Change[];
}

/** Builds a change; the one place the kind-to-shape correlation is asserted. */
export function change<K extends ChangeKind>(
  section: DiffSection,
  kind: K,
  subject: string,
  values: ChangeShapes[K],
  summary: string,
): ChangeOf<K> {
  // Labels come from data (an abbreviation may be blank), so the summary is folded onto one line here.
  return { section, kind, subject, ...values, summary: summary.replace(/\s+/g, " ").trim() } as ChangeOf<K>;
}

/** The effect of a change kind. */
export function changeEffect(kind: ChangeKind): ChangeEffect {
  return CHANGE_KINDS[kind];
}

/** A "text-changed" change when the wording differs, else nothing. */
export function textChange(
  section: DiffSection,
  subject: string,
  label: string,
  before: string | null,
  after: string | null,
): Change[] {
  if (before === after) return [];
  return [
    change(section, "text-changed", subject, { before, after }, `${label}: ${describeTextChange(before, after)}`),
  ];
}
