/**
 * Composition rules: where pages may break.
 *
 * pdfmake's public hook is `pageBreakBefore(node, pages)`: after a layout, it is asked about each
 * node in document order, and when it answers yes the node starts a new page and the document is
 * laid out again. Its node info says which pages a node touches, not how many lines of a text land
 * on each; so `installLineCounts` watches pdfmake lay out text and tables and keeps, beside the
 * node's first position (the `startPosition` the hook is given), the lines per page and the node.
 * One rule needs more than a break before a node: a paragraph whose last line alone would start a
 * page takes a line with it, so the break moves up a line inside the paragraph (`pullLine`).
 */
import { createRequire } from "node:module";
import { method } from "./libraries.js";

/** What pdfmake tells `pageBreakBefore` about a laid-out node. */
export interface PdfNodeInfo {
  readonly headlineLevel?: number;
  readonly pageBreak?: "before" | "after";
  readonly pageNumbers: readonly number[];
}

/** The questions `pageBreakBefore` may ask about the other nodes. */
export interface PdfNodeQueries {
  readonly getFollowingNodesOnPage: () => readonly PdfNodeInfo[];
  readonly getNodesOnNextPage: () => readonly PdfNodeInfo[];
  readonly getPreviousNodesOnPage: () => readonly PdfNodeInfo[];
}

/** Lines of text that follow a heading on its page. */
export const MIN_LINES_AFTER_HEADING = 3;
/** Lines of a paragraph on each side of a page break. */
export const MIN_LINES_AT_BREAK = 2;
/** A table's end alone on a page shorter than this share of the page moves whole to that page, when it fits there. */
export const SHORT_TAIL = 0.3;

interface LaidOutText {
  readonly kind: "text";
  readonly node: object;
  /** Lines on each page the text touches, in page order. */
  readonly lines: ReadonlyMap<number, number>;
  readonly inTable: boolean;
  /** Where its last line ends. */
  readonly endPage: number;
  readonly endTop: number;
}

interface LaidOutTable {
  readonly kind: "table";
  readonly node: object;
  readonly startPage: number;
  readonly startTop: number;
  readonly endPage: number;
  readonly endTop: number;
  readonly pageTop: number;
  readonly pageInnerHeight: number;
}

/** What a layout pass did with the node whose first position this is. */
const texts = new WeakMap<object, LaidOutText>();
const tables = new WeakMap<object, LaidOutTable>();
/** Running headers and footers: pdfmake lays them out as nodes after the content, on every page. */
const furniture = new WeakSet<object>();
/** Paragraphs that break a line early: the number of lines they keep on the first page. */
const pulled = new WeakMap<object, number>();

interface Position {
  readonly pageNumber: number;
  readonly top: number;
  readonly pageInnerHeight: number;
  readonly verticalRatio: number;
}

interface LayoutNode {
  positions: Position[];
  pageBreak?: string;
}

interface Writer {
  addLine(...args: unknown[]): unknown;
  moveToNextPage(orientation?: unknown): void;
  context(): { page: number; y: number };
}

interface LayoutBuilderClass {
  prototype: {
    writer: Writer;
    processNode(node: LayoutNode, ...rest: unknown[]): void;
    processLeaf(node: LayoutNode): void;
    processTable(node: LayoutNode): void;
    addHeadersAndFooters(...args: unknown[]): void;
  };
}

type LayoutMethods = Pick<
  LayoutBuilderClass["prototype"],
  "processNode" | "processLeaf" | "processTable" | "addHeadersAndFooters"
>;

/** pdfmake's LayoutBuilder prototype and our four wrappers, once installed. */
let installed: { readonly proto: LayoutMethods; readonly ours: LayoutMethods } | undefined;

/** Watches pdfmake's layout for the rules below; changes nothing it draws unless a rule asks (`pullLine`). Once per thread. */
export function installLineCounts(pdfmakeEntry: string): void {
  if (installed) return;
  const Builder = (createRequire(pdfmakeEntry)("./LayoutBuilder.js") as { default?: LayoutBuilderClass }).default;
  const proto = Builder?.prototype as LayoutBuilderClass["prototype"];
  const where = "pdfmake LayoutBuilder.prototype";
  const processNode = method<LayoutMethods["processNode"]>(proto, "processNode", where);
  const processLeaf = method<LayoutMethods["processLeaf"]>(proto, "processLeaf", where);
  const processTable = method<LayoutMethods["processTable"]>(proto, "processTable", where);
  const addHeadersAndFooters = method<LayoutMethods["addHeadersAndFooters"]>(proto, "addHeadersAndFooters", where);
  let tableDepth = 0;
  let inFurniture = false;

  proto.addHeadersAndFooters = function (...args) {
    inFurniture = true;
    try {
      addHeadersAndFooters.apply(this, args);
    } finally {
      inFurniture = false;
    }
  };

  proto.processNode = function (node, ...rest) {
    // pdfmake marks the node it re-lays out with a break before it; a pulled line replaces that break.
    if (pulled.has(node) && node.pageBreak === "before") delete node.pageBreak;
    processNode.call(this, node, ...rest);
    const first = node.positions[0];
    if (inFurniture && first !== undefined) furniture.add(first);
  };

  proto.processLeaf = function (node) {
    const keep = pulled.get(node);
    if (keep === undefined || tableDepth > 0) {
      processLeaf.call(this, node);
    } else {
      const writer = this.writer;
      const addLine = writer.addLine;
      let added = 0;
      writer.addLine = function (...args: unknown[]) {
        if (added++ === keep) writer.moveToNextPage();
        return addLine.apply(this, args);
      };
      try {
        processLeaf.call(this, node);
      } finally {
        writer.addLine = addLine;
      }
    }
    const first = node.positions[0];
    if (first === undefined) return;
    const lines = new Map<number, number>();
    for (const position of node.positions) lines.set(position.pageNumber, (lines.get(position.pageNumber) ?? 0) + 1);
    const context = this.writer.context();
    texts.set(first, {
      kind: "text",
      node,
      lines,
      inTable: tableDepth > 0,
      endPage: context.page + 1,
      endTop: context.y,
    });
  };

  proto.processTable = function (node) {
    tableDepth++;
    try {
      processTable.call(this, node);
    } finally {
      tableDepth--;
    }
    const first = node.positions[0];
    if (first === undefined) return;
    const context = this.writer.context();
    const pageTop = first.top - first.verticalRatio * first.pageInnerHeight;
    tables.set(first, {
      kind: "table",
      node,
      startPage: first.pageNumber,
      startTop: first.top,
      endPage: context.page + 1,
      endTop: context.y,
      pageTop,
      pageInnerHeight: first.pageInnerHeight,
    });
  };
  const { processNode: n, processLeaf: l, processTable: t, addHeadersAndFooters: h } = proto;
  installed = { proto, ours: { processNode: n, processLeaf: l, processTable: t, addHeadersAndFooters: h } };
}

/** pdfmake's layout is watched: the four wrappers are on its LayoutBuilder. */
export function lineCountsInEffect(): boolean {
  if (installed === undefined) return false;
  const { proto, ours } = installed;
  return (
    proto.processNode === ours.processNode &&
    proto.processLeaf === ours.processLeaf &&
    proto.processTable === ours.processTable &&
    proto.addHeadersAndFooters === ours.addHeadersAndFooters
  );
}

interface NodeInfo extends PdfNodeInfo {
  readonly startPosition?: Position;
  readonly text?: unknown;
  readonly table?: unknown;
}

const textOf = (node: NodeInfo): LaidOutText | undefined =>
  node.startPosition === undefined || node.text === undefined ? undefined : texts.get(node.startPosition);

const tableOf = (node: NodeInfo): LaidOutTable | undefined =>
  node.startPosition === undefined || node.table === undefined ? undefined : tables.get(node.startPosition);

/** The document's own nodes, without the running header and footer. */
const content = (nodes: readonly PdfNodeInfo[]): NodeInfo[] =>
  (nodes as readonly NodeInfo[]).filter(
    (node) => node.startPosition === undefined || !furniture.has(node.startPosition),
  );

const linesOn = (text: LaidOutText, page: number) => text.lines.get(page) ?? 0;
const lineCount = (text: LaidOutText) => [...text.lines.values()].reduce((sum, n) => sum + n, 0);

/** Something drawn on this page before the node: moving the node to the next page leaves more than an empty page behind. */
function hasContentBefore(pages: PdfNodeQueries): boolean {
  return content(pages.getPreviousNodesOnPage()).some(
    (node) => node.text !== undefined || node.table !== undefined || "svg" in node,
  );
}

/**
 * A table split over two pages with a short piece on either (its first rows at a page's foot, or
 * its last rows alone at the top of the next), which fits whole on the next page.
 */
function tableBreaksBadly(table: LaidOutTable): boolean {
  if (table.endPage !== table.startPage + 1) return false;
  const head = table.pageTop + table.pageInnerHeight - table.startTop;
  const tail = table.endTop - table.pageTop;
  // Moving a table that starts high on its page would leave that page nearly empty: its tail stays.
  const above = table.startTop - table.pageTop;
  const short =
    head < SHORT_TAIL * table.pageInnerHeight ||
    (tail < SHORT_TAIL * table.pageInnerHeight && above >= table.pageInnerHeight / 3);
  return short && head + tail <= table.pageInnerHeight;
}

/** A paragraph whose first or last lines would stand alone at a break. */
function paragraphBreaksBadly(text: LaidOutText): "move" | "pull" | false {
  const pages = [...text.lines.keys()];
  if (text.inTable || pages.length < 2) return false;
  const first = text.lines.get(pages[0]!) ?? 0;
  const last = text.lines.get(pages[pages.length - 1]!) ?? 0;
  if (first < MIN_LINES_AT_BREAK) return "move";
  if (last < MIN_LINES_AT_BREAK && pages.length === 2) {
    // Taking a line from the first page leaves enough there; otherwise the paragraph moves whole.
    return first - (MIN_LINES_AT_BREAK - last) >= MIN_LINES_AT_BREAK ? "pull" : "move";
  }
  return false;
}

/**
 * Would what follows a heading on its page leave it too little: fewer than three lines of text
 * before a break (or the whole of a shorter section, or a figure), or a first block that moves to the next page.
 */
function headingIsStranded(page: number, following: readonly NodeInfo[], nextPage: readonly NodeInfo[]): boolean {
  let lines = 0;
  for (const node of following) {
    if (node.headlineLevel !== undefined) return false;
    // A figure is drawn whole: on the heading's page, it is what follows the heading.
    if ("svg" in node || "image" in node) return false;
    const table = tableOf(node);
    // pdfmake keeps a table's header rows with its first row.
    if (table) return lines === 0 && tableBreaksBadly(table);
    const text = textOf(node);
    if (!text || text.inTable) continue;
    const here = linesKept(text, page);
    lines += here;
    if (lines >= MIN_LINES_AFTER_HEADING) return false;
    if (here < lineCount(text)) return true;
  }
  // What follows is on the next page: the heading is stranded unless that page was started on purpose
  // or starts the next section (then the heading's section, however short, ended on its page).
  const next = nextPage[0];
  return next !== undefined && next.pageBreak !== "before" && next.headlineLevel === undefined;
}

/** The lines of a text that stay on a page once the rules for paragraphs have moved or pulled it. */
function linesKept(text: LaidOutText, page: number): number {
  const verdict = paragraphBreaksBadly(text);
  if (verdict === "move") return 0;
  const here = linesOn(text, page);
  return verdict === "pull" && here < lineCount(text)
    ? here - (MIN_LINES_AT_BREAK - (text.lines.get(page + 1) ?? 0))
    : here;
}

/**
 * Would the end of a heading's section stand alone on a nearly empty page that nothing else
 * shares, when the whole section fits on that page: then the section moves there whole.
 */
function sectionTailIsShortAndFits(
  heading: Position,
  following: readonly NodeInfo[],
  nextPage: readonly NodeInfo[],
): boolean {
  const page = heading.pageNumber;
  const pageTop = heading.top - heading.verticalRatio * heading.pageInnerHeight;
  let tailEnd: number | undefined;
  for (const node of [...following, ...nextPage]) {
    if (node.headlineLevel !== undefined || node.pageBreak === "before") return false;
    const text = textOf(node);
    if (text && text.endPage === page + 1) tailEnd = Math.max(tailEnd ?? 0, text.endTop);
    if (text && text.endPage > page + 1) return false;
  }
  if (tailEnd === undefined) return false;
  const tail = tailEnd - pageTop;
  const whole = pageTop + heading.pageInnerHeight - heading.top + tail;
  return tail < SHORT_TAIL * heading.pageInnerHeight && whole <= heading.pageInnerHeight;
}

/** pdfmake's `pageBreakBefore`: keep headings with their text, paragraphs whole at their ends, short table ends with their table. */
export const composePages = (info: PdfNodeInfo, pages: PdfNodeQueries): boolean => {
  const node = info as NodeInfo;
  const page = node.pageNumbers[0];
  if (page === undefined) return false;
  // Cheap questions first: pdfmake asks about every node, and only headings and nodes that cross a page matter.
  if (node.headlineLevel !== undefined) {
    if (!hasContentBefore(pages)) return false;
    const following = content(pages.getFollowingNodesOnPage());
    const nextPage = content(pages.getNodesOnNextPage());
    if (headingIsStranded(page, following, nextPage)) return true;
    return node.startPosition !== undefined && sectionTailIsShortAndFits(node.startPosition, following, nextPage);
  }
  // pdfmake gives a table the page it starts on only: where it ends is what the layout watch saw.
  const table = tableOf(node);
  if (table) return tableBreaksBadly(table) && hasContentBefore(pages);
  if (node.pageNumbers.length < 2) return false;
  const text = textOf(node);
  const verdict = text === undefined ? false : paragraphBreaksBadly(text);
  if (text === undefined || verdict === false || !hasContentBefore(pages)) return false;
  if (verdict === "pull") {
    pulled.set(text.node, linesKept(text, page));
    // pdfmake lays the document out again only for a break; processNode takes that break back.
    return true;
  }
  return true;
};
