import type { StructureNode } from "@tip/pdf-engine";
import type { PdfInline } from "./pdf-content.js";

/** A piece of paragraph text with the styles of the elements around it, or a line break. */
export type TextRun =
  | {
      readonly kind: "text";
      readonly text: string;
      readonly style: readonly string[];
      readonly link?: string;
      readonly tag?: StructureNode;
    }
  | { readonly kind: "break" };

const whitespace = /[ \t\n\r\f]+/g;

/** U+2028 LINE SEPARATOR: a line break that came with the data; whitespace collapsing keeps it, as a <br/>. */
export const LINE_SEPARATOR = "\u2028";

const withDataBreaks = (runs: readonly TextRun[]): TextRun[] =>
  runs.flatMap((run) =>
    run.kind === "text" && run.text.includes(LINE_SEPARATOR)
      ? run.text
          .split(LINE_SEPARATOR)
          .flatMap((text, i): TextRun[] => (i === 0 ? [{ ...run, text }] : [{ kind: "break" }, { ...run, text }]))
      : [run],
  );

/**
 * Collapses whitespace as HTML does: runs of ASCII whitespace become one space, across
 * element boundaries, and none is kept at the start or end of a block or around <br>.
 * No-break spaces (U+00A0) are text and stay; a LINE_SEPARATOR is a line break.
 */
export function collapseWhitespace(runs: readonly TextRun[]): PdfInline[] {
  const out: { text: string; style: readonly string[]; link?: string; tag?: StructureNode }[] = [];
  let atLineStart = true;
  let pendingSpace = false;
  for (const run of withDataBreaks(runs)) {
    if (run.kind === "break") {
      out.push({ text: "\n", style: [] });
      atLineStart = true;
      pendingSpace = false;
      continue;
    }
    let text = run.text.replace(whitespace, " ");
    if (text.startsWith(" ")) {
      if (!atLineStart) pendingSpace = true;
      text = text.slice(1);
    }
    if (text === "") continue;
    const trailing = text.endsWith(" ");
    if (trailing) text = text.slice(0, -1);
    if (pendingSpace) {
      const previous = out[out.length - 1];
      // The space goes with the earlier run, as in HTML, so a link's underline does not start with it.
      if (previous && previous.text !== "\n") previous.text += " ";
      else text = ` ${text}`;
    }
    out.push({
      text,
      style: run.style,
      ...(run.link === undefined ? {} : { link: run.link }),
      ...(run.tag === undefined ? {} : { tag: run.tag }),
    });
    atLineStart = false;
    pendingSpace = trailing;
  }
  return out.map(({ text, style, link, tag }) => ({
    text,
    ...(style.length > 0 ? { style } : {}),
    ...(link === undefined ? {} : { link }),
    ...(tag === undefined ? {} : { tag }),
  }));
}

/** The words a reader sees, for bookmarks and contents entries. */
export function plainText(inlines: readonly PdfInline[]): string {
  return inlines
    .map((inline) => (inline.text === "\n" ? " " : inline.text))
    .join("")
    .trim();
}
