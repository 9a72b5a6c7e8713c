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
 * Another breaks a section lower down than its heading (before a paragraph, a line of one, or a
 * table's row), so that its end does not stand alone on the next page (`balanceSection`): the
 * watch also keeps where each row of a table starts.
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

/** Where a table's row started: the page and height at which pdfmake began to lay it out. */
interface RowStart {
  readonly page: number;
  readonly top: number;
}

interface TableNode {
  readonly table: {
    readonly body: readonly (readonly CellNode[])[];
    readonly headerRows?: number;
    readonly keepWithHeaderRows?: number;
  };
}

interface CellNode {
  pageBreak?: string;
  readonly rowSpan?: number;
  readonly _span?: boolean;
}

interface LaidOutTable {
  readonly kind: "table";
  readonly node: TableNode & LayoutNode;
  /** Each row's start, in row order: a row that moved whole to the next page started at the foot of the page before. */
  readonly rows: readonly RowStart[];
  /** A table inside another table's cell. */
  readonly inTable: boolean;
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
/** Headings whose break pdfmake was asked for only to lay the document out again, with a break further down their section. */
const relaidOnly = new WeakSet<object>();
/** Tables that a section's balance breaks between rows: their own rule leaves them as they are. */
const balanced = new WeakSet<object>();
/** Each top-level table's rows as they are laid out. */
const rowStarts = new WeakMap<object, RowStart[]>();

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
  getCurrentPositionOnPage(): Position;
}

interface LayoutBuilderClass {
  prototype: {
    writer: Writer;
    processNode(node: LayoutNode, ...rest: unknown[]): void;
    processLeaf(node: LayoutNode): void;
    processTable(node: LayoutNode): void;
    processRow(row: { readonly tableNode: object; readonly rowIndex: number }): unknown;
    addHeadersAndFooters(...args: unknown[]): void;
  };
}

type LayoutMethods = Pick<
  LayoutBuilderClass["prototype"],
  "processNode" | "processLeaf" | "processTable" | "processRow" | "addHeadersAndFooters"
>;

/** pdfmake's LayoutBuilder prototype and our five wrappers, once installed. */
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
  const processRow = method<LayoutMethods["processRow"]>(proto, "processRow", where);
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
    // pdfmake marks the node it re-lays out with a break before it; a pulled line, or a break lower in the section, replaces that break.
    if ((pulled.has(node) || relaidOnly.has(node)) && node.pageBreak === "before") delete node.pageBreak;
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
    const inTable = tableDepth > 0;
    if (!inTable) rowStarts.set(node, []);
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
      node: node as TableNode & LayoutNode,
      rows: rowStarts.get(node) ?? [],
      inTable,
      startPage: first.pageNumber,
      startTop: first.top,
      endPage: context.page + 1,
      endTop: context.y,
      pageTop,
      pageInnerHeight: first.pageInnerHeight,
    });
  };

  // pdfmake lays a row out in a block of its own, then places the block on this page or the next.
  proto.processRow = function (row) {
    if (tableDepth === 1) {
      const at = this.writer.getCurrentPositionOnPage();
      rowStarts.get(row.tableNode)?.push({ page: at.pageNumber, top: at.top });
    }
    return processRow.call(this, row);
  };
  const { processNode: n, processLeaf: l, processTable: t, processRow: r, addHeadersAndFooters: h } = proto;
  installed = {
    proto,
    ours: { processNode: n, processLeaf: l, processTable: t, processRow: r, addHeadersAndFooters: h },
  };
}

/** pdfmake's layout is watched: the five wrappers are on its LayoutBuilder. */
export function lineCountsInEffect(): boolean {
  if (installed === undefined) return false;
  const { proto, ours } = installed;
  return (
    proto.processNode === ours.processNode &&
    proto.processLeaf === ours.processLeaf &&
    proto.processTable === ours.processTable &&
    proto.processRow === ours.processRow &&
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
  if (table.endPage !== table.startPage + 1 || balanced.has(table.node)) return false;
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
 * shares, when the whole section fits on that page: then the section moves there whole. The
 * answer is the height of that end, or undefined.
 */
function shortSectionTail(
  heading: Position,
  following: readonly NodeInfo[],
  nextPage: readonly NodeInfo[],
): number | undefined {
  const page = heading.pageNumber;
  const pageTop = heading.top - heading.verticalRatio * heading.pageInnerHeight;
  let tailEnd: number | undefined;
  for (const node of [...following, ...nextPage]) {
    if (node.headlineLevel !== undefined || node.pageBreak === "before") return undefined;
    const text = textOf(node);
    if (text && text.endPage === page + 1) tailEnd = Math.max(tailEnd ?? 0, text.endTop);
    if (text && text.endPage > page + 1) return undefined;
  }
  if (tailEnd === undefined) return undefined;
  const tail = tailEnd - pageTop;
  const whole = pageTop + heading.pageInnerHeight - heading.top + tail;
  return tail < SHORT_TAIL * heading.pageInnerHeight && whole <= heading.pageInnerHeight ? tail : undefined;
}

/** A place to break a section on its heading's page: how high on the page it is, and how to ask pdfmake for it. */
interface BreakPoint {
  readonly top: number;
  readonly take: () => void;
}

/**
 * The places a heading's section may break on the heading's page, in order: before a paragraph or
 * a table, between two lines of a paragraph, between two rows of a table, wherever the heading keeps
 * three lines of text or a table's first rows, a paragraph two lines on each side, and a table its
 * header with the rows pdfmake keeps with it. Also where the section's part on that page ends.
 */
function breakPoints(page: number, following: readonly NodeInfo[]): { points: BreakPoint[]; end: number } {
  const points: BreakPoint[] = [];
  let lines = 0;
  let block = false;
  let end = 0;
  const kept = () => block || lines >= MIN_LINES_AFTER_HEADING;
  for (const node of following) {
    if (node.headlineLevel !== undefined || node.pageBreak === "before") break;
    if ("svg" in node || "image" in node) block = true;
    const table = tableOf(node);
    if (table && !table.inTable && table.startPage === page) {
      if (kept()) points.push({ top: table.startTop, take: () => (table.node.pageBreak = "before") });
      end = Math.max(end, tableEndOn(table, page));
      points.push(...rowBreaks(table, page));
      block = true;
      continue;
    }
    const text = textOf(node);
    if (!text || text.inTable || node.pageNumbers[0] !== page || node.startPosition === undefined) continue;
    if (kept())
      points.push({ top: node.startPosition.top, take: () => ((text.node as LayoutNode).pageBreak = "before") });
    const positions = (text.node as LayoutNode).positions;
    const here = linesOn(text, page);
    for (let keep = MIN_LINES_AT_BREAK; keep < here && lineCount(text) - keep >= MIN_LINES_AT_BREAK; keep++) {
      if (block || lines + keep >= MIN_LINES_AFTER_HEADING)
        points.push({ top: positions[keep]!.top, take: () => pulled.set(text.node, keep) });
    }
    lines += here;
    const pageBottom =
      node.startPosition.top -
      node.startPosition.verticalRatio * node.startPosition.pageInnerHeight +
      node.startPosition.pageInnerHeight;
    end = Math.max(end, text.endPage === page ? text.endTop : pageBottom);
  }
  return { points, end };
}

/** Where a table's part on a page ends: its end, or the start of the first row that went on to the next page. */
function tableEndOn(table: LaidOutTable, page: number): number {
  if (table.endPage === page) return table.endTop;
  const moved = table.rows.findIndex((_, r) => (table.rows[r + 1]?.page ?? table.endPage) > page);
  return moved === -1 ? table.pageTop + table.pageInnerHeight : table.rows[moved]!.top;
}

/** Breaks between the rows of a table on a page: after the rows pdfmake keeps with the header, before a row that starts there. */
function rowBreaks(table: LaidOutTable, page: number): BreakPoint[] {
  const { body, headerRows = 0, keepWithHeaderRows = 0 } = table.node.table;
  // Rows that span others would be cut apart.
  if (body.some((row) => row.some((cell) => (cell.rowSpan ?? 1) > 1))) return [];
  const points: BreakPoint[] = [];
  for (let r = Math.max(1, headerRows + (headerRows > 0 ? keepWithHeaderRows : 0)); r < table.rows.length; r++) {
    // The row stays on the page when the next one starts there too.
    const stays = table.rows[r]!.page === page && (table.rows[r + 1]?.page ?? table.endPage) === page;
    if (!stays) break;
    points.push({
      top: table.rows[r]!.top,
      take: () => {
        // pdfmake starts a row on a new page, repeating the header rows, when its cells ask for a break.
        for (const cell of body[r]!) if (!cell._span) cell.pageBreak = "before";
        balanced.add(table.node);
      },
    });
  }
  return points;
}

/**
 * Where the content before a heading ends on its page: the end of the text or table drawn last, or
 * (after a figure) the heading's top less the space above it.
 */
function contentEnd(heading: LaidOutText, top: number, previous: readonly NodeInfo[]): number {
  for (let i = previous.length - 1; i >= 0; i--) {
    const node = previous[i]!;
    if ("svg" in node || "image" in node) break;
    const laid = tableOf(node) ?? textOf(node);
    if (laid === undefined || (laid.kind === "text" && laid.inTable)) continue;
    if (laid.endPage === heading.endPage) return laid.endTop;
    break;
  }
  return top - ((heading.node as { _margin?: readonly number[] })._margin?.[1] ?? 0);
}

/**
 * A section whose short end would move it whole to the next page, leaving its heading's page nearly
 * empty (less than a third of it used): break it lower instead, at the lowest place that gives the
 * next page at least SHORT_TAIL of the page. True when it takes such a place.
 */
function balanceSection(heading: Position, used: number, following: readonly NodeInfo[], tail: number): boolean {
  const pageTop = heading.top - heading.verticalRatio * heading.pageInnerHeight;
  if (used - pageTop >= heading.pageInnerHeight / 3) return false;
  const { points, end } = breakPoints(heading.pageNumber, following);
  const needed = SHORT_TAIL * heading.pageInnerHeight - tail;
  const lowest = points.filter((p) => p.top > heading.top && end - p.top >= needed).sort((a, b) => b.top - a.top)[0];
  if (lowest === undefined) return false;
  lowest.take();
  return true;
}

/**
 * pdfmake's `pageBreakBefore`: keep headings with their text, paragraphs whole at their ends, short
 * table ends with their table, and a section's short end with its section, or balanced over the two
 * pages when moving the section whole would leave its page nearly empty.
 */
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
    if (node.startPosition === undefined) return false;
    const tail = shortSectionTail(node.startPosition, following, nextPage);
    if (tail === undefined) return false;
    const heading = textOf(node);
    if (heading === undefined) return true;
    const used = contentEnd(heading, node.startPosition.top, content(pages.getPreviousNodesOnPage()));
    // pdfmake lays the document out again only for a break; processNode takes this one back.
    if (balanceSection(node.startPosition, used, following, tail)) relaidOnly.add(heading.node);
    return true;
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
