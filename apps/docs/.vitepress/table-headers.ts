import type { MarkdownRenderer } from "vitepress";
// Written by the data pages' `table(…, { rowHeaders: true })` just above a table.
import { ROW_HEADERS_MARK } from "../scripts/pages/markdown.mjs";

/**
 * Table headers a screen reader announces (WCAG 1.3.1): every header cell of a Markdown table
 * gets scope="col", and in a table marked with ROW_HEADERS_MARK the first cell of each body row
 * becomes <th scope="row"> (the country, instrument or term that row is about).
 */
export function tableHeaders(md: MarkdownRenderer): void {
  md.core.ruler.push("table-headers", (state) => {
    const tokens = state.tokens;
    let rowHeaders = false;
    let firstCell = false;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (
        token.type === "html_block" &&
        token.content.trim() === ROW_HEADERS_MARK &&
        tokens[i + 1]?.type === "table_open"
      ) {
        rowHeaders = true;
        tokens.splice(i--, 1);
      } else if (token.type === "table_close") {
        rowHeaders = false;
      } else if (token.type === "th_open") {
        token.attrSet("scope", "col");
      } else if (token.type === "tbody_open" || token.type === "tr_open") {
        firstCell = true;
      } else if (token.type === "td_open" && rowHeaders && firstCell) {
        token.type = "th_open";
        token.tag = "th";
        token.attrSet("scope", "row");
        const close = tokens.slice(i).findIndex((t) => t.type === "td_close");
        const closing = tokens[i + close]!;
        closing.type = "th_close";
        closing.tag = "th";
        firstCell = false;
      } else if (token.type === "td_open") {
        firstCell = false;
      }
    }
  });
}
