/**
 * The document markup vocabulary: every element a template may write, where it
 * may stand and which attributes it takes. templates/MARKUP.md documents it for editors.
 */

/** What an element may contain. */
export type ContentModel =
  | "flow" // blocks and inline text mixed (runs of inline text become paragraphs)
  | "inline" // text and inline elements only
  | "empty" // nothing but whitespace
  | "list-items" // li only
  | "table-parts" // thead, tbody, tr
  | "rows" // tr only
  | "cells"; // th, td only

/** Where an element may stand, by the content model of its parent. */
export type Placement =
  | "block"
  | "top-block"
  | "inline"
  | "inline-or-block"
  | "list-item"
  | "table-part"
  | "row"
  | "cell";

export interface ElementSpec {
  readonly placement: Placement;
  readonly content: ContentModel;
  readonly attributes: readonly string[];
  readonly required?: readonly string[];
  readonly purpose: string;
}

export const elements = {
  h1: {
    placement: "block",
    content: "inline",
    attributes: ["class"],
    purpose: "chapter heading; becomes a bookmark and a contents entry",
  },
  h2: {
    placement: "block",
    content: "inline",
    attributes: ["class"],
    purpose: "section heading; bookmark under the last h1, contents entry",
  },
  h3: { placement: "block", content: "inline", attributes: ["class"], purpose: "minor heading" },
  p: { placement: "block", content: "inline", attributes: ["class"], purpose: "paragraph" },
  div: { placement: "block", content: "flow", attributes: ["class"], purpose: "groups blocks to give them a class" },
  ul: { placement: "block", content: "list-items", attributes: ["class"], purpose: "bulleted list" },
  ol: { placement: "block", content: "list-items", attributes: ["class"], purpose: "numbered list" },
  li: { placement: "list-item", content: "flow", attributes: ["class"], purpose: "list item" },
  table: {
    placement: "block",
    content: "table-parts",
    attributes: ["widths", "class"],
    purpose: "table; thead rows repeat on every page",
  },
  thead: { placement: "table-part", content: "rows", attributes: [], purpose: "header rows, repeated on each page" },
  tbody: { placement: "table-part", content: "rows", attributes: [], purpose: "body rows" },
  tr: { placement: "row", content: "cells", attributes: ["class"], purpose: "table row" },
  th: { placement: "cell", content: "flow", attributes: ["colspan", "rowspan", "class"], purpose: "header cell" },
  td: { placement: "cell", content: "flow", attributes: ["colspan", "rowspan", "class"], purpose: "data cell" },
  em: { placement: "inline", content: "inline", attributes: ["class"], purpose: "emphasis (italic)" },
  strong: { placement: "inline", content: "inline", attributes: ["class"], purpose: "strong importance (bold)" },
  span: { placement: "inline", content: "inline", attributes: ["class"], purpose: "gives a run of text a class" },
  a: {
    placement: "inline",
    content: "inline",
    attributes: ["href", "class"],
    required: ["href"],
    purpose: "link (http, https or mailto)",
  },
  br: { placement: "inline", content: "empty", attributes: [], purpose: "line break" },
  footnote: { placement: "inline-or-block", content: "inline", attributes: ["class"], purpose: "small note text" },
  section: {
    placement: "top-block",
    content: "flow",
    attributes: ["title", "orientation"],
    purpose: "titled part; orientation starts a new page",
  },
  "page-break": { placement: "top-block", content: "empty", attributes: [], purpose: "starts a new page" },
  toc: { placement: "top-block", content: "empty", attributes: ["title"], purpose: "table of contents of h1 and h2" },
  chart: {
    placement: "block",
    content: "empty",
    attributes: ["ref", "width", "alt"],
    required: ["ref"],
    purpose: "SVG chart supplied by the caller under `ref`; `alt` gives its text alternative when the caller does not",
  },
} as const satisfies Record<string, ElementSpec>;

export type ElementName = keyof typeof elements;

export function isElementName(name: string): name is ElementName {
  return Object.hasOwn(elements, name);
}

/** The root of a document behaves like a section: flow content, top-level blocks allowed. */
export type ParentKind = ElementName | "#root";

const placementsByContent: Record<ContentModel, readonly Placement[]> = {
  flow: ["block", "inline", "inline-or-block"],
  inline: ["inline", "inline-or-block"],
  empty: [],
  "list-items": ["list-item"],
  "table-parts": ["table-part", "row"],
  rows: ["row"],
  cells: ["cell"],
};

/** Top-level blocks (sections, page breaks, contents) belong only where pages are laid out. */
const topBlockParents: readonly ParentKind[] = ["#root", "section", "div"];

export function mayContain(parent: ParentKind, child: ElementName): boolean {
  const placement = elements[child].placement;
  if (placement === "top-block") return topBlockParents.includes(parent);
  const content: ContentModel = parent === "#root" ? "flow" : elements[parent].content;
  return placementsByContent[content].includes(placement);
}

export function mayContainText(parent: ParentKind): boolean {
  const content: ContentModel = parent === "#root" ? "flow" : elements[parent].content;
  return content === "flow" || content === "inline";
}

/** Where an element belongs, for hints. */
export function placementHint(child: ElementName): string {
  switch (elements[child].placement) {
    case "list-item":
      return "<li> goes directly inside <ul> or <ol>";
    case "table-part":
      return `<${child}> goes directly inside <table>`;
    case "row":
      return "<tr> goes inside <table>, <thead> or <tbody>";
    case "cell":
      return `<${child}> goes directly inside <tr>`;
    case "top-block":
      return `<${child}> goes at the top level of the document, or inside <section> or <div>`;
    case "block":
      return `<${child}> is a block: put it at the top level or inside <section>, <div>, <li>, <td> or <th>, not inside a paragraph, heading or inline element`;
    case "inline":
    case "inline-or-block":
      return `<${child}> is inline text: put it inside a paragraph, heading, list item or cell`;
  }
}
