/** The structure tree: standard types, a Document at the top, headings, tables, lists, contents, figures. */
import type { PdfRule, PlacedElement } from "./rule.js";

/** The standard structure types of ISO 32000-1 14.8.4. */
export const STANDARD_TYPES = new Set([
  "Document",
  "Part",
  "Art",
  "Sect",
  "Div",
  "BlockQuote",
  "Caption",
  "TOC",
  "TOCI",
  "Index",
  "NonStruct",
  "Private",
  "H",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "P",
  "L",
  "LI",
  "Lbl",
  "LBody",
  "Table",
  "TR",
  "TH",
  "TD",
  "THead",
  "TBody",
  "TFoot",
  "Span",
  "Quote",
  "Note",
  "Reference",
  "BibEntry",
  "Code",
  "Link",
  "Annot",
  "Ruby",
  "RB",
  "RT",
  "RP",
  "Warichu",
  "WT",
  "WP",
  "Figure",
  "Formula",
  "Form",
]);

const kidsOf = (placed: PlacedElement, all: readonly PlacedElement[]) => all.filter((other) => other.parent === placed);

/** Parent and child rules of ISO 32000-1 tables 333, 336 and 337: which types may hold which. */
const allowedKids: Record<string, readonly string[]> = {
  Table: ["TR", "THead", "TBody", "TFoot", "Caption"],
  THead: ["TR"],
  TBody: ["TR"],
  TFoot: ["TR"],
  TR: ["TH", "TD"],
  L: ["LI", "Caption", "L"],
  LI: ["Lbl", "LBody"],
  TOC: ["TOCI", "TOC", "Caption"],
  // An entry's words (a link among them) go inside a Reference or P, not straight into the TOCI.
  TOCI: ["Lbl", "Reference", "NonStruct", "P", "TOC"],
};
const allowedParents: Record<string, readonly string[]> = {
  TR: ["Table", "THead", "TBody", "TFoot"],
  TH: ["TR"],
  TD: ["TR"],
  THead: ["Table"],
  TBody: ["Table"],
  TFoot: ["Table"],
  LI: ["L"],
  Lbl: ["LI", "TOCI", "BibEntry", "Note"],
  LBody: ["LI"],
  TOCI: ["TOC"],
};

function nesting(group: readonly string[]): PdfRule["check"] {
  return ({ elements }) => {
    const problems: string[] = [];
    for (const placed of elements) {
      const parentRole = placed.parent?.role ?? "(root)";
      const parents = allowedParents[placed.role];
      if (group.includes(placed.role) && parents !== undefined && !parents.includes(parentRole)) {
        problems.push(
          `${placed.path}: <${placed.role}> inside <${parentRole}>; it belongs in ${parents.map((p) => `<${p}>`).join(" or ")}`,
        );
      }
      const kids = allowedKids[placed.role];
      if (group.includes(placed.role) && kids !== undefined) {
        for (const kid of kidsOf(placed, elements)) {
          if (!kids.includes(kid.role))
            problems.push(
              `${kid.path}: <${kid.role}> inside <${placed.role}>, which holds only ${kids.map((k) => `<${k}>`).join(", ")}`,
            );
        }
      }
    }
    return problems;
  };
}

/** Each row's column count with row and column spans taken into account; a regular table has one. */
function rowWidths(table: PlacedElement, elements: readonly PlacedElement[]): number[] {
  const rows: PlacedElement[] = [];
  for (const kid of kidsOf(table, elements)) {
    if (kid.role === "TR") rows.push(kid);
    else if (["THead", "TBody", "TFoot"].includes(kid.role))
      rows.push(...kidsOf(kid, elements).filter((row) => row.role === "TR"));
  }
  const carried: number[] = rows.map(() => 0);
  return rows.map((row, r) => {
    let width = carried[r] ?? 0;
    for (const cell of kidsOf(row, elements)) {
      if (cell.role !== "TH" && cell.role !== "TD") continue;
      const colSpan = Number(cell.element.attributes?.["ColSpan"] ?? 1) || 1;
      const rowSpan = Number(cell.element.attributes?.["RowSpan"] ?? 1) || 1;
      width += colSpan;
      for (let below = 1; below < rowSpan && r + below < rows.length; below++)
        carried[r + below] = (carried[r + below] ?? 0) + colSpan;
    }
    return width;
  });
}

const rules: PdfRule[] = [
  {
    id: "standard-types",
    matterhorn: ["02-001", "02-002"],
    clause: "ISO 14289-1 7.1",
    description: "every structure type is standard or mapped by the RoleMap to a standard type, without cycles",
    check: ({ elements, facts }) => {
      const problems = new Set<string>();
      for (const { element, role } of elements) {
        if (STANDARD_TYPES.has(role)) continue;
        const cyclic = Object.hasOwn(facts.roleMap, element.type) && role === "(cycle)";
        problems.add(
          cyclic
            ? `the RoleMap maps <${element.type}> in a circle`
            : `<${element.type}> is not a standard structure type and the RoleMap does not map it to one`,
        );
      }
      return [...problems];
    },
  },
  {
    id: "document-element",
    matterhorn: [],
    clause: "ISO 32000-1 14.8.4.2",
    description: "the structure tree has one top element, a Document",
    check: ({ facts, elements }) => {
      if (facts.structure === null) return [];
      const top = elements.filter((placed) => placed.parent === null);
      if (top.length === 1 && top[0]!.role === "Document") return [];
      return [
        `the structure tree's top holds ${top.map((t) => `<${t.role}>`).join(", ") || "nothing"}, not one <Document>`,
      ];
    },
  },
  {
    id: "headings",
    matterhorn: ["14-002", "14-003", "14-007"],
    clause: "ISO 14289-1 7.4",
    description: "numbered headings start at H1 and go down one level at a time; H and H1–H6 are not mixed",
    check: ({ elements }) => {
      const problems: string[] = [];
      const numbered = elements.filter((placed) => /^H[1-6]$/.test(placed.role));
      if (numbered.length > 0 && elements.some((placed) => placed.role === "H"))
        problems.push("the document uses both <H> and numbered headings <H1>…<H6>");
      let level = 0;
      for (const heading of numbered) {
        const next = Number(heading.role.slice(1));
        if (level === 0 && next !== 1)
          problems.push(`${heading.path}: the first heading is <${heading.role}>, not <H1>`);
        else if (next > level + 1 && level > 0)
          problems.push(`${heading.path}: <${heading.role}> follows <H${level}>, skipping a level`);
        level = next;
      }
      return problems;
    },
  },
  {
    id: "table-structure",
    matterhorn: ["09-004"],
    clause: "ISO 14289-1 7.2; ISO 32000-1 table 337",
    description: "tables hold rows, rows hold TH and TD cells, and every row spans the same number of columns",
    check: (context) => {
      const problems = nesting(["Table", "THead", "TBody", "TFoot", "TR", "TH", "TD"])(context);
      for (const table of context.elements.filter((placed) => placed.role === "Table")) {
        const widths = rowWidths(table, context.elements);
        if (widths.length === 0) problems.push(`${table.path}: a <Table> without rows`);
        else if (new Set(widths).size > 1)
          problems.push(`${table.path}: rows span different numbers of columns (${widths.join(", ")})`);
      }
      return problems;
    },
  },
  {
    id: "header-scope",
    matterhorn: ["15-003"],
    clause: "ISO 14289-1 7.5",
    description: "every TH says whether it heads a Column, a Row or Both (/Scope)",
    check: ({ elements }) =>
      elements
        .filter((placed) => placed.role === "TH")
        .filter(
          (placed) =>
            !["Column", "Row", "Both"].includes(String(placed.element.attributes?.["Scope"] ?? "")) &&
            placed.element.attributes?.["Headers"] === undefined,
        )
        .map((placed) => `${placed.path}: <TH> without /Scope`),
  },
  {
    id: "list-structure",
    matterhorn: ["09-005"],
    clause: "ISO 14289-1 7.2; ISO 32000-1 table 336",
    description: "lists hold items, items hold a label and a body",
    check: nesting(["L", "LI", "Lbl", "LBody"]),
  },
  {
    id: "toc-structure",
    matterhorn: ["09-006"],
    clause: "ISO 14289-1 7.2; ISO 32000-1 table 333",
    description:
      "tables of contents hold TOCI entries, and an entry holds a label, a reference, a paragraph or a nested contents list",
    check: nesting(["TOC", "TOCI"]),
  },
  {
    id: "figure-alternative",
    matterhorn: ["13-004"],
    clause: "ISO 14289-1 7.3",
    description: "every Figure has a text alternative (/Alt) or replacement text (/ActualText)",
    check: ({ elements }) =>
      elements
        .filter(
          (placed) =>
            placed.role === "Figure" && !(placed.element.alt ?? "").trim() && !(placed.element.actualText ?? "").trim(),
        )
        .map((placed) => `${placed.path}: <Figure> without /Alt or /ActualText`),
  },
  {
    id: "figure-bbox",
    matterhorn: [],
    clause: "ISO 32000-1 14.8.5.4.3",
    description: "every Figure gives its bounding box on the page (Layout /BBox)",
    check: ({ elements }) =>
      elements
        .filter((placed) => placed.role === "Figure")
        .filter((placed) => {
          const box = placed.element.attributes?.["BBox"];
          return !(
            Array.isArray(box) &&
            box.length === 4 &&
            box.every((n) => typeof n === "number" && Number.isFinite(n))
          );
        })
        .map((placed) => `${placed.path}: <Figure> without a /BBox attribute`),
  },
];

export default rules;
