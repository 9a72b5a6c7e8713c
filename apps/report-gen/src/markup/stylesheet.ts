import type { PdfStyle, PdfTableLayout } from "./pdf-content.js";

/** The one place a document's look is decided: a sober publisher style, navy headings. */
export const palette = {
  ink: "#1f2328",
  navy: "#1b2f5b",
  muted: "#5b6270",
  rule: "#b8bfcc",
  hairline: "#d9dde5",
  headerFill: "#e8ebf0",
  zebraFill: "#f5f6f8",
  highlight: "#fff1c2",
  link: "#1a4f9c",
} as const;

export const fontFamily = "Roboto";

export const defaultStyle = {
  font: fontFamily,
  fontSize: 9.5,
  lineHeight: 1.25,
  color: palette.ink,
} as const satisfies PdfStyle;

/** Styles the converter gives elements; templates cannot name these. */
export const elementStyles = {
  h1: { fontSize: 18, bold: true, color: palette.navy, margin: [0, 6, 0, 10], lineHeight: 1.1 },
  h2: { fontSize: 13, bold: true, color: palette.navy, margin: [0, 10, 0, 5], lineHeight: 1.1 },
  h3: { fontSize: 10.5, bold: true, color: palette.navy, margin: [0, 9, 0, 3] },
  p: { margin: [0, 0, 0, 6] },
  em: { italics: true },
  strong: { bold: true },
  link: { color: palette.link, decoration: "underline", decorationColor: palette.link },
  list: { margin: [0, 0, 0, 6] },
  listItem: { margin: [0, 0, 0, 2] },
  table: { fontSize: 8.5, lineHeight: 1.15, margin: [0, 2, 0, 10] },
  tableHeader: { bold: true, color: palette.navy },
  tableCell: {},
  footnote: { fontSize: 7.5, color: palette.muted, lineHeight: 1.2, margin: [0, 2, 0, 2] },
  chart: { alignment: "center", margin: [0, 2, 0, 6] },
  tocTitle: { fontSize: 18, bold: true, color: palette.navy, margin: [0, 6, 0, 12] },
  tocEntry: { fontSize: 10, margin: [0, 3, 0, 0] },
  tocEntryMinor: { fontSize: 9, color: palette.muted },
  tocNumber: { fontSize: 9, color: palette.muted },
  pageHeader: { fontSize: 7.5, color: palette.muted },
  pageFooter: { fontSize: 7.5, color: palette.muted },
} as const satisfies Record<string, PdfStyle>;

/** Styles templates may name with `class="…"`: general ones first, then those the report's templates use. */
export const classStyles = {
  muted: { color: palette.muted },
  small: { fontSize: 8 },
  lead: { fontSize: 11, lineHeight: 1.35 },
  note: { italics: true, color: palette.muted },
  caption: { fontSize: 8, italics: true, color: palette.muted, margin: [0, 0, 0, 4] },
  numeric: { alignment: "right" },
  center: { alignment: "center" },
  nowrap: { noWrap: true },

  subtitle: { fontSize: 11, color: palette.muted, margin: [0, -6, 0, 4] },
  meta: { fontSize: 8.5, color: palette.muted, margin: [0, 0, 0, 6] },
  // Not justified: pdfmake spreads the slack after every hyphen and dash too ("state- run").
  body: { alignment: "left" },
  legend: { fontSize: 7.5, italics: true, color: palette.muted, margin: [0, 2, 0, 6] },
  source: { fontSize: 7.5, color: palette.muted, margin: [0, 6, 0, 0] },
  credit: { fontSize: 8.5, margin: [0, 0, 0, 4] },
  "cell-item": { margin: [0, 0, 0, 3] },
  "in-period": { fillColor: palette.highlight, bold: true },
  status: {},
  notation: { alignment: "center" },
  country: { bold: true },
  subheading: { bold: false, fontSize: 6.5, color: palette.muted },
  "row-label": { fontSize: 7, bold: true, color: palette.navy },
  figure: { alignment: "right", bold: true, fontSize: 9.5 },
  term: { bold: true },

  brief: {},
  conventions: { fontSize: 7 },
  peacekeeping: { fontSize: 7, lineHeight: 1.1 },
  organizations: { fontSize: 7.5 },
  glossary: { fontSize: 8.5 },
  staff: { fontSize: 8.5 },
  changes: { fontSize: 8.5 },
} as const satisfies Record<string, PdfStyle>;

const hairlineLayout = {
  hLineWidth: (row, node) =>
    row === 0 || row === node.table.body.length ? 0.8 : row === node.table.headerRows ? 0.8 : 0.4,
  vLineWidth: () => 0,
  hLineColor: (row, node) =>
    row === 0 || row === node.table.body.length || row === node.table.headerRows ? palette.rule : palette.hairline,
  paddingLeft: (column) => (column === 0 ? 2 : 5),
  paddingRight: (column, node) => (column === (node.table.widths?.length ?? 1) - 1 ? 2 : 5),
  paddingTop: () => 3,
  paddingBottom: () => 3,
} as const satisfies PdfTableLayout;

/** Table looks a template picks with a class on <table>; "rules" is the default. */
export const tableLayouts = {
  rules: {
    ...hairlineLayout,
    fillColor: (row, node) => (row < node.table.headerRows ? palette.headerFill : null),
  },
  zebra: {
    ...hairlineLayout,
    fillColor: (row, node) =>
      row < node.table.headerRows
        ? palette.headerFill
        : (row - node.table.headerRows) % 2 === 1
          ? palette.zebraFill
          : null,
  },
} as const satisfies Record<string, PdfTableLayout>;

export type ClassName = keyof typeof classStyles;
export type TableLayoutName = keyof typeof tableLayouts;

export function isClassName(name: string): name is ClassName {
  return Object.hasOwn(classStyles, name);
}

export function isTableLayoutName(name: string): name is TableLayoutName {
  return Object.hasOwn(tableLayouts, name);
}

/** pdfmake's `styles` dictionary: element styles and class styles share one namespace. */
export const styles: Readonly<Record<string, PdfStyle>> = { ...elementStyles, ...classStyles };
