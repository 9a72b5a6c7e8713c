import type { PdfFacts, StructElement } from "./facts.js";
import type { XmpFacts } from "./xmp.js";

/** What every rule is given: the facts, the XMP read once, the structure elements with their standard types. */
export interface CheckContext {
  readonly facts: PdfFacts;
  /** Null when the file has no XMP metadata. */
  readonly xmp: XmpFacts | null;
  /** Every structure element in document order, with its parent (null for the tree's top) and its standard type. */
  readonly elements: readonly PlacedElement[];
}

export interface PlacedElement {
  readonly element: StructElement;
  readonly parent: PlacedElement | null;
  /** The type after the RoleMap; the raw type when the mapping leads nowhere. */
  readonly role: string;
  /** Where it is in the tree, for messages: "Document > Sect[2] > Table > TR[3] > TH[1]". */
  readonly path: string;
}

/** One condition of PDF/UA-1 or PDF/A that a program can check. */
export interface PdfRule {
  /** Short, stable: what `check-pdf` prints first on the line. */
  readonly id: string;
  /** The Matterhorn Protocol 1.1 failure conditions this rule covers (PDF/UA-1), if any. */
  readonly matterhorn: readonly string[];
  /** Where the requirement is written. */
  readonly clause: string;
  /** What a passing file does, in one line. */
  readonly description: string;
  /** One message per offender; none when the file passes. */
  check(context: CheckContext): string[];
}
