/**
 * Pairing the items of two lists, the two ways the diff needs:
 * by identity (a country code, a term) or by content order (paragraphs, links).
 */

/** An item kept in both lists. */
export interface Pair<T> {
  readonly before: T;
  readonly after: T;
  readonly beforeIndex: number;
  readonly afterIndex: number;
  /** The identity the pair was matched by (the new item's, numbered when repeated). */
  readonly key: string;
}

export interface Lone<T> {
  readonly item: T;
  readonly index: number;
  readonly key: string;
}

/** Items of two lists matched by identity. */
export interface KeyedMatch<T> {
  /** In the new list's order. */
  readonly matched: readonly Pair<T>[];
  /** In the old list's order. */
  readonly removed: readonly Lone<T>[];
  /** In the new list's order. */
  readonly added: readonly Lone<T>[];
  /** Keys of the matched items in the old order, when it differs from the new order; else undefined. */
  readonly reorder: { readonly before: readonly string[]; readonly after: readonly string[] } | undefined;
}

/** An identity for an item, or undefined when it has none of this kind (an organization without abbreviation). */
export type KeyOf<T> = (item: T) => string | undefined;

/** Numbers repeated keys ("ARG", "ARG#2") so that duplicates still pair one to one. */
function numbered<T>(items: readonly { item: T; index: number }[], key: KeyOf<T>): Map<string, number> {
  const seen = new Map<string, number>();
  const byKey = new Map<string, number>();
  for (const { item, index } of items) {
    const k = key(item);
    if (k === undefined) continue;
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    byKey.set(n === 1 ? k : `${k}#${n}`, index);
  }
  return byKey;
}

/**
 * Matches items by identity, trying each key in turn on what is still unmatched
 * (organizations: abbreviation first, then name). `label` names an item in keys and order lists.
 */
export function matchByKeys<T>(
  before: readonly T[],
  after: readonly T[],
  keys: readonly KeyOf<T>[],
  label: (item: T) => string,
): KeyedMatch<T> {
  const pairedAfter = new Map<number, number>(); // afterIndex → beforeIndex
  const usedBefore = new Set<number>();
  for (const key of keys) {
    const left = numbered(
      before.map((item, index) => ({ item, index })).filter(({ index }) => !usedBefore.has(index)),
      key,
    );
    const right = numbered(
      after.map((item, index) => ({ item, index })).filter(({ index }) => !pairedAfter.has(index)),
      key,
    );
    for (const [k, afterIndex] of right) {
      const beforeIndex = left.get(k);
      if (beforeIndex === undefined) continue;
      pairedAfter.set(afterIndex, beforeIndex);
      usedBefore.add(beforeIndex);
    }
  }

  const names = numberedLabels(after, label);
  const oldNames = numberedLabels(before, label);
  const matched: Pair<T>[] = [];
  const added: Lone<T>[] = [];
  after.forEach((item, afterIndex) => {
    const beforeIndex = pairedAfter.get(afterIndex);
    const key = names[afterIndex]!;
    if (beforeIndex === undefined) added.push({ item, index: afterIndex, key });
    else matched.push({ before: before[beforeIndex]!, after: item, beforeIndex, afterIndex, key });
  });
  const removed: Lone<T>[] = [];
  before.forEach((item, index) => {
    if (!usedBefore.has(index)) removed.push({ item, index, key: oldNames[index]! });
  });

  const newOrder = matched.map((p) => p.key);
  const oldOrder = [...matched].sort((a, b) => a.beforeIndex - b.beforeIndex).map((p) => p.key);
  const reorder = newOrder.every((k, i) => k === oldOrder[i]) ? undefined : { before: oldOrder, after: newOrder };
  return { matched, removed, added, reorder };
}

/** Matches items by one identity. */
export function matchByKey<T>(before: readonly T[], after: readonly T[], key: (item: T) => string): KeyedMatch<T> {
  return matchByKeys(before, after, [key], key);
}

function numberedLabels<T>(items: readonly T[], label: (item: T) => string): string[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const l = label(item);
    const n = (seen.get(l) ?? 0) + 1;
    seen.set(l, n);
    return n === 1 ? l : `${l}#${n}`;
  });
}

/** One step of an ordered alignment. */
export type Step<T> =
  | {
      readonly op: "same";
      readonly before: T;
      readonly after: T;
      readonly beforeIndex: number;
      readonly afterIndex: number;
    }
  | {
      readonly op: "changed";
      readonly before: T;
      readonly after: T;
      readonly beforeIndex: number;
      readonly afterIndex: number;
    }
  | { readonly op: "removed"; readonly before: T; readonly beforeIndex: number }
  | { readonly op: "added"; readonly after: T; readonly afterIndex: number };

/**
 * Aligns two ordered lists on the longest common run of keys, the way a text diff aligns lines.
 * Kept keys whose items differ are "changed"; between two kept keys, removed and added items
 * are paired in order as "changed" (a paragraph reworded in place), the rest are removed or added.
 */
export function alignOrdered<T>(
  before: readonly T[],
  after: readonly T[],
  key: (item: T) => string,
  equal: (a: T, b: T) => boolean,
): Step<T>[] {
  const a = before.map(key);
  const b = after.map(key);
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }

  const steps: Step<T>[] = [];
  let gapBefore: number[] = [];
  let gapAfter: number[] = [];
  const flush = () => {
    const paired = Math.min(gapBefore.length, gapAfter.length);
    for (let k = 0; k < paired; k++) {
      const bi = gapBefore[k]!;
      const ai = gapAfter[k]!;
      steps.push({ op: "changed", before: before[bi]!, after: after[ai]!, beforeIndex: bi, afterIndex: ai });
    }
    for (const bi of gapBefore.slice(paired)) steps.push({ op: "removed", before: before[bi]!, beforeIndex: bi });
    for (const ai of gapAfter.slice(paired)) steps.push({ op: "added", after: after[ai]!, afterIndex: ai });
    gapBefore = [];
    gapAfter = [];
  };

  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flush();
      const x = before[i]!;
      const y = after[j]!;
      steps.push({ op: equal(x, y) ? "same" : "changed", before: x, after: y, beforeIndex: i, afterIndex: j });
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      gapBefore.push(i++);
    } else {
      gapAfter.push(j++);
    }
  }
  flush();
  return steps;
}

/** What one list of plain names gained and lost, counting repeats, and whether the kept ones moved. */
export function compareNames(
  before: readonly string[],
  after: readonly string[],
): { added: string[]; removed: string[]; reorder: { before: string[]; after: string[] } | undefined } {
  const match = matchByKey(before, after, (n) => n);
  const newOrder = match.matched.map((p) => p.after);
  const oldOrder = [...match.matched].sort((x, y) => x.beforeIndex - y.beforeIndex).map((p) => p.before);
  return {
    added: match.added.map((l) => l.item),
    removed: match.removed.map((l) => l.item),
    reorder: match.reorder && { before: oldOrder, after: newOrder },
  };
}
