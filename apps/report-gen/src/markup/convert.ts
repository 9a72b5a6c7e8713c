import type { MarkupError } from "../document-error.js";
import { StructureNode } from "@tip/pdf-engine";
import type { MarkupElement, MarkupNode, MarkupDocument, MarkupLocation } from "./ast.js";
import { elements } from "./elements.js";
import { collapseWhitespace, plainText, type TextRun } from "./inline-text.js";
import type { PdfContent, PdfInline, PdfOrientation, PdfSvg, PdfText } from "./pdf-content.js";
import { classStyles, isClassName, isTableLayoutName, tableLayouts, type TableLayoutName } from "./stylesheet.js";
import { convertTable } from "./table.js";

/** A chart the caller draws: its SVG and the text alternative the same view code writes. */
export interface ChartDrawing {
  readonly svg: string;
  readonly alt: string;
}

export interface ConvertOptions {
  /** Charts a `<chart ref="…">` may name, drawn by the caller: SVG with its text alternative (or bare SVG, when the markup gives `alt`). */
  readonly charts: Readonly<Record<string, string | ChartDrawing>>;
}

export interface ConvertedMarkup {
  readonly content: PdfContent[];
  readonly errors: MarkupError[];
  /** The document's logical structure, in reading order; the content's pieces point into it. */
  readonly structure: StructureNode;
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
  const topScope = (): OutlineScope => ({
    sectionId: undefined,
    anchor: undefined,
    anchorTaken: false,
    h1Id: undefined,
  });
  const scopes: OutlineScope[] = [topScope()];
  let outlineCount = 0;
  let tocSeen = false;
  const scope = (): OutlineScope => scopes[scopes.length - 1] ?? topScope();
  /** The level of the last heading, for the rule that no level is skipped. */
  let headingLevel = 0;
  const nextOutlineId = () => `outline-${++outlineCount}`;

  const classes = (element: MarkupElement, allowLayouts = false): string[] => {
    const attribute = element.attributes["class"];
    if (attribute === undefined) return [];
    const names = attribute.value.split(/[ \t\n\r\f]+/).filter(Boolean);
    return names.filter((name) => {
      if (isClassName(name) || (allowLayouts && isTableLayoutName(name))) return true;
      const known = [...Object.keys(classStyles), ...(allowLayouts ? Object.keys(tableLayouts) : [])];
      report(
        attribute,
        "markup/unknown-class",
        `unknown class "${name}" on <${element.name}>`,
        `classes are defined in src/markup/stylesheet.ts: ${known.join(", ")}`,
      );
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
    report(
      attribute,
      "markup/unsafe-link",
      `link target "${attribute.value}" is not an http, https or mailto URL`,
      "links must be absolute, e.g. https://www.state.gov/trafficking-in-persons-report/",
    );
    return undefined;
  };

  /** `tag` gives the element the text belongs to, made when first needed (a paragraph is known only once it has text). */
  const runsOf = (
    nodes: readonly MarkupNode[],
    style: readonly string[],
    link: string | undefined,
    runs: TextRun[],
    tag: () => StructureNode,
  ) => {
    for (const node of nodes) {
      if (node.kind === "text") {
        runs.push({ kind: "text", text: node.text, style, tag: tag(), ...(link === undefined ? {} : { link }) });
        continue;
      }
      switch (node.name) {
        case "br":
          runs.push({ kind: "break" });
          break;
        case "a": {
          const target = href(node) ?? link;
          // A link in a link is one link: its words join the outer one.
          let element: StructureNode | undefined;
          const linkTag =
            target === undefined || target === link
              ? tag
              : () => (element ??= new StructureNode("Link", tag(), { href: target }));
          runsOf(node.children, [...style, "link", ...classes(node)], target, runs, linkTag);
          break;
        }
        case "em":
        case "strong":
        case "footnote":
          runsOf(node.children, [...style, node.name, ...classes(node)], link, runs, tag);
          break;
        default:
          runsOf(node.children, [...style, ...classes(node)], link, runs, tag);
      }
    }
    return runs;
  };

  const inlines = (element: MarkupElement, tag: StructureNode): PdfInline[] =>
    tagged(collapseWhitespace(runsOf(element.children, [], undefined, [], () => tag)), tag);

  /** `textTag`: what inline text is tagged with instead of a paragraph of its own (a cell of text alone). */
  const flow = (nodes: readonly MarkupNode[], parent: StructureNode, textTag?: StructureNode): PdfContent[] => {
    const out: (PdfContent | typeof pageBreak)[] = [];
    let runs: TextRun[] = [];
    // Inline text between blocks is a paragraph of its own.
    let paragraph: StructureNode | undefined;
    const paragraphTag = () => (paragraph ??= textTag ?? new StructureNode("P", parent));
    const flushRuns = () => {
      const text = collapseWhitespace(runs);
      runs = [];
      if (text.length > 0) out.push({ text: tagged(text, paragraphTag()) });
      else if (paragraph !== undefined && paragraph !== textTag) parent.kids.splice(parent.kids.indexOf(paragraph), 1);
      paragraph = undefined;
    };
    for (const node of nodes) {
      const inline =
        node.kind === "text" ||
        elements[node.name].placement === "inline" ||
        (node.name === "footnote" && runs.some((run) => run.kind === "text" && run.text.trim() !== ""));
      if (inline) {
        runsOf([node], [], undefined, runs, paragraphTag);
      } else {
        flushRuns();
        if (node.name === "page-break") out.push(pageBreak);
        else out.push(...block(node, parent));
      }
    }
    flushRuns();
    return breakBeforeNext(out);
  };

  const heading = (element: MarkupElement, level: 1 | 2 | 3, container: StructureNode): PdfText => {
    if (level > headingLevel + 1) {
      report(
        element,
        "markup/heading-level",
        headingLevel === 0
          ? `the first heading is <h${level}>, not <h1>`
          : `<h${level}> follows <h${headingLevel}>, skipping a level`,
        `a screen reader's list of headings needs every level in turn: use <h${headingLevel + 1}> here, or add the missing heading before it`,
      );
    }
    headingLevel = level;
    const text = inlines(element, new StructureNode(`H${level}`, container));
    const node: PdfText = { text, style: [element.name, ...classes(element)], headlineLevel: level };
    const title = plainText(text);
    if (level === 3 || title === "") return node;
    const current = scope();
    const parent = level === 1 ? current.sectionId : (current.h1Id ?? current.sectionId);
    const tocEntry = hasToc
      ? { tocItem: true, ...(level === 2 ? { tocStyle: "tocEntryMinor", tocMargin: [12, 2, 0, 0] as const } : {}) }
      : {};
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

  const section = (element: MarkupElement, parent: StructureNode): PdfContent[] => {
    const title = element.attributes["title"];
    const orientation = element.attributes["orientation"];
    let pageOrientation: PdfOrientation | undefined;
    if (orientation !== undefined) {
      if (orientation.value === "landscape" || orientation.value === "portrait") pageOrientation = orientation.value;
      else
        report(
          orientation,
          "markup/invalid-attribute",
          `orientation="${orientation.value}" is not landscape or portrait`,
          'write orientation="landscape" or orientation="portrait"',
        );
    }
    const outer = scope();
    const anchor: PdfText[] = [];
    let sectionId = outer.sectionId;
    if (title !== undefined && title.value.trim() === "") {
      report(
        title,
        "markup/invalid-attribute",
        "section title is empty",
        "give the section a title for the bookmarks, or drop the attribute",
      );
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
    const sect = new StructureNode(
      "Sect",
      parent,
      title === undefined || title.value.trim() === "" ? {} : { title: title.value.trim() },
    );
    const content = flow(element.children, sect);
    scopes.pop();
    const stack = [...(inner.anchorTaken ? [] : anchor), ...content];
    return [pageOrientation === undefined ? { stack } : { stack, pageBreak: "before", pageOrientation }];
  };

  const chart = (element: MarkupElement, parent: StructureNode): PdfSvg[] => {
    const ref = element.attributes["ref"];
    if (ref === undefined) return [];
    const drawing = Object.hasOwn(options.charts, ref.value) ? options.charts[ref.value] : undefined;
    if (drawing === undefined) {
      const known = Object.keys(options.charts);
      report(
        ref,
        "markup/unknown-chart",
        `no chart is named "${ref.value}"`,
        known.length ? `charts available here: ${known.join(", ")}` : "this document is given no charts",
      );
      return [];
    }
    const svg = typeof drawing === "string" ? drawing : drawing.svg;
    const given = element.attributes["alt"];
    const alt = (given?.value ?? (typeof drawing === "string" ? "" : drawing.alt)).replace(/\s+/g, " ").trim();
    if (alt === "") {
      report(
        given ?? element,
        "markup/missing-alternative",
        `chart "${ref.value}" has no text alternative`,
        'a screen reader reads the alternative instead of the drawing: write alt="what the chart shows", or supply the chart with its alternative',
      );
      return [];
    }
    const tag = new StructureNode("Figure", parent, { alt });
    const width = element.attributes["width"];
    if (width === undefined) return [{ svg, style: "chart", tag }];
    const points = Number(width.value);
    if (!(points > 0 && points < 2000)) {
      report(
        width,
        "markup/invalid-attribute",
        `width="${width.value}" is not a width in points`,
        'write e.g. width="400"',
      );
      return [{ svg, style: "chart", tag }];
    }
    return [{ svg, style: "chart", width: points, tag }];
  };

  const cellContent = (
    cell: MarkupElement,
    header: boolean,
    rowClasses: readonly string[],
    tag: StructureNode,
  ): PdfContent => {
    const style = [header ? "tableHeader" : "tableCell", ...rowClasses, ...classes(cell)];
    // A cell of text alone holds its text itself (TD "…", as a browser tags <td>text</td>), not in a
    // paragraph of its own; a cell with blocks (paragraphs, lists, a footnote block) holds them.
    const textOnly = cell.children.every((node) => node.kind === "text" || elements[node.name].placement === "inline");
    const content = flow(cell.children, tag, textOnly ? tag : undefined);
    const only = loneUnstyledText(content);
    if (only !== undefined) return { ...only, style };
    return content.length === 0 ? { text: "", style } : { stack: content, style };
  };

  const table = (element: MarkupElement, parent: StructureNode): PdfContent[] => {
    const names = classes(element, true);
    const layoutName: TableLayoutName = names.find(isTableLayoutName) ?? "rules";
    const style = ["table", ...names.filter((name) => !isTableLayoutName(name))];
    const tag = new StructureNode("Table", parent);
    const converted = convertTable(element, tableLayouts[layoutName], style, tag, {
      cell: cellContent,
      classes: (row) => classes(row),
      report,
    });
    if (converted === null) parent.kids.splice(parent.kids.indexOf(tag), 1);
    return converted === null ? [] : [converted];
  };

  const withStyle = (element: MarkupElement, base: string[]) => {
    const style = [...base, ...classes(element)];
    return style.length > 0 ? { style } : {};
  };

  const listItems = (element: MarkupElement, list: StructureNode): PdfContent[] =>
    element.children.flatMap((item): PdfContent[] => {
      if (item.kind !== "element") return [];
      const li = new StructureNode("LI", list);
      const lbl = new StructureNode("Lbl", li);
      const content = flow(item.children, new StructureNode("LBody", li));
      const only = loneUnstyledText(content);
      const style = withStyle(item, ["listItem"]);
      if (only !== undefined) return [{ ...only, ...style, lbl }];
      return [{ stack: content, ...style, lbl }];
    });

  function block(element: MarkupElement, parent: StructureNode): PdfContent[] {
    switch (element.name) {
      case "h1":
        return [heading(element, 1, parent)];
      case "h2":
        return [heading(element, 2, parent)];
      case "h3":
        return [heading(element, 3, parent)];
      case "p":
        return [{ text: inlines(element, new StructureNode("P", parent)), ...withStyle(element, ["p"]) }];
      case "footnote":
        return [{ text: inlines(element, new StructureNode("P", parent)), ...withStyle(element, ["footnote"]) }];
      case "div":
        return [{ stack: flow(element.children, new StructureNode("Div", parent)), ...withStyle(element, []) }];
      case "ul":
        return [
          {
            ul: listItems(element, new StructureNode("L", parent, { listNumbering: "Disc" })),
            ...withStyle(element, ["list"]),
          },
        ];
      case "ol":
        return [
          {
            ol: listItems(element, new StructureNode("L", parent, { listNumbering: "Decimal" })),
            ...withStyle(element, ["list"]),
          },
        ];
      case "table":
        return table(element, parent);
      case "section":
        return section(element, parent);
      case "page-break":
        return breakBeforeNext([pageBreak]);
      case "toc": {
        if (tocSeen) {
          report(element, "markup/duplicate-toc", "a document has one table of contents", "remove this <toc/>");
          return [];
        }
        tocSeen = true;
        const title = element.attributes["title"]?.value ?? "Contents";
        const tag = new StructureNode("TOC", parent);
        const heading = new StructureNode("Caption", tag);
        return [
          {
            toc: {
              tag,
              title: { text: [{ text: title, tag: heading }], style: "tocTitle" },
              textStyle: "tocEntry",
              numberStyle: "tocNumber",
            },
          },
        ];
      }
      case "chart":
        return chart(element, parent);
      default:
        // Inline elements reach here only through a bug in the content model; keep their text.
        return [{ text: inlines(element, new StructureNode("P", parent)) }];
    }
  }

  const structure = new StructureNode("Document", null);
  return { content: flow(document.children, structure), errors, structure };
}

/** Every piece gets an element: line breaks and spaces belong to the element around them. A link learns its words. */
/** The one text node `content` is, when it is nothing else and has no style of its own: it can take its container's. */
function loneUnstyledText(content: readonly PdfContent[]) {
  const only = content[0];
  return content.length === 1 &&
    only !== undefined &&
    typeof only !== "string" &&
    "text" in only &&
    only.style === undefined
    ? only
    : undefined;
}

function tagged(inlines: PdfInline[], tag: StructureNode): PdfInline[] {
  return inlines.map((inline, i) => {
    // A line break inside a link belongs to the paragraph; the link's words either side of it are apart.
    if (inline.tag instanceof StructureNode && inline.tag.role === "Link")
      inline.tag.linkText = `${inline.tag.linkText ?? ""}${inlines[i - 1]?.text === "\n" ? " " : ""}${inline.text}`;
    return inline.tag === undefined ? { ...inline, tag } : inline;
  });
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
