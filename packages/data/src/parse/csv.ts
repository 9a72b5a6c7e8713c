import type { Issue } from "@tip/domain";
import { issueAt } from "./source-map.js";

/** One field of a CSV record and where it starts (1-based line and column). */
export interface CsvField {
  readonly value: string;
  readonly line: number;
  readonly column: number;
  readonly quoted: boolean;
}

export interface CsvRecord {
  readonly line: number;
  /** The line the record ends on (a quoted field may span lines). */
  readonly endLine: number;
  readonly fields: readonly CsvField[];
  /** False when a quoted field is never closed: its last field then holds the rest of the text. */
  readonly complete: boolean;
}

export interface CsvOptions {
  /** The name issues carry (clickable: relative to the working directory, or absolute). */
  readonly file: string;
  readonly delimiter?: "," | "\t" | ";";
}

export interface CsvResult {
  readonly records: CsvRecord[];
  readonly issues: Issue[];
}

const BOM = "\uFEFF";

/**
 * RFC 4180 CSV (or TSV with `delimiter: "\t"`), keeping the line and column of every field.
 * Tolerates a BOM and CRLF or CR line ends; skips blank lines; never throws: every problem
 * is an issue, and parsing goes on after it.
 */
export function parseCsv(text: string, options: CsvOptions): CsvResult {
  const { file } = options;
  const delimiter = options.delimiter ?? ",";
  const records: CsvRecord[] = [];
  const issues: Issue[] = [];
  let i = text.startsWith(BOM) ? 1 : 0;
  let line = 1;
  let lineStart = i;
  const column = () => i - lineStart + 1;
  const isEol = (ch: string | undefined) => ch === "\n" || ch === "\r";
  /** Consumes one line end at i, if any. */
  const newline = () => {
    if (text[i] === "\r" && text[i + 1] === "\n") i += 2;
    else i += 1;
    line += 1;
    lineStart = i;
  };

  let fields: CsvField[] = [];
  let recordLine = line;
  let complete = true;
  while (i <= text.length) {
    if (fields.length === 0) recordLine = line;
    const fieldLine = line;
    const fieldColumn = column();
    let value = "";
    let quoted = false;
    if (text[i] === '"') {
      quoted = true;
      i += 1;
      let closed = false;
      while (i < text.length) {
        const ch = text[i]!;
        if (ch === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i += 1;
          closed = true;
          break;
        }
        if (isEol(ch)) {
          value += ch === "\r" && text[i + 1] === "\n" ? "\r\n" : ch;
          newline();
          continue;
        }
        value += ch;
        i += 1;
      }
      if (!closed) {
        complete = false;
        issues.push(
          issueAt(
            { file, line: fieldLine, column: fieldColumn },
            "csv/unterminated-quote",
            "this quoted field is never closed",
            'end the field with a " (write "" for a quote inside a quoted field)',
          ),
        );
      } else if (i < text.length && text[i] !== delimiter && !isEol(text[i])) {
        issues.push(
          issueAt(
            { file, line, column: column() },
            "csv/text-after-quote",
            "text follows the closing quote of a quoted field",
            'quote the whole field, and write "" for a quote inside it',
          ),
        );
        while (i < text.length && text[i] !== delimiter && !isEol(text[i])) value += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== delimiter && !isEol(text[i])) {
        if (text[i] === '"') {
          issues.push(
            issueAt(
              { file, line, column: column() },
              "csv/stray-quote",
              "a quote inside an unquoted field",
              'quote the whole field and double the quote inside it: "say ""this"""',
            ),
          );
        }
        value += text[i++];
      }
    }
    fields.push({ value, line: fieldLine, column: fieldColumn, quoted });
    if (text[i] === delimiter) {
      i += 1;
      continue;
    }
    // End of a record: a line end or the end of the text.
    const blank = fields.length === 1 && !fields[0]!.quoted && fields[0]!.value === "";
    if (!blank) records.push({ line: recordLine, endLine: line, fields, complete });
    fields = [];
    complete = true;
    if (i >= text.length) break;
    newline();
  }
  return { records, issues };
}

/** A field as CSV writes it: quoted only when it must be. */
export function formatCsvField(value: string, delimiter = ","): string {
  const needsQuotes = value.includes(delimiter) || /["\r\n]/.test(value) || value !== value.trim();
  return needsQuotes ? `"${value.replaceAll('"', '""')}"` : value;
}

export function formatCsvRecord(values: readonly string[], delimiter = ","): string {
  return values.map((v) => formatCsvField(v, delimiter)).join(delimiter);
}
