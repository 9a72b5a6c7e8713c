/**
 * What laying out one long text costs grows with its length, not with its square (issue 13,
 * case 6, tried beyond the 20,000-letter word it names). Counted, not timed: the letters handed
 * to the grapheme segmenter and to `replace()`, and the array elements `shift()` moves and `slice()` copies.
 */
import { afterEach, describe, expect, it } from "vitest";
import { testDocument } from "./__tests__/test-document.js";
import { pdfPages } from "./pdf-text.js";
import { renderPdfToBuffer } from "./write-pdf.js";

const letters = (n: number): string =>
  Array.from({ length: n }, (_, i) => "abcdefghijklmnopqrstuvwxyz"[i % 26]).join("");

const restore: (() => void)[] = [];
afterEach(() => restore.splice(0).forEach((undo) => undo()));

/** Adds up, while installed, what `count` says of each call of `object[name]` (given the array's length before it). */
function counting<T extends object>(
  object: T,
  name: keyof T,
  count: (self: unknown, args: unknown[], result: unknown) => number,
  tally = { total: 0 },
) {
  const original = object[name] as (...args: unknown[]) => unknown;
  (object as Record<keyof T, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
    const length = Array.isArray(this) || typeof this === "string" ? this.length : 0;
    const result = original.apply(this, args);
    tally.total += count(length, args, result);
    return result;
  };
  restore.push(() => {
    (object as Record<keyof T, unknown>)[name] = original;
  });
  return tally;
}

describe("the cost of one long text", () => {
  it("a 100,000-letter word is segmented and tidied a bounded number of times over, and reads back whole", async () => {
    const word = letters(100_000);
    const segmented = counting(Intl.Segmenter.prototype, "segment", (_, [text]) => String(text).length);
    // The layout check once tidied the whole paragraph's text for each of its lines.
    const replaced = counting(String.prototype, "replace", (length) => Number(length));
    const pdf = await renderPdfToBuffer(testDocument({ title: "long word", content: [{ text: word }] }));
    // Handing the segmenter the whole rest of the word at each of its 1,000 lines: some 50 million letters.
    expect(segmented.total).toBeLessThan(10 * word.length);
    expect(replaced.total).toBeLessThan(10 * word.length);
    restore.splice(0).forEach((undo) => undo());
    const pages = await pdfPages(pdf, { mode: "raw" });
    expect(pages.join("").replace(/\s+/g, "")).toBe(word);
  });

  it("a paragraph of 20,000 words moves a bounded number of array elements per word, and reads back whole, in order", async () => {
    const words = Array.from({ length: 20_000 }, (_, i) => `w${i}`);
    // shift() moves the elements after the first; slice() copies what it returns.
    const moved = counting(Array.prototype, "shift", (length) => Number(length));
    counting(Array.prototype, "slice", (_, __, result) => (result as unknown[]).length, moved);
    const pdf = await renderPdfToBuffer(
      testDocument({ title: "long paragraph", content: [{ text: words.join(" ") }] }),
    );
    // pdfmake's shift() from, and slice() of, the whole paragraph's inlines: some 200 million elements each.
    expect(moved.total).toBeLessThan(5_000 * words.length);
    restore.splice(0).forEach((undo) => undo());
    const pages = await pdfPages(pdf, { mode: "raw" });
    expect(pages.join(" ").split(/\s+/).filter(Boolean)).toEqual(words);
  });
});
