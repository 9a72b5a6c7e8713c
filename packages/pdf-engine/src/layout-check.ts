/**
 * After layout, prove that every piece of content was placed inside its page's printable area.
 *
 * pdfmake never reports content it could not place. A table row kept whole (`dontBreakRows`)
 * that is taller than a page keeps its first page's worth and drops the rest
 * (`PageElementWriter.commitUnbreakableBlock`: "no support for multi-page unbreakableBlocks"),
 * and text or images wider than their column are drawn past the page's edge. Here:
 * - a table row found taller than a page is laid out again as a row that may break across pages
 *   (the only way to print it whole); header rows taller than a page stop repeating on each page
 *   and are laid out as other rows; what still cannot be placed is dropped content;
 * - after the final layout, every line of text, image and SVG of the content (running headers and
 *   footers live in the margins by design) is compared with its page's margins;
 * and anything dropped or outside makes `layoutDocument` throw a `LayoutOverflowError` naming the
 * page and the text, which render-job.ts turns into a located error.
 */
import { createRequire } from "node:module";
import { method } from "./libraries.js";

/** Content that did not land inside a page's printable area, or was not placed at all. */
export interface LayoutProblem {
  readonly kind: "outside-page" | "dropped" | "too-long";
  /** 1-based; for dropped content, the page where its block began. */
  readonly page: number;
  /** The text of the first line concerned, whitespace collapsed ("" for an image). */
  readonly text: string;
  readonly element: "text" | "image" | "svg" | "table row";
  /** How far past the printable area, in points (0 for dropped content). */
  readonly by: number;
  /** Further lines of the same text outside a page. */
  readonly others?: number;
}

export class LayoutOverflowError extends Error {
  constructor(readonly problems: readonly LayoutProblem[]) {
    super(
      `content outside the printable area: ${problems.map((p) => `page ${p.page} ${p.element} "${p.text.slice(0, 40)}"`).join("; ")}`,
    );
    this.name = "LayoutOverflowError";
  }
}

/** Rounding of pdfmake's own arithmetic; a real overflow is a glyph or more. */
const TOLERANCE = 0.5;
/** Pages one document may have, at most: laying out more is a runaway template or data, stopped early. */
export const MAX_PAGES = 1000;
/** Layout passes at most: each makes at least one more row breakable. */
const MAX_PASSES = 16;

interface Inline {
  text: string;
  x: number;
  width: number;
  trailingCut?: number;
}
interface PageItem {
  type: string;
  item: {
    _source?: { text?: unknown };
    x?: number;
    y?: number;
    _width?: number;
    _height?: number;
    inlines?: Inline[];
    getHeight?(): number;
  };
}
interface Page {
  items: PageItem[];
  pageSize: { width: number; height: number };
  pageMargins: { left: number; top: number; right: number; bottom: number };
}
interface TableNode {
  table: { _rowsTooTall?: Set<number>; dontBreakRows?: boolean; headerRows?: number; keepWithHeaderRows?: number };
}
interface TableProcessor {
  tableNode: TableNode;
  dontBreakRows: boolean;
  rowsWithoutPageBreak: number;
  _breakingRow?: boolean;
}
interface Writer {
  transactionLevel: number;
  context(): { pages: Page[]; page: number };
  writer?: { context(): { page: number } };
}

/** The layout pass in progress (layout is synchronous: one per thread at a time). */
interface Pass {
  /** Rows found too tall in this pass, newly marked breakable. */
  marked: number;
  /** Blocks no page would take. */
  refused: number;
  problems: LayoutProblem[];
  rows: { processor: TableProcessor; index: number }[];
}
let pass: Pass | undefined;
let installed = false;
let enabled = true;

/** Off: layout is pdfmake's alone, nothing checked (benchmark comparisons). */
export function setLayoutCheckEnabled(on: boolean): void {
  enabled = on;
}

const lineText = (inlines: readonly Inline[] | undefined): string =>
  (inlines ?? [])
    .map((i) => i.text)
    .join("")
    .replace(/\s+/g, " ")
    .trim();

/** All the text of a pdfmake text node (a string, or pieces of text, nested). */
function nodeText(text: unknown): string {
  if (typeof text === "string") return text;
  if (Array.isArray(text)) return text.map(nodeText).join("");
  if (text !== null && typeof text === "object" && "text" in text) return nodeText((text as { text: unknown }).text);
  return "";
}

function firstText(pages: readonly Page[]): string {
  for (const page of pages)
    for (const { type, item } of page.items)
      if (type === "line" && lineText(item.inlines) !== "") return lineText(item.inlines);
  return "";
}

/** Every line, image and SVG on these pages past its page's margins. */
export function outsidePrintableArea(pages: readonly Page[]): LayoutProblem[] {
  const onPage: LayoutProblem[] = [];
  // A text is named only when one of its lines is outside, and once: naming it for each of its
  // lines made a long paragraph's check quadratic (its whole text joined and tidied per line).
  const named = new Map<object, string>();
  const textOf = (item: PageItem["item"]): string => {
    const source = item._source;
    if (source === undefined) return lineText(item.inlines);
    let text = named.get(source);
    if (text === undefined) {
      text = nodeText(source.text).replace(/\s+/g, " ").trim();
      named.set(source, text);
    }
    return text;
  };
  pages.forEach((page, index) => {
    const { width, height } = page.pageSize;
    const m = page.pageMargins;
    const [minX, maxX, minY, maxY] = [m.left, width - m.right, m.top, height - m.bottom];
    for (const { type, item } of page.items) {
      let box: [number, number, number, number] | undefined;
      if (type === "line" && item.inlines && item.inlines.length > 0) {
        const x = item.x ?? 0;
        const last = item.inlines[item.inlines.length - 1]!;
        const left = x + item.inlines[0]!.x;
        const right = x + last.x + last.width - (last.trailingCut ?? 0);
        const top = item.y ?? 0;
        box = [left, right, top, top + (item.getHeight?.() ?? 0)];
      } else if ((type === "image" || type === "svg") && item._width !== undefined) {
        const x = item.x ?? 0;
        const y = item.y ?? 0;
        box = [x, x + item._width, y, y + (item._height ?? 0)];
      }
      if (box === undefined) continue;
      const by = Math.max(minX - box[0], box[1] - maxX, minY - box[2], box[3] - maxY);
      if (by > TOLERANCE)
        onPage.push({
          kind: "outside-page",
          page: index + 1,
          text: type === "line" ? textOf(item) : "",
          element: type === "line" ? "text" : (type as "image" | "svg"),
          by,
        });
    }
  });
  // One problem per text (its lines share it), at its first page.
  const byText = new Map<string, LayoutProblem & { others: number }>();
  for (const problem of onPage) {
    const seen = byText.get(problem.text);
    if (seen === undefined) byText.set(problem.text, { ...problem, others: 0 });
    else byText.set(problem.text, { ...seen, by: Math.max(seen.by, problem.by), others: seen.others + 1 });
  }
  return [...byText.values()];
}

/** Installs the check on the pdfmake that `pdfmakeEntry` resolves to, once per process. */
/** Installed and on. */
export function layoutCheckInEffect(): boolean {
  return installed && enabled;
}

export function installLayoutCheck(pdfmakeEntry: string): void {
  if (installed) return;
  const load = createRequire(pdfmakeEntry);
  const LayoutBuilder = (load("./LayoutBuilder.js") as { default?: { prototype: Record<string, Function> } }).default
    ?.prototype;
  const PageElementWriter = (load("./PageElementWriter.js") as { default?: { prototype: Record<string, Function> } })
    .default?.prototype;
  const DocumentContext = (load("./DocumentContext.js") as { default?: { prototype: Record<string, Function> } })
    .default?.prototype;
  const TableProcessor = (load("./TableProcessor.js") as { default?: { prototype: Record<string, Function> } }).default
    ?.prototype;
  const names = [
    [LayoutBuilder, ["layoutDocument", "tryLayoutDocument", "addHeadersAndFooters"]],
    [PageElementWriter, ["commitUnbreakableBlock", "addFragment"]],
    [TableProcessor, ["beginTable", "beginRow", "endRow"]],
    [DocumentContext, ["addPage"]],
  ] as const;
  for (const [proto, methods] of names) for (const name of methods) method(proto, name, "pdfmake layout");
  installed = true;
  const builder = LayoutBuilder!;
  const writerProto = PageElementWriter!;
  const table = TableProcessor!;
  const { layoutDocument, tryLayoutDocument, addHeadersAndFooters } = builder as Record<string, Function>;
  const { commitUnbreakableBlock, addFragment } = writerProto as Record<string, Function>;
  const { beginTable, beginRow, endRow } = table as Record<string, Function>;
  const addPage = DocumentContext!["addPage"]!;

  DocumentContext!["addPage"] = function (this: { pages: unknown[] }, ...args: unknown[]) {
    if (pass !== undefined && this.pages.length >= MAX_PAGES) {
      throw new LayoutOverflowError([{ kind: "too-long", page: this.pages.length, text: "", element: "text", by: 0 }]);
    }
    return addPage.apply(this, args);
  };

  builder["layoutDocument"] = function (this: unknown, ...args: unknown[]) {
    if (!enabled) return layoutDocument!.apply(this, args);
    const outer = pass;
    try {
      const pages = layoutDocument!.apply(this, args);
      const problems = (this as { _layoutProblems?: LayoutProblem[] })._layoutProblems ?? [];
      if (problems.length > 0) throw new LayoutOverflowError(problems);
      return pages;
    } finally {
      pass = outer;
    }
  };

  builder["tryLayoutDocument"] = function (this: { _layoutProblems?: LayoutProblem[] }, ...args: unknown[]) {
    if (!enabled) return tryLayoutDocument!.apply(this, args);
    for (let attempt = 1; ; attempt++) {
      pass = { marked: 0, refused: 0, problems: [], rows: [] };
      const result = tryLayoutDocument!.apply(this, args) as { linearNodeList: { resetXY(): void }[] };
      const done = pass;
      if (done.marked === 0 || attempt >= MAX_PASSES) {
        this._layoutProblems = done.problems;
        return result;
      }
      // Rows found too tall break in the next pass; pdfmake itself lays out again this way.
      for (const node of result.linearNodeList) node.resetXY();
    }
  };

  builder["addHeadersAndFooters"] = function (this: { writer: Writer }, ...args: unknown[]) {
    // Before the running header and footer, which stand in the margins by design.
    pass?.problems.push(...outsidePrintableArea(this.writer.context().pages));
    return addHeadersAndFooters!.apply(this, args);
  };

  writerProto["addFragment"] = function (this: Writer, ...args: unknown[]) {
    const placed = addFragment!.apply(this, args);
    // A block taller than a whole page is refused by every page: pdfmake moves on and drops it.
    if (placed === false && pass !== undefined) pass.refused++;
    return placed;
  };

  writerProto["commitUnbreakableBlock"] = function (this: Writer, ...args: unknown[]) {
    if (pass === undefined || this.transactionLevel !== 1) return commitUnbreakableBlock!.apply(this, args);
    const block = this.context();
    const refused = pass.refused;
    const committed = commitUnbreakableBlock!.apply(this, args);
    if (block.pages.length > 1 || pass.refused > refused) {
      const row = pass.rows[pass.rows.length - 1];
      const tooTall = row?.processor.tableNode.table;
      if (row !== undefined && tooTall !== undefined && row.index >= row.processor.rowsWithoutPageBreak) {
        (tooTall._rowsTooTall ??= new Set()).add(row.index);
        pass.marked++;
      } else if (row !== undefined && tooTall !== undefined && Number(tooTall.headerRows) > 0) {
        // Header rows (and the row kept with them) taller than a page cannot repeat on every
        // page: the table is laid out again without repeating them, each row on its own.
        tooTall.headerRows = 0;
        tooTall.keepWithHeaderRows = 0;
        pass.marked++;
      } else {
        const page = this.context().page + 1;
        pass.problems.push({
          kind: "dropped",
          page,
          text: firstText(block.pages.slice(1)) || firstText(block.pages),
          element: row ? "table row" : "text",
          by: 0,
        });
      }
    }
    return committed;
  };

  table["beginTable"] = function (this: TableProcessor, ...args: unknown[]) {
    const node = this.tableNode.table;
    if (node._rowsTooTall?.has(0) && !(Number(node.headerRows) > 0) && node.dontBreakRows) {
      // The first row too tall: the table starts as one whose rows may break.
      node.dontBreakRows = false;
      try {
        beginTable!.apply(this, args);
      } finally {
        node.dontBreakRows = true;
      }
      this._breakingRow = true;
      return;
    }
    beginTable!.apply(this, args);
  };

  table["beginRow"] = function (this: TableProcessor, rowIndex: number, ...rest: unknown[]) {
    if (
      rowIndex > 0 &&
      this.dontBreakRows &&
      this.tableNode.table._rowsTooTall?.has(rowIndex) &&
      rowIndex >= this.rowsWithoutPageBreak
    ) {
      this.dontBreakRows = false;
      this._breakingRow = true;
    }
    pass?.rows.push({ processor: this, index: rowIndex });
    return beginRow!.call(this, rowIndex, ...rest);
  };

  table["endRow"] = function (this: TableProcessor, ...args: unknown[]) {
    try {
      return endRow!.apply(this, args);
    } finally {
      pass?.rows.pop();
      if (this._breakingRow) {
        this._breakingRow = false;
        this.dontBreakRows = Boolean(this.tableNode.table.dontBreakRows);
      }
    }
  };
}
