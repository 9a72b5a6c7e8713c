import { QuoteType, Tokenizer, type TokenizerCallbacks } from "htmlparser2";
import { positionFinder, type MarkupError } from "../document-error.js";
import type { MarkupAttribute, MarkupDocument, MarkupElement, MarkupNode } from "./ast.js";
import {
  elements,
  isElementName,
  mayContain,
  mayContainText,
  placementHint,
  type ElementName,
  type ParentKind,
} from "./elements.js";

export interface ParsedMarkup {
  readonly document: MarkupDocument;
  readonly errors: readonly MarkupError[];
}

interface Frame {
  readonly name: string;
  /** Offset of the `<` that opened it. */
  readonly offset: number;
  /** Null for an unknown element: its content is still checked, but not against it. */
  readonly kind: ParentKind | null;
  /** False under a misplaced or unknown element: checked, but left out of the tree. */
  readonly attached: boolean;
  /** It or an element around it is nested too deep, reported once at the first (attached or not). */
  readonly deep: boolean;
  readonly children: MarkupNode[];
}

/**
 * Elements nest at most this deep: real documents nest a handful; deeper is a template loop gone
 * wrong, and converting or laying it out recurses once per level (2,000 levels overflowed the stack).
 */
export const MAX_NESTING = 64;

const xmlEntities = new Set(["amp", "lt", "gt", "quot", "apos"]);
const namedEntity = /&([A-Za-z][A-Za-z0-9]*);/g;

/**
 * Parses document markup with htmlparser2's tokenizer in XML mode (strict nesting,
 * case-sensitive names, XML and numeric entities decoded) and checks it against the
 * vocabulary. Always returns a tree; every problem found is in `errors`.
 */
export function parseMarkup(source: string, file: string): ParsedMarkup {
  const errors: MarkupError[] = [];
  const position = positionFinder(source);
  const report = (offset: number, rule: MarkupError["rule"], message: string, hint: string) => {
    errors.push({ file, ...position(offset), rule, message, hint, severity: "error" });
  };

  const root: Frame = { name: "#root", offset: 0, kind: "#root", attached: true, deep: false, children: [] };
  const stack: Frame[] = [root];
  const top = (): Frame => stack[stack.length - 1] ?? root;

  let text = "";
  let textOffset = -1;
  let cursor = 0;

  let tagName = "";
  let tagOffset = 0;
  let attributes: Record<string, MarkupAttribute> = {};
  let attributeName = "";
  let attributeOffset = 0;
  let attributeValue = "";

  const checkEntities = (raw: string, offset: number) => {
    for (const match of raw.matchAll(namedEntity)) {
      if (xmlEntities.has(match[1] ?? "")) continue;
      report(
        offset + match.index,
        "markup/unknown-entity",
        `unknown entity ${match[0]}`,
        "write the character itself (templates are UTF-8), or a numeric reference such as &#160; for a no-break space",
      );
    }
  };

  const addText = (piece: string, offset: number) => {
    if (textOffset < 0) textOffset = offset;
    text += piece;
  };

  const flushText = () => {
    if (textOffset < 0) return;
    const parent = top();
    const firstVisible = text.search(/[^ \t\n\r\f]/);
    if (parent.kind === null) {
      // content of an unknown element: already reported
    } else if (mayContainText(parent.kind)) {
      if (parent.attached) parent.children.push({ kind: "text", text, ...position(textOffset) });
    } else if (firstVisible >= 0) {
      report(
        textOffset + firstVisible,
        "markup/misplaced-text",
        parent.kind === "#root" ? "text is not allowed here" : `text is not allowed directly inside <${parent.name}>`,
        placementHintForText(parent.name),
      );
    }
    text = "";
    textOffset = -1;
  };

  const open = (selfClosing: boolean) => {
    const parent = top();
    let frame: Frame;
    if (!isElementName(tagName)) {
      const lower = tagName.toLowerCase();
      report(
        tagOffset,
        "markup/unknown-element",
        `unknown element <${tagName}>`,
        isElementName(lower)
          ? `element names are lower case: <${lower}>`
          : `use one of: ${Object.keys(elements).join(", ")}`,
      );
      frame = { name: tagName, offset: tagOffset, kind: null, attached: false, deep: parent.deep, children: [] };
    } else {
      const name: ElementName = tagName;
      checkAttributes(name);
      const placed = parent.kind === null || mayContain(parent.kind, name);
      if (!placed) {
        report(
          tagOffset,
          "markup/misplaced-element",
          `<${name}> is not allowed ${parent.kind === "#root" ? "at the top level" : `inside <${parent.name}>`}`,
          placementHint(name),
        );
      }
      // stack holds the root: its length is the new element's depth.
      const tooDeep = !selfClosing && stack.length > MAX_NESTING;
      if (tooDeep && !parent.deep) {
        report(
          tagOffset,
          "markup/too-deep",
          `<${name}> is nested ${stack.length} elements deep; markup nests at most ${MAX_NESTING} deep`,
          "close elements before opening others (a loop in the template may be opening one each time round)",
        );
      }
      frame = {
        name,
        offset: tagOffset,
        kind: name,
        attached: parent.attached && placed && !tooDeep,
        deep: parent.deep || tooDeep,
        children: [],
      };
      if (frame.attached) parent.children.push(elementOf(name, frame, attributes));
    }
    attributes = {};
    if (!selfClosing) stack.push(frame);
  };

  const checkAttributes = (name: ElementName) => {
    const spec = elements[name];
    const known: readonly string[] = spec.attributes;
    for (const [attribute, { line, column }] of Object.entries(attributes)) {
      if (known.includes(attribute)) continue;
      errors.push({
        file,
        line,
        column,
        rule: "markup/unknown-attribute",
        message: `<${name}> has no attribute "${attribute}"`,
        hint: known.length ? `<${name}> takes: ${known.join(", ")}` : `<${name}> takes no attributes`,
        severity: "error",
      });
    }
    const required: readonly string[] = "required" in spec ? spec.required : [];
    for (const attribute of required) {
      if (!Object.hasOwn(attributes, attribute)) {
        report(
          tagOffset,
          "markup/missing-attribute",
          `<${name}> needs a "${attribute}" attribute`,
          `write <${name} ${attribute}="…">`,
        );
      }
    }
  };

  // Created when the tag opens so it keeps document order; its children array fills in later.
  const elementOf = (name: ElementName, frame: Frame, attrs: Record<string, MarkupAttribute>): MarkupElement => ({
    kind: "element",
    name,
    attributes: attrs,
    children: frame.children,
    ...position(frame.offset),
  });

  const reportUnclosed = (frame: Frame, before: string) => {
    report(
      frame.offset,
      "markup/unclosed-element",
      `<${frame.name}> is never closed`,
      `add </${frame.name}> ${before}`,
    );
  };

  const callbacks: TokenizerCallbacks = {
    ontext(start, end) {
      const raw = source.slice(start, end);
      checkEntities(raw, start);
      addText(raw, start);
      cursor = end;
    },
    ontextentity(codepoint, end) {
      addText(String.fromCodePoint(codepoint), cursor);
      cursor = end;
    },
    onopentagname(start, end) {
      flushText();
      tagName = source.slice(start, end);
      tagOffset = start - 1;
      attributes = {};
    },
    onattribname(start, end) {
      attributeName = source.slice(start, end);
      attributeOffset = start;
      attributeValue = "";
    },
    onattribdata(start, end) {
      const raw = source.slice(start, end);
      checkEntities(raw, start);
      attributeValue += raw;
    },
    onattribentity(codepoint) {
      attributeValue += String.fromCodePoint(codepoint);
    },
    onattribend(quote, end) {
      if (Object.hasOwn(attributes, attributeName)) {
        report(
          attributeOffset,
          "markup/duplicate-attribute",
          `attribute "${attributeName}" is given twice`,
          "keep one of them",
        );
      } else {
        attributes[attributeName] = {
          value: quote === QuoteType.NoValue ? "" : attributeValue,
          ...position(attributeOffset),
        };
      }
      cursor = end;
    },
    onopentagend(end) {
      open(false);
      cursor = end + 1;
    },
    onselfclosingtag(end) {
      open(true);
      cursor = end + 1;
    },
    onclosetag(start, end) {
      flushText();
      const name = source.slice(start, end);
      const depth = stack.findLastIndex((frame, i) => i > 0 && frame.name === name);
      if (depth < 0) {
        report(
          start - 2,
          "markup/unexpected-closing-tag",
          `</${name}> closes nothing`,
          `remove it, or add the <${name}> it should close`,
        );
      } else {
        while (stack.length > depth + 1) {
          const unclosed = stack.pop();
          if (unclosed) reportUnclosed(unclosed, `before </${name}>`);
        }
        stack.pop();
      }
      cursor = end + 1;
    },
    oncomment(_start, _end, _endOffset) {
      flushText();
    },
    oncdata(start, end, endOffset) {
      // `end - endOffset` leaves out the closing "]]" (htmlparser2's own Parser slices it so).
      addText(source.slice(start, end - endOffset), start);
    },
    ondeclaration(start, _end) {
      flushText();
      report(
        start - 2,
        "markup/unsupported-syntax",
        "declarations such as <!DOCTYPE> are not part of the markup",
        "remove it",
      );
    },
    onprocessinginstruction(start, _end) {
      flushText();
      // `start` is just past "<?", as a declaration's is just past "<!".
      report(
        start - 2,
        "markup/unsupported-syntax",
        "processing instructions such as <?xml?> are not part of the markup",
        "remove it",
      );
    },
    onend() {
      flushText();
      while (stack.length > 1) {
        const unclosed = stack.pop();
        if (unclosed) reportUnclosed(unclosed, "before the end of the template");
      }
    },
  };

  const tokenizer = new Tokenizer({ xmlMode: true, decodeEntities: true }, callbacks);
  tokenizer.write(source);
  tokenizer.end();
  return { document: { file, children: root.children }, errors };
}

function placementHintForText(parent: string): string {
  if (parent === "#root") return "put the text in an element such as <p>";
  if (parent === "table" || parent === "thead" || parent === "tbody" || parent === "tr") {
    return "put table text inside <td> or <th>";
  }
  if (parent === "ul" || parent === "ol") return "put list text inside <li>";
  return `<${parent}> takes no content`;
}
