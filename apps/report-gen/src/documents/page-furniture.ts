import type { PdfContent, PdfPageFurniture } from "../markup/pdf-content.js";
import { palette } from "../markup/stylesheet.js";
import { PAGINATION } from "@tip/pdf-engine";

/** Left, top, right, bottom, in points: ¾ inch at the sides, room for header and footer. */
export const pageMargins = [54, 66, 54, 62] as const;

const [left, , right] = pageMargins;

/** Running header above a hairline; left off the first page, where the title stands. */
export function runningHeader(text: string): PdfPageFurniture {
  return (currentPage, _pageCount, pageSize) => {
    if (currentPage === 1) return null;
    const ruleWidth = pageSize.width - left - right;
    const header: PdfContent[] = [
      { text: [{ text, tag: PAGINATION }], style: "pageHeader", margin: [left, 34, right, 4] },
      {
        canvas: [
          { type: "line", x1: left, y1: 0, x2: left + ruleWidth, y2: 0, lineWidth: 0.5, lineColor: palette.rule },
        ],
      },
    ];
    return { stack: header };
  };
}

/** Footer text on the left, "Page N of M" on the right, on every page. */
export function runningFooter(text: string): PdfPageFurniture {
  return (currentPage, pageCount) => ({
    columns: [
      { text: [{ text, tag: PAGINATION }], style: "pageFooter", width: "*" },
      {
        text: [{ text: `Page ${currentPage} of ${pageCount}`, tag: PAGINATION }],
        style: "pageFooter",
        alignment: "right",
        width: "auto",
      },
    ],
    columnGap: 12,
    margin: [left, 26, right, 0],
  });
}
