/**
 * Running text as published, in a small inline notation: `*emphasis*` and `<https://…>` links.
 * `\*`, `\<` and `\\` escape those characters.
 *
 * This module needs nothing else of the domain (no schemas, no validator), so that renderers can
 * import it alone: `@tip/domain/inline`.
 */

export interface Span {
  readonly text: string;
  readonly emphasis?: true;
  readonly href?: string;
}

/** Splits inline text into spans of plain text, emphasis and links. */
export function parseInline(source: string): Span[] {
  const spans: Span[] = [];
  let buf = "";
  let emphasis = false;
  const flush = () => {
    if (buf) spans.push(emphasis ? { text: buf, emphasis: true } : { text: buf });
    buf = "";
  };
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === "\\" && i + 1 < source.length && "*<>\\".includes(source[i + 1]!)) {
      buf += source[++i];
    } else if (ch === "*") {
      flush();
      emphasis = !emphasis;
    } else if (ch === "<") {
      const end = source.indexOf(">", i);
      const url = end > i ? source.slice(i + 1, end) : "";
      if (/^(https?:\/\/|mailto:)\S+$/.test(url)) {
        flush();
        spans.push(emphasis ? { text: url, href: url, emphasis: true } : { text: url, href: url });
        i = end;
      } else {
        buf += ch;
      }
    } else {
      buf += ch;
    }
  }
  flush();
  return spans;
}

/** The text a reader sees, without notation. */
export function plainText(source: string): string {
  return parseInline(source)
    .map((s) => s.text)
    .join("");
}

/** Links in the text, in order. */
export function inlineLinks(source: string): string[] {
  return parseInline(source).flatMap((s) => (s.href ? [s.href] : []));
}
