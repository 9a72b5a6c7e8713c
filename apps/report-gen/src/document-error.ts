/**
 * A problem an editor can fix in a template or in the markup it writes.
 * Same shape as `Issue` in @tip/domain, so the CLI sorts and prints both alike.
 */
export interface DocumentError {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly rule: string;
  readonly message: string;
  readonly hint: string;
  readonly severity: "error";
}

export interface MarkupError extends DocumentError {
  readonly rule: `markup/${string}`;
}

export interface TemplateError extends DocumentError {
  readonly rule: `template/${string}`;
}

/** Where an offset stands in a text, 1-based, so `file:line:col` opens in an editor. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/** Turns string offsets into line and column; built once per text. */
export function positionFinder(text: string): (offset: number) => TextPosition {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  }
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
  };
}
