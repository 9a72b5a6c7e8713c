import type { MarkupError } from "../document-error.js";
import type { MarkupElement, MarkupNode, MarkupDocument, MarkupLocation } from "./ast.js";
import { elements } from "./elements.js";
import { collapseWhitespace, plainText, type TextRun } from "./inline-text.js";
import type { PdfContent, PdfInline, PdfOrientation, PdfSvg, PdfText } from "./pdf-content.js";
import { classStyles, isClassName, isTableLayoutName, tableLayouts, type TableLayoutName } from "./stylesheet.js";
import { convertTable } from "./table.js";

export interface ConvertOptions {
  /** SVG documents a `<chart ref="…">` may name, drawn by the caller. */
  readonly charts: Readonly<Record<string, string>>;
}

export interface ConvertedMarkup {
  readonly content: PdfContent[];
  readonly errors: MarkupError[];
}

/** Bookmark nesting: sections hold h1s, h1s hold h2s. */
interface OutlineScope {
  readonly sectionId: string | undefined;
  /** The section's bookmark, until a heading that repeats its title takes it over. */
  anchor: PdfText | undefined;
  anchorTaken: boolean;
  h1Id: string | undefined;
}

const linkSchemes = new Set(["http:", "https:", "mailto:"]);

/** Builds pdfmake content from parsed markup; values that cannot be used are reported, never thrown. */
export function convertMarkup(document: MarkupDocument, options: ConvertOptions): ConvertedMarkup {
  const errors: MarkupError[] = [];
  const report = (at: MarkupLocation, rule: MarkupError["rule"], message: string, hint: string) => {
    errors.push({ file: document.file, line: at.line, column: at.column, rule, message, hint, severity: "error" });
  };
  const hasToc = contains(document.children, "toc");
  const topScope = (): OutlineScope => ({ sectionId: undefined, anchor: undefined, anchorTaken: false, h1Id: undefined });
  const scopes: OutlineScope[] = [topScope()];
  let outlineCount = 0;
  let tocSeen = false;
  const scope = (): OutlineScope => scopes[scopes.length - 1] ?? topScope();
  const nextOutlineId = () => `outline-${++outlineCount}`;

  const classes = (element: MarkupElement, allowLayouts = false): string[] => {
    const attribute = element.attributes["class"];
    if (attribute === undefined) return [];
    const names = attribute.value.split(/[ \t\n\r\f]+/).filter(Boolean);
    return names.filter((name) => {
      if (isClassName(name) || (allowLayouts && isTableLayoutName(name))) return true;
      const known = [...Object.keys(classStyles), ...(allowLayouts ? Object.keys(tableLayouts) : [])];
      report(attribute, "markup/unknown-class", `unknown class "${name}" on <${element.name}>`, `classes are defined in src/markup/stylesheet.ts: ${known.join(", ")}`);
      return false;
    });
  };

  const href = (element: MarkupElement): string | undefined => {
    const attribute = element.attributes["href"];
    if (attribute === undefined) return undefined;
    let scheme = "";
    try {
      scheme = new URL(attribute.value).protocol;
    } catch {
      scheme = "";
    }
    if (linkSchemes.has(scheme)) return attribute.value;
    report(attribute, "markup/unsafe-link", `link target "${attribute.value}" is not an http, https or mailto URL`, "links must be absolute, e.g. https://www.state.gov/trafficking-in-persons-report/");
    return undefined;
  };

  const runsOf = (nodes: readonly MarkupNode[], style: readonly string[], link: string | undefined, runs: TextRun[]) => {
    for (const node of nodes) {
      if (node.kind === "text") {
        runs.push(link === undefined ? { kind: "text", text: node.text, style } : { kind: "text", text: node.text, style, link });
        continue;
      }
      switch (node.name) {
        case "br":
          runs.push({ kind: "break" });
          break;
        case "a":
          runsOf(node.children, [...style, "link", ...classes(node)], href(node) ?? link, runs);
          break;
        case "em":
        case "strong":
        case "footnote":
          runsOf(node.children, [...style, node.name, ...classes(node)], link, runs);
          break;
        default:
          runsOf(node.children, [...style, ...classes(node)], link, runs);
      }
    }
    return runs;
  };

  const inlines = (element: MarkupElement): PdfInline[] => collapseWhitespace(runsOf(element.children, [], undefined, []));

  const flow = (nodes: readonly MarkupNode[]): PdfContent[] => {
    const out: (PdfContent | typeof pageBreak)[] = [];
    let runs: TextRun[] = [];
    const flushRuns = () => {
      const text = collapseWhitespace(runs);
      runs = [];
      if (text.length > 0) out.push({ text });
    };
    for (const node of nodes) {
      const inline =
        node.kind === "text" ||
        elements[node.name].placement === "inline" ||
        (node.name === "footnote" && runs.some((run) => run.kind === "text" && run.text.trim() !== ""));
      if (inline) {
        runsOf([node], [], undefined, runs);
      } else {
        flushRuns();
        if (node.name === "page-break") out.push(pageBreak);
        else out.push(...block(node));
      }
    }
    flushRuns();
    return breakBeforeNext(out);
  };

  const heading = (element: MarkupElement, level: 1 | 2 | 3): PdfText => {
    const text = inlines(element);
    const node: PdfText = { text, style: [element.name, ...classes(element)], headlineLevel: level };
    const title = plainText(text);
    if (level === 3 || title === "") return node;
    const current = scope();
    const parent = level === 1 ? current.sectionId : (current.h1Id ?? current.sectionId);
    const tocEntry = hasToc ? { tocItem: true, ...(level === 2 ? { tocStyle: "tocEntryMinor", tocMargin: [12, 2, 0, 0] as const } : {}) } : {};
    // A heading that repeats its section's title carries the section's bookmark (so it points at the
    // heading's page) rather than a second, nested entry of the same name.
    const anchor = current.anchor;
    if (anchor !== undefined && parent === current.sectionId && title === anchor.outlineText) {
      const { text: _empty, ...bookmark } = anchor;
      current.anchor = undefined;
      current.anchorTaken = true;
      if (level === 1) current.h1Id = current.sectionId;
      return { ...node, ...bookmark, ...tocEntry };
    }
    const id = nextOutlineId();
    if (level === 1) current.h1Id = id;
    return {
      ...node,
      id,
      outline: true,
      outlineText: title,
      ...(parent === undefined ? {} : { outlineParentId: parent }),
      ...tocEntry,
    };
  };

  const section = (element: MarkupElement): PdfContent[] => {
    const title = element.attributes["title"];
    const orientation = element.attributes["orientation"];
    let pageOrientation: PdfOrientation | undefined;
    if (orientation !== undefined) {
      if (orientation.value === "landscape" || orientation.value === "portrait") pageOrientation = orientation.value;
      else report(orientation, "markup/invalid-attribute", `orientation="${orientation.value}" is not landscape or portrait`, 'write orientation="landscape" or orientation="portrait"');
    }
    const outer = scope();
    const anchor: PdfText[] = [];
    let sectionId = outer.sectionId;
    if (title !== undefined && title.value.trim() === "") {
      report(title, "markup/invalid-attribute", "section title is empty", "give the section a title for the bookmarks, or drop the attribute");
    } else if (title !== undefined) {
      sectionId = nextOutlineId();
      // pdfmake hangs bookmarks on text lines; an empty line carries the section's.
      anchor.push({
        text: "",
        id: sectionId,
        outline: true,
        outlineText: title.value.trim(),
        ...(outer.sectionId === undefined ? {} : { outlineParentId: outer.sectionId }),
      });
    }
    const inner: OutlineScope = { sectionId, anchor: anchor[0], anchorTaken: false, h1Id: undefined };
    scopes.push(inner);
    const content = flow(element.children);
    scopes.pop();
    const stack = [...(inner.anchorTaken ? [] : anchor), ...content];
    return [pageOrientation === undefined ? { stack } : { stack, pageBreak: "before", pageOrientation }];
  };

  const chart = (element: MarkupElement): PdfSvg[] => {
    const ref = element.attributes["ref"];
    if (ref === undefined) return [];
    const svg = Object.hasOwn(options.charts, ref.value) ? options.charts[ref.value] : undefined;
    if (svg === undefined) {
      const known = Object.keys(options.charts);
      report(ref, "markup/unknown-chart", `no chart is named "${ref.value}"`, known.length ? `charts available here: ${known.join(", ")}` : "this document is given no charts");
      return [];
    }
    const width = element.attributes["width"];
    if (width === undefined) return [{ svg, style: "chart" }];
    const points = Number(width.value);
    if (!(points > 0 && points < 2000)) {
      report(width, "markup/invalid-attribute", `width="${width.value}" is not a width in points`, 'write e.g. width="400"');
      return [{ svg, style: "chart" }];
    }
    return [{ svg, style: "chart", width: points }];
  };

  const cellContent = (cell: MarkupElement, header: boolean, rowClasses: readonly string[]): PdfContent => {
    const style = [header ? "tableHeader" : "tableCell", ...rowClasses, ...classes(cell)];
    const content = flow(cell.children);
    const only = content[0];
    if (content.length === 1 && only !== undefined && typeof only !== "string" && "text" in only && only.style === undefined) {
      return { ...only, style };
    }
    return content.length === 0 ? { text: "", style } : { stack: content, style };
  };

  const table = (element: MarkupElement): PdfContent[] => {
    const names = classes(element, true);
    const layoutName: TableLayoutName = names.find(isTableLayoutName) ?? "rules";
    const style = ["table", ...names.filter((name) => !isTableLayoutName(name))];
    const converted = convertTable(element, tableLayouts[layoutName], style, {
      cell: cellContent,
      classes: (row) => classes(row),
      report,
    });
    return converted === null ? [] : [converted];
  };

  const withStyle = (element: MarkupElement, base: string[]) => {
    const style = [...base, ...classes(element)];
    return style.length > 0 ? { style } : {};
  };

  const listItems = (element: MarkupElement): PdfContent[] =>
    element.children.flatMap((item): PdfContent[] => {
      if (item.kind !== "element") return [];
      const content = flow(item.children);
      const only = content[0];
      const style = withStyle(item, ["listItem"]);
      if (content.length === 1 && only !== undefined && typeof only !== "string" && "text" in only && only.style === undefined) {
        return [{ ...only, ...style }];
      }
      return [{ stack: content, ...style }];
    });

  function block(element: MarkupElement): PdfContent[] {
    switch (element.name) {
      case "h1":
        return [heading(element, 1)];
      case "h2":
        return [heading(element, 2)];
      case "h3":
        return [heading(element, 3)];
      case "p":
        return [{ text: inlines(element), ...withStyle(element, ["p"]) }];
      case "footnote":
        return [{ text: inlines(element), ...withStyle(element, ["footnote"]) }];
      case "div":
        return [{ stack: flow(element.children), ...withStyle(element, []) }];
      case "ul":
        return [{ ul: listItems(element), ...withStyle(element, ["list"]) }];
      case "ol":
        return [{ ol: listItems(element), ...withStyle(element, ["list"]) }];
      case "table":
        return table(element);
      case "section":
        return section(element);
      case "page-break":
        return breakBeforeNext([pageBreak]);
      case "toc": {
        if (tocSeen) {
          report(element, "markup/duplicate-toc", "a document has one table of contents", "remove this <toc/>");
          return [];
        }
        tocSeen = true;
        const title = element.attributes["title"]?.value ?? "Contents";
        return [{ toc: { title: { text: title, style: "tocTitle" }, textStyle: "tocEntry", numberStyle: "tocNumber" } }];
      }
      case "chart":
        return chart(element);
      default:
        // Inline elements reach here only through a bug in the content model; keep their text.
        return [{ text: inlines(element) }];
    }
  }

  return { content: flow(document.children), errors };
}

const pageBreak = Symbol("page-break");

/**
 * A page break becomes `pageBreak: "before"` on what follows it, so pdfmake (and the rule
 * keeping headings with what follows) sees the forced break on a real node.
 */
function breakBeforeNext(items: readonly (PdfContent | typeof pageBreak)[]): PdfContent[] {
  const out: PdfContent[] = [];
  let pending = false;
  for (const item of items) {
    if (item === pageBreak) {
      pending = true;
    } else if (pending) {
      out.push(typeof item === "string" ? { text: item, pageBreak: "before" } : { ...item, pageBreak: "before" });
      pending = false;
    } else {
      out.push(item);
    }
  }
  // Nothing follows in this block: an empty line that breaks after itself.
  if (pending) out.push({ text: "", pageBreak: "after" });
  return out;
}

function contains(nodes: readonly MarkupNode[], name: string): boolean {
  return nodes.some((node) => node.kind === "element" && (node.name === name || contains(node.children, name)));
}
