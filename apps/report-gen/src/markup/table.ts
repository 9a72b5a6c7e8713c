import { StructureNode } from "@tip/pdf-engine";
import type { MarkupElement } from "./ast.js";
import type { PdfColumnWidth, PdfContent, PdfTable, PdfTableLayout } from "./pdf-content.js";

export interface TableContext {
  /** Content of one cell, styled. */
  readonly cell: (
    cell: MarkupElement,
    header: boolean,
    rowClasses: readonly string[],
    tag: StructureNode,
  ) => PdfContent;
  readonly classes: (element: MarkupElement) => readonly string[];
  readonly report: (
    at: { line: number; column: number },
    rule: `markup/${string}`,
    message: string,
    hint: string,
  ) => void;
}

const maxSpan = 1000;

/** An HTML-like table → a pdfmake table whose thead rows repeat on each page and whose rows never split. */
export function convertTable(
  table: MarkupElement,
  layout: PdfTableLayout,
  style: readonly string[],
  tag: StructureNode,
  context: TableContext,
): PdfTable | null {
  const { head, body } = collectRows(table, context);
  const rows = [...head, ...body];
  if (rows.length === 0) {
    context.report(
      table,
      "markup/empty-table",
      "<table> has no rows",
      "add <tr> rows with <td> cells, or leave the table out",
    );
    return null;
  }

  const grid: (PdfContent | undefined)[][] = rows.map(() => []);
  let shapeOk = true;
  // Header rows in THead, the others in TBody: the structure says which rows head the table.
  const thead = head.length > 0 ? new StructureNode("THead", tag) : undefined;
  const tbody = body.length > 0 ? new StructureNode("TBody", tag) : undefined;
  rows.forEach((row, r) => {
    const rowClasses = context.classes(row);
    const tr = new StructureNode("TR", (r < head.length ? thead : tbody) ?? tag);
    let c = 0;
    for (const cell of row.children) {
      if (cell.kind !== "element") continue;
      while (grid[r]?.[c] !== undefined) c++;
      const colSpan = span(cell, "colspan", context);
      const rowSpan = span(cell, "rowspan", context);
      if (r + rowSpan > rows.length) {
        context.report(
          cell,
          "markup/table-shape",
          `rowspan="${rowSpan}" runs past the last row`,
          `this cell can span at most ${rows.length - r} rows`,
        );
        shapeOk = false;
      }
      const header = cell.name === "th" || r < head.length;
      const cellTag = new StructureNode(header ? "TH" : "TD", tr, {
        ...(header ? { scope: r < head.length ? "Column" : "Row" } : {}),
        ...(colSpan > 1 ? { colSpan } : {}),
        ...(rowSpan > 1 ? { rowSpan } : {}),
      });
      const content = context.cell(cell, header, rowClasses, cellTag);
      const spans = { ...(colSpan > 1 ? { colSpan } : {}), ...(rowSpan > 1 ? { rowSpan } : {}) };
      for (let dr = 0; dr < rowSpan && r + dr < rows.length; dr++) {
        for (let dc = 0; dc < colSpan; dc++) {
          const target = grid[r + dr];
          if (!target) continue;
          if (target[c + dc] !== undefined) {
            context.report(
              cell,
              "markup/table-shape",
              "this cell overlaps a cell spanning from an earlier row",
              "check the colspan and rowspan values",
            );
            shapeOk = false;
          }
          // pdfmake wants a placeholder in every position a span covers.
          target[c + dc] = dr === 0 && dc === 0 ? withSpans(content, spans) : "";
        }
      }
      c += colSpan;
    }
  });

  const columns = Math.max(...grid.map((cells) => cells.length));
  if (columns === 0) {
    context.report(
      table,
      "markup/empty-table",
      "<table> has no cells",
      "add <td> cells to its rows, or leave the table out",
    );
    return null;
  }
  grid.forEach((cells, r) => {
    const filled = cells.filter((cell) => cell !== undefined).length;
    if (filled !== columns) {
      const row = rows[r] ?? table;
      context.report(
        row,
        "markup/table-shape",
        `row ${r + 1} fills ${filled} of the table's ${columns} columns`,
        "every row needs the same number of cells, counting colspan and rowspan",
      );
      shapeOk = false;
    }
  });

  const widths = columnWidths(table, columns, context);
  if (!shapeOk || widths === null) return null;
  return {
    table: {
      body: grid.map((cells) => cells.map((cell) => cell ?? "")),
      headerRows: head.length,
      widths,
      dontBreakRows: true,
      keepWithHeaderRows: head.length > 0 ? 1 : 0,
    },
    layout,
    ...(style.length > 0 ? { style } : {}),
  };
}

function collectRows(table: MarkupElement, context: TableContext) {
  const head: MarkupElement[] = [];
  const body: MarkupElement[] = [];
  let sawHead = false;
  for (const part of table.children) {
    if (part.kind !== "element") continue;
    if (part.name === "tr") {
      body.push(part);
      continue;
    }
    const rows = part.children.filter((row): row is MarkupElement => row.kind === "element");
    if (part.name === "thead") {
      if (sawHead || body.length > 0) {
        context.report(
          part,
          "markup/table-structure",
          "<thead> must come first, and only once",
          "move the header rows into one <thead> at the top of the table",
        );
      }
      sawHead = true;
      head.push(...rows);
    } else {
      body.push(...rows);
    }
  }
  return { head, body };
}

function span(cell: MarkupElement, name: "colspan" | "rowspan", context: TableContext): number {
  const attribute = cell.attributes[name];
  if (attribute === undefined) return 1;
  const value = Number(attribute.value);
  if (!/^\d+$/.test(attribute.value) || value < 1 || value > maxSpan) {
    context.report(
      attribute,
      "markup/invalid-attribute",
      `${name}="${attribute.value}" is not a positive whole number`,
      `write ${name}="2" to span two`,
    );
    return 1;
  }
  return value;
}

function withSpans(content: PdfContent, spans: { colSpan?: number; rowSpan?: number }): PdfContent {
  if (typeof content === "string") return { text: content, ...spans };
  return { ...content, ...spans };
}

const widthPattern = /^(?:auto|\*|\d+(?:\.\d+)?%?)$/;

/** `widths="auto,*,60"`: auto fits content, * shares what is left, numbers are points, n% of the width. */
function columnWidths(table: MarkupElement, columns: number, context: TableContext): PdfColumnWidth[] | null {
  const attribute = table.attributes["widths"];
  if (attribute === undefined) return Array.from({ length: columns }, () => "*");
  const parts = attribute.value.split(",").map((part) => part.trim());
  const bad = parts.filter((part) => !widthPattern.test(part));
  if (bad.length > 0) {
    context.report(
      attribute,
      "markup/invalid-attribute",
      `widths has values it cannot read: ${bad.map((b) => `"${b}"`).join(", ")}`,
      'use auto, *, a number of points or a percentage, e.g. widths="auto,*,60"',
    );
    return null;
  }
  if (parts.length !== columns) {
    context.report(
      attribute,
      "markup/table-widths",
      `widths lists ${parts.length} columns but the table has ${columns}`,
      "give one width per column",
    );
    return null;
  }
  return parts.map((part): PdfColumnWidth => {
    if (part === "auto" || part === "*") return part;
    if (part.endsWith("%")) return part as `${number}%`;
    return Number(part);
  });
}
