/**
 * The subset of pdfmake 0.3's document definition this app produces (pdfmake ships
 * no types for 0.3). Written from pdfmake's src/DocMeasure.js and LayoutBuilder.js.
 */

import type { ContentTag, PdfNodeInfo, PdfNodeQueries, StructureNode } from "@tip/pdf-engine";

export type PdfMargins = number | readonly [number, number] | readonly [number, number, number, number];
export type PdfOrientation = "portrait" | "landscape";
export type PdfAlignment = "left" | "right" | "center" | "justify";

export interface PdfStyle {
  readonly font?: string;
  readonly fontSize?: number;
  readonly lineHeight?: number;
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly color?: string;
  readonly alignment?: PdfAlignment;
  readonly decoration?: "underline" | "lineThrough" | "overline";
  readonly decorationColor?: string;
  readonly characterSpacing?: number;
  readonly noWrap?: boolean;
  readonly margin?: PdfMargins;
  readonly fillColor?: string;
}

export type PdfStyleRef = string | readonly string[];

/** A run of text inside a paragraph. */
export interface PdfInline {
  readonly text: string;
  readonly style?: PdfStyleRef;
  readonly link?: string;
  /** The structure element (or artifact) these words belong to: the engine marks their content with it. */
  readonly tag?: ContentTag;
}

interface PdfNode {
  readonly style?: PdfStyleRef;
  readonly margin?: PdfMargins;
  readonly alignment?: PdfAlignment;
  readonly pageBreak?: "before" | "after";
  readonly pageOrientation?: PdfOrientation;
  readonly unbreakable?: boolean;
  readonly colSpan?: number;
  readonly rowSpan?: number;
  /** A list item's label element: its bullet or number is marked as the label's content. */
  readonly lbl?: StructureNode;
}

export interface PdfText extends PdfNode {
  readonly text: string | readonly PdfInline[];
  readonly fontSize?: number;
  readonly color?: string;
  readonly bold?: boolean;
  readonly id?: string;
  readonly outline?: boolean;
  readonly outlineText?: string;
  readonly outlineParentId?: string;
  readonly tocItem?: boolean;
  readonly tocStyle?: PdfStyleRef;
  readonly tocMargin?: PdfMargins;
  readonly headlineLevel?: number;
}

export interface PdfStack extends PdfNode {
  readonly stack: readonly PdfContent[];
}

export interface PdfColumns extends PdfNode {
  readonly columns: readonly (PdfContent & { readonly width?: number | "auto" | "*" })[];
  readonly columnGap?: number;
}

export interface PdfBulletList extends PdfNode {
  readonly ul: readonly PdfContent[];
}

export interface PdfNumberedList extends PdfNode {
  readonly ol: readonly PdfContent[];
}

export type PdfColumnWidth = number | "auto" | "*" | `${number}%`;

/** pdfmake's table layout callbacks, by row or column index. */
export interface PdfTableLayout {
  readonly hLineWidth?: (row: number, node: PdfTableNode) => number;
  readonly vLineWidth?: (column: number, node: PdfTableNode) => number;
  readonly hLineColor?: (row: number, node: PdfTableNode) => string;
  readonly vLineColor?: (column: number, node: PdfTableNode) => string;
  readonly fillColor?: (row: number, node: PdfTableNode, column: number) => string | null;
  readonly paddingLeft?: (column: number, node: PdfTableNode) => number;
  readonly paddingRight?: (column: number, node: PdfTableNode) => number;
  readonly paddingTop?: (row: number, node: PdfTableNode) => number;
  readonly paddingBottom?: (row: number, node: PdfTableNode) => number;
}

export interface PdfTableNode {
  readonly table: {
    readonly body: readonly (readonly PdfContent[])[];
    readonly headerRows: number;
    readonly widths?: readonly PdfColumnWidth[];
  };
}

export interface PdfTable extends PdfNode {
  readonly table: {
    readonly body: readonly (readonly PdfContent[])[];
    readonly headerRows: number;
    readonly widths: readonly PdfColumnWidth[];
    readonly dontBreakRows: boolean;
    readonly keepWithHeaderRows: number;
  };
  readonly layout: PdfTableLayout;
}

export interface PdfSvg extends PdfNode {
  readonly svg: string;
  readonly width?: number;
  /** The Figure element the drawing is. */
  readonly tag?: StructureNode;
}

export interface PdfToc extends PdfNode {
  readonly toc: {
    /** The TOC element its entries go in. */
    readonly tag?: StructureNode;
    readonly title?: PdfText;
    readonly textStyle?: PdfStyleRef;
    readonly numberStyle?: PdfStyleRef;
  };
}

export interface PdfCanvas extends PdfNode {
  readonly canvas: readonly {
    readonly type: "line";
    readonly x1: number;
    readonly y1: number;
    readonly x2: number;
    readonly y2: number;
    readonly lineWidth: number;
    readonly lineColor: string;
  }[];
}

export type PdfContent =
  | string
  | PdfText
  | PdfStack
  | PdfColumns
  | PdfBulletList
  | PdfNumberedList
  | PdfTable
  | PdfSvg
  | PdfToc
  | PdfCanvas;

export interface PdfPageSize {
  readonly width: number;
  readonly height: number;
}

/** Called by pdfmake for every page; pages are 1-based. */
export type PdfPageFurniture = (currentPage: number, pageCount: number, pageSize: PdfPageSize) => PdfContent | null;

export interface PdfInfo {
  readonly title: string;
  readonly subject?: string;
  readonly author?: string;
  readonly keywords?: string;
  readonly creator?: string;
  readonly producer?: string;
  readonly creationDate: Date;
  readonly modDate: Date;
}

export type PdfPageSizeName = "LETTER" | "A4" | "LEGAL";

/** A file carried inside the PDF (PDF/A-3 associated file). */
export interface PdfEmbeddedFile {
  /** A data: URL with its MIME type, e.g. data:application/json;base64,… */
  readonly src: string;
  readonly name: string;
  readonly description?: string;
  /** How the file relates to the document (/AFRelationship). */
  readonly relationship: "Data" | "Source" | "Alternative" | "Supplement" | "Unspecified";
  readonly type: string;
  readonly creationDate: Date;
  readonly modifiedDate: Date;
}

export interface PdfDocumentDefinition {
  readonly content: readonly PdfContent[];
  /** "1.7": the version PDF/A-2 and PDF/A-3 build on. */
  readonly version?: "1.7";
  readonly subset?: "PDF/A-3a";
  readonly tagged?: boolean;
  readonly displayTitle?: boolean;
  readonly files?: Readonly<Record<string, PdfEmbeddedFile>>;
  readonly styles: Readonly<Record<string, PdfStyle>>;
  readonly defaultStyle: PdfStyle;
  readonly pageSize: PdfPageSizeName;
  readonly pageOrientation: PdfOrientation;
  readonly pageMargins: PdfMargins;
  readonly info: PdfInfo;
  readonly language: string;
  readonly header?: PdfPageFurniture;
  readonly footer?: PdfPageFurniture;
  readonly pageBreakBefore?: (node: PdfNodeInfo, pages: PdfNodeQueries) => boolean;
}

// What pdfmake tells `pageBreakBefore`: the engine, which answers it, owns the types.
export type { PdfNodeInfo, PdfNodeQueries } from "@tip/pdf-engine";
