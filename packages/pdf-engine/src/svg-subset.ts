/**
 * Charts drawn straight onto the page, without a generic SVG engine.
 *
 * pdfmake parses an SVG twice (xmldoc to measure it, then svg-to-pdfkit to draw it) and
 * svg-to-pdfkit resolves every attribute through its CSS cascade: for a brief's timeline, some
 * forty elements, that was about 4 ms of the 20 ms a brief took (bench/, 200 briefs).
 *
 * Our charts use a small, flat subset of SVG: `<rect>`, `<line>`, `<circle>` and `<text>` directly
 * under `<svg>`, with plain numbers, hex colours and a handful of presentation attributes. An SVG
 * written in exactly that subset is parsed once here and drawn with pdfkit's own calls. Anything
 * else (groups, transforms, paths, styles, CSS, units, a link on the chart) goes to pdfmake's
 * svg-to-pdfkit as before, so every SVG still works; only the subset is fast. svg-subset.test.ts
 * rasterizes both renderings and compares them.
 */
import { createRequire } from "node:module";
import { method, reaches } from "./libraries.js";

type Color = string;

export type SvgShape =
  | {
      readonly kind: "rect";
      readonly x: number;
      readonly y: number;
      readonly width: number;
      readonly height: number;
      readonly paint: Paint;
    }
  | { readonly kind: "circle"; readonly cx: number; readonly cy: number; readonly r: number; readonly paint: Paint }
  | {
      readonly kind: "line";
      readonly x1: number;
      readonly y1: number;
      readonly x2: number;
      readonly y2: number;
      readonly paint: Paint;
    }
  | {
      readonly kind: "text";
      readonly x: number;
      readonly y: number;
      readonly text: string;
      readonly families: readonly string[];
      readonly size: number;
      readonly bold: boolean;
      readonly italic: boolean;
      readonly anchor: "start" | "middle" | "end";
      readonly fill: Color | null;
    };

interface Paint {
  readonly fill: Color | null;
  readonly stroke: Color | null;
  readonly strokeWidth: number;
  readonly lineCap: "butt" | "round" | "square";
}

/** A parsed SVG in the subset: the root's attributes (in order) and its shapes. */
export interface SvgDrawing {
  readonly root: readonly (readonly [string, string])[];
  /** The source after the root's start tag, kept to write the SVG back out. */
  readonly body: string;
  readonly shapes: readonly SvgShape[];
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const HEX = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
const TOKEN = /<(\/?)([A-Za-z][\w.:-]*)((?:\s+[A-Za-z_:][\w.:-]*\s*=\s*"[^"<]*")*)\s*(\/?)>|([^<]+)/y;
const ATTRIBUTE = /([A-Za-z_:][\w.:-]*)\s*=\s*"([^"<]*)"/g;
const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));|&/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The attributes each element may carry; any other attribute sends the SVG to svg-to-pdfkit. */
const ROOT_ATTRIBUTES = new Set(["xmlns", "width", "height", "viewBox", "version"]);
const PAINT = ["fill", "stroke", "stroke-width", "stroke-linecap"];
const SHAPE_ATTRIBUTES: Record<string, ReadonlySet<string>> = {
  rect: new Set(["x", "y", "width", "height", ...PAINT]),
  circle: new Set(["cx", "cy", "r", ...PAINT]),
  line: new Set(["x1", "y1", "x2", "y2", ...PAINT]),
  text: new Set(["x", "y", "fill", "font-family", "font-size", "font-weight", "font-style", "text-anchor"]),
};

class Unsupported extends Error {}
const unsupported = (): never => {
  throw new Unsupported();
};

function decode(text: string): string {
  return text.replace(
    ENTITY,
    (_match, name: string | undefined, decimal: string | undefined, hex: string | undefined) => {
      if (name) return NAMED[name]!;
      if (decimal || hex) {
        const code = decimal ? Number(decimal) : parseInt(hex!, 16);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : unsupported();
      }
      return unsupported(); // a bare or unknown entity: not well-formed for us
    },
  );
}

function attributes(source: string, allowed: ReadonlySet<string>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [, name, value] of source.matchAll(ATTRIBUTE)) {
    if (!allowed.has(name!) || map.has(name!)) unsupported();
    map.set(name!, decode(value!).trim());
  }
  return map;
}

function number(attrs: Map<string, string>, name: string, fallback?: number): number {
  const value = attrs.get(name);
  if (value === undefined) return fallback ?? unsupported();
  return NUMBER.test(value) ? Number(value) : unsupported();
}

function color(attrs: Map<string, string>, name: string, fallback: Color | null): Color | null {
  const value = attrs.get(name);
  if (value === undefined) return fallback;
  if (value === "none") return null;
  return HEX.test(value) ? value.toLowerCase() : unsupported();
}

function paint(attrs: Map<string, string>): Paint {
  const cap = attrs.get("stroke-linecap") ?? "butt";
  if (cap !== "butt" && cap !== "round" && cap !== "square") unsupported();
  const strokeWidth = number(attrs, "stroke-width", 1);
  if (strokeWidth < 0) unsupported();
  // SVG's defaults: filled black, not stroked.
  return {
    fill: color(attrs, "fill", "#000000"),
    stroke: color(attrs, "stroke", null),
    strokeWidth,
    lineCap: cap as Paint["lineCap"],
  };
}

function shape(name: string, attrs: Map<string, string>, content: string | undefined): SvgShape {
  switch (name) {
    case "rect": {
      const width = number(attrs, "width");
      const height = number(attrs, "height");
      if (width < 0 || height < 0) unsupported();
      return { kind: "rect", x: number(attrs, "x", 0), y: number(attrs, "y", 0), width, height, paint: paint(attrs) };
    }
    case "circle": {
      const r = number(attrs, "r");
      if (r < 0) unsupported();
      return { kind: "circle", cx: number(attrs, "cx", 0), cy: number(attrs, "cy", 0), r, paint: paint(attrs) };
    }
    case "line":
      return {
        kind: "line",
        x1: number(attrs, "x1", 0),
        y1: number(attrs, "y1", 0),
        x2: number(attrs, "x2", 0),
        y2: number(attrs, "y2", 0),
        paint: paint(attrs),
      };
    default: {
      const weight = attrs.get("font-weight") ?? "normal";
      const style = attrs.get("font-style") ?? "normal";
      const anchor = attrs.get("text-anchor") ?? "start";
      if (
        !["normal", "bold"].includes(weight) ||
        !["normal", "italic"].includes(style) ||
        !["start", "middle", "end"].includes(anchor)
      )
        unsupported();
      const size = number(attrs, "font-size", 16);
      if (size <= 0) unsupported();
      // xml:space="default": newlines dropped, tabs to spaces, ends trimmed, runs of spaces collapsed.
      const text = decode(content ?? "")
        .replace(/[\r\n]/g, "")
        .replace(/\t/g, " ")
        .trim()
        .replace(/ +/g, " ");
      return {
        kind: "text",
        x: number(attrs, "x", 0),
        y: number(attrs, "y", 0),
        text,
        families: (attrs.get("font-family") ?? "")
          .split(",")
          .map((f) => f.trim().replace(/['"]/g, ""))
          .filter(Boolean),
        size,
        bold: weight === "bold",
        italic: style === "italic",
        anchor: anchor as "start" | "middle" | "end",
        fill: color(attrs, "fill", "#000000"),
      };
    }
  }
}

/** Parses an SVG written in the subset; `undefined` when it uses anything else. */
export function parseSvgSubset(svg: string): SvgDrawing | undefined {
  try {
    return parse(svg);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

function parse(svg: string): SvgDrawing {
  TOKEN.lastIndex = 0;
  const next = () => {
    const at = TOKEN.lastIndex;
    if (at >= svg.length) return undefined;
    const match = TOKEN.exec(svg);
    return match ?? unsupported(); // a comment, a declaration, CDATA, single quotes: not ours
  };
  let token = next();
  while (token?.[5] !== undefined && token[5].trim() === "") token = next();
  if (!token || token[1] || token[2] !== "svg" || token[4]) return unsupported();
  const root = [...attributes(token[3]!, ROOT_ATTRIBUTES)];
  const body = svg.slice(TOKEN.lastIndex);
  const shapes: SvgShape[] = [];
  for (;;) {
    token = next() ?? unsupported();
    if (token[5] !== undefined) {
      if (token[5].trim() !== "") unsupported();
      continue;
    }
    const [, closing, name, attrSource, selfClosing] = token;
    if (closing) {
      if (name !== "svg") unsupported();
      break;
    }
    const allowed = SHAPE_ATTRIBUTES[name!] ?? unsupported();
    const attrs = attributes(attrSource!, allowed);
    if (name === "text") {
      let content: string | undefined;
      if (!selfClosing) {
        let inner = next() ?? unsupported();
        if (inner[5] !== undefined) {
          content = inner[5];
          inner = next() ?? unsupported();
        }
        if (inner[1] !== "/" || inner[2] !== "text") unsupported(); // tspan and other children
      }
      shapes.push(shape(name, attrs, content));
    } else {
      if (!selfClosing) {
        const end = next() ?? unsupported();
        if (end[1] !== "/" || end[2] !== name) unsupported();
      }
      shapes.push(shape(name!, attrs, undefined));
    }
  }
  for (let rest = next(); rest; rest = next()) if (rest[5] === undefined || rest[5].trim() !== "") unsupported();
  return { root, body, shapes };
}

const stripUnits = (value: string | undefined): number | undefined => {
  const n = parseFloat(value ?? "");
  return Number.isNaN(n) ? undefined : n;
};

function rootAttribute(drawing: SvgDrawing, name: string): string | undefined {
  return drawing.root.find(([key]) => key === name)?.[1];
}

/** The drawing's viewBox, as svg-to-pdfkit reads it, or its width and height. */
function viewBox(drawing: SvgDrawing, width: number, height: number): [number, number, number, number] {
  const parts = (rootAttribute(drawing, "viewBox") ?? "")
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number);
  return parts.length === 4 && parts.every(Number.isFinite) && parts[2]! >= 0 && parts[3]! >= 0
    ? (parts as [number, number, number, number])
    : [0, 0, width, height];
}

const escapeAttribute = (value: string) => value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/** The pdfkit document pdfmake draws on, as far as we touch it. */
interface PdfKitLike {
  fonts: Record<string, unknown>;
  provideFont(family: string, bold: boolean, italic: boolean): { ascender: number };
  _font: unknown;
  save(): PdfKitLike;
  restore(): PdfKitLike;
  transform(a: number, b: number, c: number, d: number, e: number, f: number): PdfKitLike;
  rect(x: number, y: number, w: number, h: number): PdfKitLike;
  circle(x: number, y: number, r: number): PdfKitLike;
  moveTo(x: number, y: number): PdfKitLike;
  lineTo(x: number, y: number): PdfKitLike;
  lineWidth(w: number): PdfKitLike;
  lineCap(cap: string): PdfKitLike;
  fillColor(color: string): PdfKitLike;
  strokeColor(color: string): PdfKitLike;
  fill(): PdfKitLike;
  stroke(): PdfKitLike;
  fillAndStroke(): PdfKitLike;
  fontSize(size: number): PdfKitLike;
  widthOfString(text: string): number;
  text(text: string, x: number, y: number, options: object): PdfKitLike;
}

function findFont(fonts: Record<string, unknown>, wanted: readonly string[], fallback: string): string {
  for (const family of wanted) {
    const found = Object.keys(fonts).find((font) => font.toLowerCase() === family.toLowerCase());
    if (found) return found;
  }
  return fallback;
}

function paintPath(doc: PdfKitLike, paint: Paint, closed: boolean): void {
  const fill = closed ? paint.fill : null;
  const stroke = paint.stroke !== null && paint.strokeWidth > 0 ? paint.stroke : null;
  if (stroke) doc.lineWidth(paint.strokeWidth).lineCap(paint.lineCap).strokeColor(stroke);
  if (fill) doc.fillColor(fill);
  if (fill && stroke) doc.fillAndStroke();
  else if (fill) doc.fill();
  else if (stroke) doc.stroke();
}

/** Draws a parsed drawing into the box pdfmake laid it out in (x, y, width, height), as `preserveAspectRatio="xMidYMid meet"`. */
export function drawSvgSubset(
  doc: PdfKitLike,
  drawing: SvgDrawing,
  box: { x: number; y: number; width: number; height: number; font?: string },
): void {
  const [vx, vy, vw, vh] = viewBox(drawing, box.width, box.height);
  const scale = vw > 0 && vh > 0 ? Math.min(box.width / vw, box.height / vh) : 1;
  const dx = box.x + (box.width - vw * scale) / 2 - vx * scale;
  const dy = box.y + (box.height - vh * scale) / 2 - vy * scale;
  const font = doc._font;
  doc.save();
  doc.transform(scale, 0, 0, scale, dx, dy);
  for (const s of drawing.shapes) {
    doc.save();
    switch (s.kind) {
      case "rect":
        if (s.width > 0 && s.height > 0) paintPath(doc.rect(s.x, s.y, s.width, s.height), s.paint, true);
        break;
      case "circle":
        if (s.r > 0) paintPath(doc.circle(s.cx, s.cy, s.r), s.paint, true);
        break;
      case "line":
        paintPath(doc.moveTo(s.x1, s.y1).lineTo(s.x2, s.y2), s.paint, false);
        break;
      case "text": {
        if (!s.text || !s.fill) break;
        doc._font = doc.provideFont(findFont(doc.fonts, s.families, box.font ?? "Roboto"), s.bold, s.italic);
        doc.fontSize(s.size).fillColor(s.fill);
        const width = s.anchor === "start" ? 0 : doc.widthOfString(s.text);
        const x = s.anchor === "middle" ? s.x - width / 2 : s.anchor === "end" ? s.x - width : s.x;
        doc.text(s.text, x, s.y, { lineBreak: false, baseline: "alphabetic" });
        break;
      }
    }
    doc.restore();
  }
  doc.restore();
  doc._font = font;
}

/** Parsed drawings by source, so that measuring, resizing and drawing one chart parse it once. */
const recent = new Map<string, SvgDrawing | null>();
const RECENT = 32;

function drawingOf(svg: unknown): SvgDrawing | undefined {
  if (!enabled || typeof svg !== "string") return undefined;
  let drawing = recent.get(svg);
  if (drawing === undefined) {
    drawing = parseSvgSubset(svg) ?? null;
    remember(svg, drawing);
  }
  return drawing ?? undefined;
}

function remember(svg: string, drawing: SvgDrawing | null): void {
  recent.set(svg, drawing);
  if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
}

let enabled = true;
let drawn = 0;
let passedOn = 0;

/** Turns the fast path off (every SVG goes to svg-to-pdfkit) or on again; for tests and comparisons. */
export function setSvgSubsetEnabled(on: boolean): void {
  enabled = on;
}

/** Charts drawn here, and charts passed on to svg-to-pdfkit, in this process. */
export function svgSubsetStats(): { drawn: number; passedOn: number } {
  return { drawn, passedOn };
}

interface SvgNode {
  svg: unknown;
  x: number;
  y: number;
  _width: number;
  _height: number;
  font?: string;
  options?: unknown;
  link?: unknown;
  linkToPage?: unknown;
  linkToDestination?: unknown;
}

interface MeasureClass {
  prototype: {
    measureSVG(svg: unknown): { width: number | undefined; height: number | undefined };
    writeDimensions(svg: unknown, dimensions: { width: number; height: number }): unknown;
  };
}

interface RendererClass {
  prototype: { pdfDocument: PdfKitLike; renderSVG(svg: SvgNode): void };
}

let installed:
  | { readonly Measure: MeasureClass; readonly Renderer: RendererClass; readonly ours: readonly Function[] }
  | undefined;

/** Puts the fast path in front of pdfmake's SVG measuring and drawing, once per thread. */
export function installSvgSubset(pdfmakeEntry: string): void {
  if (installed) return;
  const load = createRequire(pdfmakeEntry);
  const Measure = (load("./SVGMeasure.js") as { default?: MeasureClass }).default!;
  const Renderer = (load("./Renderer.js") as { default?: RendererClass }).default!;
  const measureSVG = method<MeasureClass["prototype"]["measureSVG"]>(
    Measure?.prototype,
    "measureSVG",
    "pdfmake SVGMeasure.prototype",
  );
  const writeDimensions = method<MeasureClass["prototype"]["writeDimensions"]>(
    Measure?.prototype,
    "writeDimensions",
    "pdfmake SVGMeasure.prototype",
  );
  const renderSVG = method<RendererClass["prototype"]["renderSVG"]>(
    Renderer?.prototype,
    "renderSVG",
    "pdfmake Renderer.prototype",
  );

  Measure.prototype.measureSVG = function (svg) {
    const drawing = drawingOf(svg);
    if (!drawing) return measureSVG.call(this, svg);
    let width = stripUnits(rootAttribute(drawing, "width"));
    let height = stripUnits(rootAttribute(drawing, "height"));
    const box = rootAttribute(drawing, "viewBox");
    if ((width === undefined || height === undefined) && box !== undefined) {
      const parts = box.split(/[,\s]+/);
      if (parts.length !== 4) return measureSVG.call(this, svg); // pdfmake's own error
      width ??= stripUnits(parts[2]);
      height ??= stripUnits(parts[3]);
    }
    return { width, height };
  };

  Measure.prototype.writeDimensions = function (svg, dimensions) {
    const drawing = drawingOf(svg);
    if (!drawing) return writeDimensions.call(this, svg, dimensions);
    const root = new Map(drawing.root);
    if (!root.has("viewBox"))
      root.set("viewBox", `0 0 ${stripUnits(root.get("width"))} ${stripUnits(root.get("height"))}`);
    root.set("width", String(dimensions.width));
    root.set("height", String(dimensions.height));
    const start = [...root].map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join("");
    const resized = `<svg${start}>${drawing.body}`;
    remember(resized, { ...drawing, root: [...root] });
    return resized;
  };

  Renderer.prototype.renderSVG = function (svg) {
    const drawing = drawingOf(svg.svg);
    if (!drawing || svg.options !== undefined || svg.link || svg.linkToPage || svg.linkToDestination) {
      if (typeof svg.svg === "string") passedOn++;
      return renderSVG.call(this, svg);
    }
    drawn++;
    drawSvgSubset(this.pdfDocument, drawing, {
      x: svg.x,
      y: svg.y,
      width: svg._width,
      height: svg._height,
      ...(svg.font ? { font: svg.font } : {}),
    });
  };
  installed = {
    Measure,
    Renderer,
    ours: [Measure.prototype.measureSVG, Measure.prototype.writeDimensions, Renderer.prototype.renderSVG],
  };
}

export function svgSubsetInEffect(): boolean {
  if (!enabled || installed === undefined) return false;
  const { Measure, Renderer, ours } = installed;
  return [Measure.prototype.measureSVG, Measure.prototype.writeDimensions, Renderer.prototype.renderSVG].every(
    (current, i) => reaches(current, ours[i]!),
  );
}
