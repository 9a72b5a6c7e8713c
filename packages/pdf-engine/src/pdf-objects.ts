/**
 * Values the engine writes into a PDF itself, serialized once, in the bytes pdfkit would write.
 *
 * pdfkit 0.19 serializes every value of every object as it writes it (`PDFObject.convert`). For a
 * text string (`new String(…)`) it looks at each character through the String wrapper, some 60 ns
 * a character: a link's description of 150 characters, written on each of the link's annotations
 * (one per piece of text drawn), cost more than the annotation itself. A structure element's small
 * dictionary goes through the same general code. Tagging writes thousands of both per run.
 *
 * `PdfLiteral` is a value pdfkit writes as the text it holds: it is no string, array, dictionary,
 * number, date, buffer or reference to pdfkit (its `Symbol.toStringTag` makes it no plain object),
 * so `convert` writes it with `${value}`. The text comes from `pdfString` and `pdfValue` below,
 * which write what `convert` writes for the same values (pdf-objects.test.ts compares the bytes).
 * Only for documents without encryption: pdfkit encrypts strings as it converts them, and PDF/A
 * forbids encryption anyway.
 */

/** A value pdfkit writes as `text`, verbatim. */
export class PdfLiteral {
  constructor(readonly text: string) {}
  get [Symbol.toStringTag](): string {
    return "PdfLiteral";
  }
  toString(): string {
    return this.text;
  }
}

const ESCAPES: Readonly<Record<string, string>> = {
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "\b": "\\b",
  "\f": "\\f",
  "(": "\\(",
  ")": "\\)",
  "\\": "\\\\",
};

/**
 * A text string as a PDF literal string: ASCII as it is, anything else as UTF-16BE with a byte order
 * mark (ISO 32000-1 7.9.2.2), each byte one character; parentheses, backslashes and control
 * characters escaped.
 */
export function pdfString(text: string): PdfLiteral {
  const bytes = /[^\u0000-\u007f]/.test(text)
    ? Buffer.from(`\ufeff${text}`, "utf16le").swap16().toString("latin1")
    : text;
  return new PdfLiteral(`(${bytes.replace(/[\n\r\t\b\f()\\]/g, (c) => ESCAPES[c]!)})`);
}

/** What pdfkit writes for a number: at most six decimals. */
const pdfNumber = (n: number): string => {
  if (!(n > -1e21 && n < 1e21)) throw new Error(`@tip/pdf-engine: unsupported number in a PDF object: ${n}`);
  return String(Math.round(n * 1e6) / 1e6);
};

/**
 * A value written as pdfkit's `convert` writes it: a JavaScript string is a name, an array and a
 * plain object an array and a dictionary (one key a line), anything else (a reference, a
 * `PdfLiteral`) its text.
 */
export function pdfValue(value: unknown): string {
  if (typeof value === "string") return `/${value}`;
  if (typeof value === "number") return pdfNumber(value);
  if (Array.isArray(value)) {
    let out = "[";
    for (let i = 0; i < value.length; i++) out += i === 0 ? pdfValue(value[i]) : ` ${pdfValue(value[i])}`;
    return `${out}]`;
  }
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    let out = "<<";
    for (const key in value) out += `\n/${key} ${pdfValue((value as Record<string, unknown>)[key])}`;
    return `${out}\n>>`;
  }
  if (value instanceof String || value instanceof Date || Buffer.isBuffer(value))
    throw new Error(
      "@tip/pdf-engine: pdfValue writes no String, Date or Buffer: use pdfString, or let pdfkit write it",
    );
  return String(value);
}
