/**
 * Tagged PDF from the markup's structure (PDF/UA-1).
 *
 * pdfmake 0.3 passes `tagged` on to pdfkit but writes no structure at all. The markup converter
 * builds the document's structure tree (structure.ts) and hangs a node on every piece of text, on
 * list markers and on charts; pdfmake carries those through layout to what it draws. Here pdfmake's
 * Renderer is wrapped so that everything it draws is marked: a piece of text inside a marked-content
 * sequence with an MCID, registered in the ParentTree under the element it belongs to; rules, fills
 * and other decoration as Layout artifacts; running headers, footers and repeated table header rows
 * as Pagination artifacts; a chart as one Figure with its bounding box. Link annotations go into
 * their Link element through an OBJR, with /StructParent and a /Contents that says where they lead.
 *
 * Structure elements are made as their content is drawn, and an element joins its parent only
 * after every earlier sibling (in markup order) has joined: so the tree keeps the markup's order
 * even where pdfmake draws in another, and a paragraph or table that runs over a page break stays
 * one element with content on both pages. Empty elements (an empty cell) join when their next
 * sibling does, or at the end.
 *
 * Written for pdfmake 0.3.11 on pdfkit 0.19.1 (both pinned); tagging.test.ts checks the result with
 * check-pdf. Nothing is replaced when pdfmake's classes are not what we expect.
 */
import { createRequire } from "node:module";
import { method, wrapping } from "./libraries.js";
import { drawnPieces } from "./line-merge.js";
import { type PdfLiteral, pdfString, pdfValue } from "./pdf-objects.js";
import { ArtifactMark, LAYOUT, PAGINATION, StructureNode, type ContentTag } from "./structure.js";

interface PdfRef {
  data: Record<string, unknown>;
  end(): void;
  readonly id: number;
  readonly gen: number;
  offset?: number;
}

interface PdfKitDocument {
  page: {
    dictionary: PdfRef & { data: { StructParents?: number } };
    height: number;
    structParentTreeKey: number;
    annotations: PdfRef[];
  };
  _root: { data: Record<string, unknown> };
  _currentStructureElement?: unknown;
  /** Set when the document is encrypted: then pdfkit writes (and encrypts) every string itself. */
  _security?: unknown;
  /** Bytes written so far; `_write` writes a line (its text and a newline, as "binary"); `_refEnd` records an object's offset. */
  _offset: number;
  _write(data: string): void;
  _refEnd(ref: PdfRef): void;
  ref(data: object): PdfRef;
  addContent(operators: string): unknown;
  getStructTreeRoot(): PdfRef;
  getStructParentTree(): { get(key: number): unknown[]; add(key: number, value: unknown): void };
  createStructParentTreeNextKey(): number;
  hasMarkInfoDictionary(): boolean;
  text(...args: unknown[]): unknown;
  markContent(tag: string, options: { actual: string }): unknown;
  endMarkedContent(): unknown;
  annotate(x: number, y: number, w: number, h: number, options: Record<string, unknown>): unknown;
  addPage(...args: unknown[]): unknown;
  /** Per-document tagging state (this module's). */
  _tagging?: Tagging;
}

interface Inline {
  text: string;
  x: number;
  width: number;
  font: unknown;
  fontSize: number;
  tag?: ContentTag;
  /** Starts a marked-content sequence of its own even after content of the same element (a contents entry's page number). */
  _ownSequence?: boolean;
  decoration?: unknown;
  background?: unknown;
}

interface Line {
  inlines: Inline[];
  /** Set here on the copies of a table's header rows that pdfmake repeats on later pages. */
  _repeated?: boolean;
  /** The line ends inside a word, at its hyphen: its last piece and the next line's first read as this text. */
  _hyphenJoin?: string;
  /** The line's first piece ends a word whose hyphen ended the line before. */
  _hyphenEnd?: boolean;
}

interface Page {
  items: { type: string; item: unknown }[];
}

/** Whether pdfmake draws a background or a line (underline, strike-through) with one of the line's words. */
function decoratedLine(line: Line): boolean {
  // A loop, not `some` with a closure: asked for every line drawn.
  for (const inline of line.inlines) if (inline.decoration || inline.background) return true;
  return false;
}

/**
 * A word broken after its hyphen ("E-" at a line's end, "learning" at the next one's start) reads
 * as two words, and poppler and others drop a line-end hyphen as one added by hyphenation:
 * "Elearning". The two pieces are drawn inside one Span whose /ActualText is their text joined,
 * "… E-learning", when they follow each other on the page in the same element, undecorated.
 */
function joinHyphenatedWords(pages: readonly Page[]): void {
  for (const page of pages) {
    const items = page.items;
    for (let i = 0; i + 1 < items.length; i++) {
      const [a, b] = [items[i]!, items[i + 1]!];
      if (a.type !== "line" || b.type !== "line") continue;
      const [first, second] = [a.item as Line, b.item as Line];
      // Most lines do not end at a hyphen: the last piece's text ends with the last word drawn.
      if (!endsWithHyphen(first.inlines)) continue;
      if (first._repeated || second._repeated || decoratedLine(first) || decoratedLine(second)) continue;
      const pieces = drawnPieces(first.inlines);
      const next = drawnPieces(second.inlines);
      const last = pieces[pieces.length - 1];
      const start = next[0];
      if (last === undefined || start === undefined || !(last.tag instanceof StructureNode) || last.tag !== start.tag)
        continue;
      // One piece cannot both end one Span and start the next.
      if (first._hyphenEnd && pieces.length === 1) continue;
      if (!/[^\s-]-$/.test(last.text) || !/^[^\s]/.test(start.text)) continue;
      first._hyphenJoin = `${last.text}${start.text}`;
      second._hyphenEnd = true;
    }
  }
}

/** Whether the last non-empty word of a line ends with a hyphen (what a merged last piece would end with). */
function endsWithHyphen(inlines: readonly Inline[]): boolean {
  for (let i = inlines.length - 1; i >= 0; i--) {
    const text = inlines[i]!.text;
    if (typeof text === "string" && text.length > 0) return text.charCodeAt(text.length - 1) === 45; // "-"
    if (typeof text !== "string") return true; // not plain text: let the full check decide
  }
  return false;
}

interface Drawing {
  tag?: ContentTag;
  x: number;
  y: number;
  _width?: number;
  _height?: number;
}

interface RendererPrototype {
  pdfDocument: PdfKitDocument;
  renderPages(pages: unknown[]): void;
  renderLine(line: Line, x: number, y: number): void;
  renderVector(vector: Drawing): void;
  renderImage(image: Drawing): void;
  renderSVG(svg: Drawing): void;
  renderWatermark(page: unknown): void;
}

/** A structure element being written: its dictionary, and its kids in order. */
interface Element {
  readonly node: StructureNode;
  readonly ref: PdfRef;
  readonly kids: (Element | { mcid: number; page: PdfRef } | { annotation: PdfRef; page: PdfRef })[];
  /** A Link's description, written on each of its annotations (one per line of its words, line-merge.ts). */
  description?: PdfLiteral | String;
}

class Tagging {
  readonly elements = new Map<StructureNode, Element>();
  root: StructureNode | undefined;
  /** What the content written now belongs to: an element, an artifact, or nothing (between pieces). */
  open: ContentTag | undefined;
  /** A Span joining a word broken at its hyphen is open (joinHyphenatedWords). */
  word = false;
  /** The line being drawn, the index of its next piece, and whether pdfmake decorates it. */
  line: Line | undefined;
  piece = 0;
  decorated = false;
  /** The Link whose words are being drawn, for the annotation pdfkit writes with them. */
  linkNode: StructureNode | undefined;

  /** Draws the line's next piece of text (pdfkit's `text`, called on `doc` with `args`) inside its element's sequence. */
  drawPiece(line: Line, text: PdfKitDocument["text"], args: unknown[]): unknown {
    // Read at each call: line-merge.ts may have joined the line's words into fewer pieces.
    const index = ++this.piece;
    const inline = line.inlines[index - 1];
    const tag = line._repeated ? PAGINATION : (inline?.tag ?? LAYOUT);
    if (inline?._ownSequence === true && !line._repeated) this.end();
    this.begin(tag);
    const closesWord = index === 1 && line._hyphenEnd === true && this.word;
    if (index === line.inlines.length && line._hyphenJoin !== undefined) {
      this.doc.markContent("Span", { actual: line._hyphenJoin });
      this.word = true;
    }
    this.linkNode = tag instanceof StructureNode && tag.role === "Link" ? tag : undefined;
    try {
      return text.apply(this.doc, args);
    } finally {
      this.linkNode = undefined;
      if (closesWord) {
        this.doc.endMarkedContent();
        this.word = false;
      }
      if (this.decorated) this.begin(LAYOUT);
    }
  }

  /** Whether values are written pre-serialized (pdf-objects.ts): not in an encrypted document, whose strings pdfkit encrypts. */
  readonly literals: boolean;

  constructor(readonly doc: PdfKitDocument) {
    this.literals = doc._security == null;
  }

  /** A text string for the document's dictionaries. */
  text(value: string): PdfLiteral | String {
    return this.literals ? pdfString(value) : new String(value);
  }

  /** The element of `node`, made (with its ancestors and its empty earlier siblings) if new. */
  element(node: StructureNode): Element {
    const known = this.elements.get(node);
    if (known !== undefined) return known;
    if (node.parent === null) {
      this.root = node;
      return this.make(node, null);
    }
    const parent = this.element(node.parent);
    for (const sibling of node.parent.kids) {
      if (sibling === node) break;
      if (!this.elements.has(sibling)) this.make(sibling, parent);
    }
    return this.make(node, parent);
  }

  private make(node: StructureNode, parent: Element | null): Element {
    const data: Record<string, unknown> = {
      Type: "StructElem",
      S: node.role,
      P: parent?.ref ?? this.doc.getStructTreeRoot(),
    };
    const { title, alt, scope, colSpan, rowSpan, listNumbering } = node.attributes;
    if (title !== undefined) data["T"] = this.text(title);
    if (alt !== undefined) data["Alt"] = this.text(alt);
    if (scope !== undefined || colSpan !== undefined || rowSpan !== undefined) {
      data["A"] = {
        O: "Table",
        ...(scope === undefined ? {} : { Scope: scope }),
        ...(colSpan === undefined ? {} : { ColSpan: colSpan }),
        ...(rowSpan === undefined ? {} : { RowSpan: rowSpan }),
      };
    }
    if (listNumbering !== undefined) data["A"] = { O: "List", ListNumbering: listNumbering };
    const element: Element = { node, ref: this.doc.ref(data), kids: [] };
    this.elements.set(node, element);
    parent?.kids.push(element);
    return element;
  }

  /** Starts the content of `tag` (closing what was open), unless it is already open. */
  begin(tag: ContentTag): void {
    if (this.open === tag) return;
    this.end();
    this.open = tag;
    if (tag instanceof ArtifactMark) {
      this.doc.addContent(`/Artifact <</Type /${tag.type}>> BDC`);
      return;
    }
    const element = this.element(tag);
    const page = this.doc.page;
    const parents = this.doc.getStructParentTree().get(page.structParentTreeKey);
    const mcid = parents.length;
    parents.push(element.ref);
    element.kids.push({ mcid, page: page.dictionary });
    this.doc.addContent(`/${tag.role} <</MCID ${mcid}>> BDC`);
  }

  end(): void {
    if (this.word) {
      // Its second half never came (it cannot, across a page): the Span ends with what it holds.
      this.doc.endMarkedContent();
      this.word = false;
    }
    if (this.open === undefined) return;
    this.open = undefined;
    this.doc.addContent("EMC");
  }

  /**
   * What pdfkit's `annotate` takes as `structParent`: it hands over the annotation before writing it,
   * which joins `node` (a Link element) through an OBJR, with its /StructParent and a /Contents.
   */
  link(node: StructureNode): { add(reference: { annotationRef: PdfRef }): void } {
    const element = this.element(node);
    return {
      add: ({ annotationRef }) => {
        const key = this.doc.createStructParentTreeNextKey();
        annotationRef.data["StructParent"] = key;
        this.doc.getStructParentTree().add(key, element.ref);
        annotationRef.data["Contents"] = element.description ??= this.text(linkDescription(node));
        element.kids.push({ annotation: annotationRef, page: this.doc.page.dictionary });
      },
    };
  }

  /** Writes every element, in markup order; elements never drawn join where they stand. */
  finish(): void {
    this.end();
    const root = this.root;
    if (root === undefined) return;
    const visit = (node: StructureNode) => {
      this.element(node);
      node.kids.forEach(visit);
    };
    visit(root);
    const tree = this.doc.getStructTreeRoot();
    tree.data["K"] = [this.elements.get(root)!.ref];
    for (const element of this.elements.values()) {
      // A leaf element on one page names its page once and its content by MCID alone, as PDF allows
      // and readers expect; any other writes each kid in full (MCR and OBJR with their pages).
      let page: PdfRef | undefined;
      let onePageLeaf = true;
      for (const kid of element.kids) {
        if ("node" in kid) {
          onePageLeaf = false;
          break;
        }
        if (page === undefined) page = kid.page;
        else if (kid.page !== page) onePageLeaf = false;
      }
      if (onePageLeaf && page !== undefined) {
        element.ref.data["Pg"] = page;
        element.ref.data["K"] = element.kids.map((kid) =>
          "mcid" in kid ? kid.mcid : { Type: "OBJR", Obj: (kid as { annotation: PdfRef }).annotation },
        );
      } else {
        element.ref.data["K"] = element.kids.map((kid) => {
          if ("node" in kid) return kid.ref;
          if ("mcid" in kid) return { Type: "MCR", Pg: kid.page, MCID: kid.mcid };
          return { Type: "OBJR", Pg: kid.page, Obj: kid.annotation };
        });
      }
      if (!this.literals) element.ref.end();
    }
    if (this.literals) this.writeElements();
  }

  /**
   * Writes every element as pdfkit's `PDFReference.end` would ("N 0 obj", the dictionary, "endobj", a
   * line each, at the offset the cross-reference table gets), but all in one piece: pdfkit writes each
   * line as a Buffer of its own and pushes it through the document's stream, three per element, and a
   * brief has some 60 elements. The dictionaries are serialized without pdfkit's general code
   * (pdf-objects.ts). The bytes are pdfkit's (the 2017 edition's 15 PDFs were identical to those written
   * element by element); tagging.test.ts checks that every object sits where the cross-reference table
   * says.
   */
  private writeElements(): void {
    const doc = this.doc;
    const start = doc._offset;
    let text = "";
    for (const { ref } of this.elements.values()) {
      ref.offset = start + text.length;
      text += `${ref.id} ${ref.gen} obj\n${pdfValue(ref.data)}\nendobj\n`;
    }
    if (text === "") return;
    // Offsets count bytes: each character is one ("binary"), which every serialized value is.
    if (/[^\u0000-\u00ff]/.test(text)) throw new Error("@tip/pdf-engine: a structure element is not written as bytes");
    doc._write(text.slice(0, -1));
    for (const { ref } of this.elements.values()) doc._refEnd(ref);
  }
}

let installed = false;
let enabled = true;
let tagged = 0;

/** Off: pdfmake draws as it does without us (the benchmark's untagged side, comparisons). */
export function setTaggingEnabled(on: boolean): void {
  enabled = on;
}

/** Documents tagged in this process (tests check the patch is in effect). */
export function taggingStats(): { documents: number } {
  return { documents: tagged };
}

/** A link annotation's /Contents: its words and where it leads. */
export function linkDescription(node: StructureNode): string {
  const href = node.attributes.href;
  const words = (node.linkText ?? "").replace(/\s+/g, " ").trim();
  if (href === undefined) return words === "" ? "Link within this document" : `${words} (link within this document)`;
  return words === "" || words === href ? `Link to ${href}` : `${words} (link to ${href})`;
}

const tagging = (renderer: RendererPrototype): Tagging | undefined => renderer.pdfDocument._tagging;

/**
 * Wraps a drawing call so what it paints is marked with `tag` (a Layout artifact when none). The
 * sequence stays open for what follows with the same tag (a table's rules, one after another).
 */
function marked<T extends unknown[]>(
  draw: (this: RendererPrototype, ...args: T) => void,
  tagOf: (...args: T) => ContentTag | undefined,
) {
  return function (this: RendererPrototype, ...args: T) {
    tagging(this)?.begin(tagOf(...args) ?? LAYOUT);
    return draw.apply(this, args);
  };
}

/**
 * Patches the pdfmake that `pdfmakeEntry` resolves to, once per process: its Renderer (marking),
 * its PageElementWriter (repeated header rows) and its DocMeasure (list markers, contents entries).
 */
/** Whether the tagging wrapper is what pdfmake's Renderer draws pages with, and tagging is on. */
export function taggingInEffect(): boolean {
  return enabled && renderer !== undefined && renderer.prototype.renderPages === renderer.renderPages;
}

let renderer: { prototype: RendererPrototype; renderPages: RendererPrototype["renderPages"] } | undefined;

export function installTagging(pdfmakeEntry: string): void {
  if (installed) return;
  installed = true;
  const load = createRequire(pdfmakeEntry);
  const Renderer = (load("./Renderer.js") as { default?: { prototype: RendererPrototype } }).default;
  const PageElementWriter = (load("./PageElementWriter.js") as { default?: { prototype: Record<string, any> } })
    .default!;
  const DocMeasure = (load("./DocMeasure.js") as { default?: { prototype: Record<string, any> } }).default!;
  // Loud when pdfmake has moved what this wraps: the registry installs it only on verified versions.
  method(Renderer?.prototype, "renderPages", "pdfmake Renderer.prototype");
  method(Renderer?.prototype, "renderLine", "pdfmake Renderer.prototype");
  method(PageElementWriter?.prototype, "moveToNextPage", "pdfmake PageElementWriter.prototype");
  method(DocMeasure?.prototype, "buildUnorderedMarker", "pdfmake DocMeasure.prototype");
  const prototype = Renderer!.prototype;
  const { renderPages, renderLine, renderVector, renderImage, renderSVG, renderWatermark } = prototype;

  prototype.renderPages = function (this: RendererPrototype, pages: unknown[]) {
    const doc = this.pdfDocument;
    if (!enabled || !doc.hasMarkInfoDictionary()) return renderPages.call(this, pages);
    const state = new Tagging(doc);
    doc._tagging = state;
    // Set once per document and left in place (the document is done with after it): adding and
    // deleting own properties per line would turn the document into a slow dictionary-mode object.
    const pdfkit = Object.getPrototypeOf(doc) as PdfKitDocument;
    // A marked-content sequence ends on its page.
    doc.addPage = function (this: PdfKitDocument, ...args: unknown[]) {
      state.end();
      return pdfkit.addPage.apply(this, args);
    };
    doc.text = function (this: PdfKitDocument, ...args: unknown[]) {
      return state.line === undefined ? pdfkit.text.apply(this, args) : state.drawPiece(state.line, pdfkit.text, args);
    };
    // A link annotation pdfkit writes while a Link's words are drawn joins that Link.
    doc.annotate = function (
      this: PdfKitDocument,
      x: number,
      y: number,
      w: number,
      h: number,
      options: Record<string, unknown>,
    ) {
      const link = state.linkNode;
      return pdfkit.annotate.call(
        this,
        x,
        y,
        w,
        h,
        link === undefined ? options : { ...options, structParent: state.link(link) },
      );
    };
    try {
      joinHyphenatedWords(pages as Page[]);
      renderPages.call(this, pages);
      state.finish();
      tagged++;
    } finally {
      state.line = undefined;
      state.linkNode = undefined;
    }
  };

  renderer = { prototype, renderPages: prototype.renderPages };

  /** Each piece of text in its element's sequence; a repeated header row, a background or an underline as an artifact. */
  prototype.renderLine = wrapping(function (this: RendererPrototype, line: Line, x: number, y: number) {
    const state = tagging(this);
    if (state === undefined) return renderLine.call(this, line, x, y);
    // Backgrounds and underlines that pdfmake draws around the words are decoration.
    const decorated = decoratedLine(line);
    state.line = line;
    state.piece = 0;
    state.decorated = decorated;
    try {
      // pdfmake sets each word's colour with pdfkit's fill(), which also writes a (pathless) fill: it
      // goes with the words when nothing else is open, as at the top of a page.
      if (decorated) state.begin(LAYOUT);
      else if (state.open === undefined) state.begin(line._repeated ? PAGINATION : (line.inlines[0]?.tag ?? LAYOUT));
      renderLine.call(this, line, x, y);
    } finally {
      state.line = undefined;
    }
  }, renderLine);

  prototype.renderVector = marked(renderVector, (vector: Drawing) => vector.tag);
  prototype.renderImage = marked(renderImage, (image: Drawing) => image.tag);
  prototype.renderWatermark = marked(renderWatermark, () => PAGINATION);
  prototype.renderSVG = wrapping(function (this: RendererPrototype, svg: Drawing) {
    const state = tagging(this);
    const figure = svg.tag;
    if (
      state !== undefined &&
      figure instanceof StructureNode &&
      figure.role === "Figure" &&
      !state.elements.has(figure)
    ) {
      // The figure's box on its page, in PDF coordinates (origin at the bottom left).
      const height = this.pdfDocument.page.height;
      const [w, h] = [svg._width ?? 0, svg._height ?? 0];
      state.element(figure).ref.data["A"] = {
        O: "Layout",
        BBox: [svg.x, height - svg.y - h, svg.x + w, height - svg.y].map((n) => Math.round(n * 100) / 100),
      };
    }
    state?.begin(figure ?? LAYOUT);
    return renderSVG.call(this, svg);
  }, renderSVG);

  // Header rows pdfmake repeats on a new page are copies: marked so their text is drawn as an artifact.
  const moveToNextPage = PageElementWriter.prototype["moveToNextPage"] as (this: any, orientation?: unknown) => void;
  PageElementWriter.prototype["moveToNextPage"] = function (this: any, orientation?: unknown) {
    const repeatables = this.repeatables as { items: { type: string; item: Line }[] }[] | undefined;
    if (!enabled || !Array.isArray(repeatables) || repeatables.length === 0)
      return moveToNextPage.call(this, orientation);
    const addFragment = this.addFragment;
    this.addFragment = function (this: any, fragment: unknown, ...rest: unknown[]) {
      const page = this.context().getCurrentPage();
      const before = page?.items.length ?? 0;
      const added = addFragment.call(this, fragment, ...rest);
      for (const item of (page?.items ?? []).slice(before))
        if (item.type === "line") (item.item as Line)._repeated = true;
      return added;
    };
    try {
      return moveToNextPage.call(this, orientation);
    } finally {
      delete this.addFragment;
    }
  };

  // A list item's bullet (a vector) or number (a text piece) is its label's content.
  for (const name of ["buildUnorderedMarker", "buildOrderedMarker"] as const) {
    const build = DocMeasure.prototype[name] as (
      this: unknown,
      item: { lbl?: StructureNode },
      ...rest: unknown[]
    ) => { canvas?: Drawing[]; _inlines?: Inline[] };
    DocMeasure.prototype[name] = function (this: unknown, item: { lbl?: StructureNode }, ...rest: unknown[]) {
      const marker = build.call(this, item, ...rest);
      const lbl = item?.lbl;
      if (lbl !== undefined && marker !== null && typeof marker === "object") {
        if (marker.canvas?.[0]) marker.canvas[0].tag = lbl;
        if (marker._inlines?.[0]) marker._inlines[0].tag = lbl;
      }
      return marker;
    };
  }

  // Contents entries repeat a heading's words: drawn as TOCI entries of the TOC, not as the heading again.
  const measureToc = DocMeasure.prototype["measureToc"] as (this: unknown, node: any) => unknown;
  if (typeof measureToc === "function") {
    DocMeasure.prototype["measureToc"] = function (this: unknown, node: any) {
      const toc = node?.toc?.tag;
      if (!(toc instanceof StructureNode) || !Array.isArray(node.toc._items)) return measureToc.call(this, node);
      const items = node.toc._items as { _textNodeRef: { text: unknown } }[];
      // Entries are made anew by each render of the definition.
      toc.kids.splice(0, toc.kids.length, ...toc.kids.filter((kid) => kid.role !== "TOCI"));
      const originals = items.map((item) => item._textNodeRef);
      // An entry is a TOCI holding a Reference (ISO 32000-1 table 333) whose Link holds the heading's
      // words, then the page number as a sequence of its own, each followed by its annotation's OBJR.
      const links = items.map((item) => {
        const link = new StructureNode("Link", new StructureNode("Reference", new StructureNode("TOCI", toc)));
        const text = item._textNodeRef.text;
        const pieces = Array.isArray(text)
          ? text.map((piece) => (typeof piece === "string" ? { text: piece, tag: link } : { ...piece, tag: link }))
          : [{ text: String(text), tag: link }];
        link.linkText = pieces.map((piece) => piece.text).join("");
        item._textNodeRef = Object.create(item._textNodeRef, { text: { value: pieces, enumerable: true } });
        return link;
      });
      try {
        const measured = measureToc.call(this, node) as any;
        // Each entry's page number belongs to the entry's link too (it has an annotation of its own),
        // read after the words, apart from them: "France", then "1", not "France1".
        const body = measured?.toc?._table?.table?.body as { _inlines?: Inline[] }[][] | undefined;
        body?.forEach((row, i) =>
          row[1]?._inlines?.forEach((inline, k) => {
            inline.tag = links[i] ?? LAYOUT;
            if (k === 0 && links[i] !== undefined) inline._ownSequence = true;
          }),
        );
        return measured;
      } finally {
        items.forEach((item, i) => (item._textNodeRef = originals[i]!));
      }
    };
  }
}
