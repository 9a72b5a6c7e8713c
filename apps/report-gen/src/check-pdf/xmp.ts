/** The XMP properties the checks compare, read from the metadata packet; whether it is well-formed XML. */
import { Parser } from "htmlparser2";

export interface XmpFacts {
  /** Why the packet is not well-formed XML, if it is not. */
  readonly malformed: string | null;
  /** Property values by qualified name ("dc:title", "pdfaid:part"), from elements and attributes alike. */
  readonly values: ReadonlyMap<string, string>;
}

const entity = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;
const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** A bare "&" or "<" in text, which htmlparser2 would forgive and an XMP reader would not. */
function badCharacter(xml: string): string | null {
  for (let at = xml.indexOf("&"); at >= 0; at = xml.indexOf("&", at + 1)) {
    entity.lastIndex = at;
    if (!entity.test(xml)) return `a bare "&" at character ${at} (write &amp;)`;
  }
  return null;
}

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, name: string) =>
    name.startsWith("#x")
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith("#")
        ? String.fromCodePoint(Number(name.slice(1)))
        : (entities[name] ?? ""),
  );
}

export function readXmp(xml: string): XmpFacts {
  const values = new Map<string, string>();
  let malformed = badCharacter(xml);
  const open: string[] = [];
  // The text of the innermost property element that holds only text (rdf:li inside dc:title's rdf:Alt counts as dc:title).
  const texts: string[] = [];
  const property = (): string | undefined =>
    open.findLast((name) => !name.startsWith("rdf:") && !name.startsWith("x:"));
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        open.push(name);
        texts.push("");
        for (const [key, value] of Object.entries(attributes)) {
          if (key.includes(":") && !key.startsWith("xmlns") && !key.startsWith("rdf:") && !key.startsWith("xml:"))
            values.set(key, decode(value));
        }
      },
      ontext(text) {
        if (texts.length > 0) texts[texts.length - 1] += text;
      },
      onclosetag(name, implied) {
        if (implied && malformed === null) malformed = `<${name}> is never closed`;
        const text = decode(texts.pop() ?? "").trim();
        open.pop();
        const owner = name.startsWith("rdf:") ? property() : name;
        if (owner !== undefined && text !== "" && !values.has(owner)) values.set(owner, text);
      },
    },
    { xmlMode: true, decodeEntities: false },
  );
  parser.write(xml);
  parser.end();
  return { malformed, values };
}
