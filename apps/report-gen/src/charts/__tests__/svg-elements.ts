// Reading the chart's SVG back as a reader's viewer gets it: each drawn element with its attributes and
// text, in document order (the chart's tests, timeline-geometry and timeline-reading).

export interface Element {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly text: string | undefined;
}

export function elements(svg: string): Element[] {
  return [...svg.matchAll(/<(svg|rect|circle|line|text)\b([^>]*?)\/?>(?:([^<]*)<\/text>)?/g)].map((m) => ({
    tag: m[1]!,
    attrs: Object.fromEntries([...m[2]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])),
    text: m[3],
  }));
}

/** An element's numeric attribute. */
export const n = (e: Element, name: string): number => Number(e.attrs[name]);
