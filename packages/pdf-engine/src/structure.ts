/**
 * The logical structure of a document, as the markup knows it: a tree of PDF structure types in
 * reading order (= document order). The markup converter builds it and hangs each node on the
 * pdfmake pieces it becomes (`tag` on text pieces, vectors and SVGs); tagging.ts writes it out.
 * Instances of classes, not plain objects, so a definition's per-render copy keeps one shared tree.
 */

/** Standard structure types of ISO 32000-1 14.8.4 that our markup produces. */
export type StructureRole =
  | "Document"
  | "Sect"
  | "Div"
  | "H1"
  | "H2"
  | "H3"
  | "P"
  | "L"
  | "LI"
  | "Lbl"
  | "LBody"
  | "Table"
  | "THead"
  | "TBody"
  | "TR"
  | "TH"
  | "TD"
  | "Link"
  | "Figure"
  | "TOC"
  | "TOCI"
  | "Reference"
  | "Caption";

export interface StructureAttributes {
  /** Title (/T), e.g. a section's. */
  readonly title?: string;
  /** Text alternative (/Alt) of a figure. */
  readonly alt?: string;
  /** Whom a header cell heads. */
  readonly scope?: "Column" | "Row";
  readonly colSpan?: number;
  readonly rowSpan?: number;
  /** A link's target, described in its annotation's /Contents. */
  readonly href?: string;
  /** A list's numbering (/ListNumbering): Disc for bullets, Decimal for numbers. */
  readonly listNumbering?: "Disc" | "Decimal";
}

export class StructureNode {
  readonly kids: StructureNode[] = [];
  constructor(
    readonly role: StructureRole,
    readonly parent: StructureNode | null,
    readonly attributes: StructureAttributes = {},
  ) {
    parent?.kids.push(this);
  }

  /** Text a link's description reads: set once its words are known. */
  linkText?: string;
}

/** Content that is not part of the document's logic: page furniture or decoration. */
export class ArtifactMark {
  constructor(readonly type: "Pagination" | "Layout") {}
}

/** Running headers, footers and page numbers. */
export const PAGINATION = new ArtifactMark("Pagination");
/** Rules, backgrounds and other decoration. */
export const LAYOUT = new ArtifactMark("Layout");

export type ContentTag = StructureNode | ArtifactMark;

/** The tree as indented text, one element per line (tests, the golden snapshot's counterpart). */
export function describeStructure(node: StructureNode, depth = 0): string {
  const attributes = Object.entries(node.attributes)
    .map(([key, value]) => ` ${key}=${JSON.stringify(value)}`)
    .join("");
  return [
    `${"  ".repeat(depth)}${node.role}${attributes}`,
    ...node.kids.map((kid) => describeStructure(kid, depth + 1)),
  ].join("\n");
}
