import type { ElementName } from "./elements.js";

/** Where a node starts in the markup, 1-based. */
export interface MarkupLocation {
  readonly line: number;
  readonly column: number;
}

export interface MarkupElement extends MarkupLocation {
  readonly kind: "element";
  readonly name: ElementName;
  readonly attributes: Readonly<Record<string, MarkupAttribute>>;
  readonly children: readonly MarkupNode[];
}

export interface MarkupAttribute extends MarkupLocation {
  readonly value: string;
}

/** Text with entities decoded; whitespace is still as written. */
export interface MarkupText extends MarkupLocation {
  readonly kind: "text";
  readonly text: string;
}

export type MarkupNode = MarkupElement | MarkupText;

export interface MarkupDocument {
  readonly file: string;
  readonly children: readonly MarkupNode[];
}
