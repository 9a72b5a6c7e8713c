import { Document, isScalar, LineCounter, parseDocument, Scalar } from "yaml";

/** A scalar value YAML can hold and the scaffold writes. */
export type ScalarValue = string | number;

/** One scalar to rewrite: where it is, and its new value from the current one (undefined: leave it). */
export interface ScalarEdit {
  readonly path: readonly (string | number)[];
  readonly update: (current: unknown) => ScalarValue | undefined;
}

/** A scalar that was rewritten, with the line it stands on (1-based). */
export interface AppliedEdit {
  readonly path: readonly (string | number)[];
  readonly before: unknown;
  readonly after: ScalarValue;
  readonly line: number;
}

export type YamlEditResult =
  | { readonly ok: true; readonly text: string; readonly applied: readonly AppliedEdit[] }
  | { readonly ok: false; readonly message: string; readonly line: number; readonly column: number };

const FLOW_TYPES = new Set<string>([Scalar.PLAIN, Scalar.QUOTE_DOUBLE, Scalar.QUOTE_SINGLE]);

/** The value as YAML source, in the node's own style when that style can hold it. */
function render(value: ScalarValue, type: Scalar["type"]): string {
  const doc = new Document(value);
  if (isScalar(doc.contents)) {
    // A block scalar's indentation belongs to its context, so a rewritten one becomes double-quoted.
    doc.contents.type = type && FLOW_TYPES.has(type) ? type : Scalar.QUOTE_DOUBLE;
  }
  return doc.toString({ lineWidth: 0 }).replace(/\n$/, "");
}

function plain(text: string): string | undefined {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return undefined;
  try {
    return JSON.stringify(doc.toJS());
  } catch {
    return undefined;
  }
}

/**
 * Rewrites scalars of a YAML document in place, found through the `yaml` Document API:
 * each value's own characters are replaced and every other byte (comments, blank lines,
 * folding, key order, quoting) is kept. The result is parsed again and checked to hold
 * exactly the intended data; should a splice not give it, the document is re-serialized
 * by the Document API instead, which still keeps comments.
 */
export function editYamlScalars(source: string, edits: readonly ScalarEdit[]): YamlEditResult {
  const bom = source.startsWith("\uFEFF") ? "\uFEFF" : "";
  const text = source.slice(bom.length);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const error = doc.errors[0];
  if (error) {
    const pos = lineCounter.linePos(error.pos[0]);
    return { ok: false, message: error.message.split("\n")[0]!, line: pos.line, column: pos.col };
  }

  const applied: AppliedEdit[] = [];
  const splices: { start: number; end: number; text: string }[] = [];
  const expected = parseDocument(text);
  for (const edit of edits) {
    const node = doc.getIn(edit.path, true);
    if (!isScalar(node) || !node.range) continue;
    const after = edit.update(node.value);
    if (after === undefined || after === node.value) continue;
    splices.push({ start: node.range[0], end: node.range[1], text: render(after, node.type) });
    expected.setIn(edit.path, after);
    applied.push({ path: edit.path, before: node.value, after, line: lineCounter.linePos(node.range[0]).line });
  }

  let out = text;
  for (const s of [...splices].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, s.start) + s.text + out.slice(s.end);
  }
  if (plain(out) !== JSON.stringify(expected.toJS())) out = expected.toString();
  return { ok: true, text: bom + out, applied };
}
