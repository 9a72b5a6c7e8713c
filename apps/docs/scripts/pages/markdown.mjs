// @ts-check
// Markdown for values that come from the data: every value is escaped, so a published
// "*", "|", "<" or "{{" prints as itself instead of turning into markup or a Vue binding.
import { linkHref, parseInline } from "@tip/domain";

/** Marks a table whose first column heads its rows; .vitepress/table-headers.ts turns it into th scope=row. */
export const ROW_HEADERS_MARK = "<!-- row-headers -->";

/** Plain text safe anywhere in a Markdown line, table cells included. */
export function text(/** @type {string | number} */ value) {
  return String(value)
    .replace(/\r?\n/g, " ")
    .replace(/[\\`*_[\]<>|#~!{}]/g, (ch) => `\\${ch}`)
    .replace(/&/g, "&amp;");
}

/** Text for an HTML attribute or element written by hand in a page. */
export function html(/** @type {string | number} */ value) {
  return String(value)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\{/g, "&#123;")
    .replace(/\}/g, "&#125;");
}

/** A published link: the text as printed ("www.un.org"), linked when it is a web address. */
export function link(/** @type {string} */ url, /** @type {string | undefined} */ label = undefined) {
  const href = linkHref(url);
  const shown = text(url);
  const linked =
    href === undefined
      ? shown
      : `[${shown}](${href.replace(/[()<> ]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)})`;
  return label ? `${linked} (${text(label)})` : linked;
}

/** Running text in the domain's inline notation (`*emphasis*`, `<https://…>`) as Markdown. */
export function inline(/** @type {string} */ source) {
  return parseInline(source)
    .map((span) => {
      const body = span.href === undefined ? text(span.text) : link(span.href);
      return span.emphasis ? `*${body}*` : body;
    })
    .join("");
}

/**
 * A Markdown table: header labels and rows of already-escaped cells. With `rowHeaders`, each row's
 * first cell names the row and is announced as its header (.vitepress/table-headers.ts).
 */
export function table(/** @type {string[]} */ headers, /** @type {string[][]} */ rows, { rowHeaders = false } = {}) {
  const line = (/** @type {string[]} */ cells) => `| ${cells.join(" | ")} |`;
  const lines = [line(headers), line(headers.map(() => "---")), ...rows.map(line)];
  return [...(rowHeaders ? [ROW_HEADERS_MARK] : []), ...lines].join("\n");
}

/** Labelled values as a bullet list ("**Label**: value"), leaving out empty values. */
export function fields(/** @type {[string, string][]} */ pairs) {
  return pairs
    .filter(([, value]) => value !== "")
    .map(([label, value]) => `- **${text(label)}**: ${value}`)
    .join("\n");
}

/** A bullet list of already-escaped items, or the fallback when there are none. */
export function list(/** @type {string[]} */ items, fallback = "N/A") {
  return items.length === 0 ? fallback : items.map((i) => `- ${i}`).join("\n");
}

/** YAML front matter with quoted string values. */
export function frontmatter(/** @type {Record<string, string | number | boolean>} */ fields) {
  const lines = Object.entries(fields).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return `---\n${lines.join("\n")}\n---\n`;
}
