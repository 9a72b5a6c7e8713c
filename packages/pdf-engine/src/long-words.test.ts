import { describe, expect, it } from "vitest";
import { testDocument } from "./__tests__/test-document.js";
import { LayoutOverflowError, MAX_PAGES } from "./layout-check.js";
import { setLongWordsEnabled } from "./long-words.js";
import { pdfPages, pdfWords } from "./pdf-text.js";
import { renderPdfToBuffer } from "./write-pdf.js";

const letters = (n: number): string =>
  Array.from({ length: n }, (_, i) => "abcdefghijklmnopqrstuvwxyz"[i % 26]).join("");

/** A table of four star columns whose first cell holds `word`. */
const table = (word: string, extra: object = {}) =>
  testDocument({
    title: "long words",
    content: [
      {
        table: {
          widths: ["*", "*", "*", "*"],
          dontBreakRows: true,
          body: [[word, "second", "third", "fourth"]],
          ...extra,
        },
      },
    ],
  });

describe("long words (installed by pdfmake())", () => {
  it("keeps every star column on the page when one cell holds a word wider than the page; off, pdfmake pushes them off", async () => {
    const word = letters(300);
    const words = await pdfWords(await renderPdfToBuffer(table(word)));
    expect(words.filter((w) => w.xMax > 612 - 54 + 0.5)).toEqual([]);
    expect(words.map((w) => w.text)).toEqual(expect.arrayContaining(["second", "third", "fourth"]));
    setLongWordsEnabled(false);
    try {
      await expect(renderPdfToBuffer(table(word))).rejects.toThrow(LayoutOverflowError);
    } finally {
      setLongWordsEnabled(true);
    }
  });

  it("breaks a URL before / _ - . ? & = (after //) and adds nothing to its text", async () => {
    const url = `https://www.example.org/${"Case_Digest_Evidential_Issues_in_Trafficking.pdf".repeat(5)}?x=1&y=2`;
    // raw: in reading order pdftotext joins a line that ends in a hyphen to the next without it.
    const [page] = await pdfPages(
      await renderPdfToBuffer(testDocument({ title: "url", content: [{ text: url, fontSize: 20 }] })),
      { mode: "raw" },
    );
    const lines = page!.trim().split("\n");
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join("")).toBe(url);
    // Every line ends or the next begins at a mark: where the line-breaking algorithm allows a
    // break (after / ? -), or where ours does, before the mark, when a piece is too long.
    lines
      .slice(1)
      .forEach((line, i) => expect(`${lines[i]!.slice(-1)}|${line[0]}`).toMatch(/[/_\-.?&=]\|.|.\|[/_\-.?&=]/));
  });
});

describe("layout check (installed by pdfmake())", () => {
  it("breaks a table row taller than a page over pages instead of dropping it", async () => {
    const word = letters(12_000);
    const pdf = await renderPdfToBuffer(table(word));
    const pages = await pdfPages(pdf, { mode: "raw" });
    expect(pages.length).toBeGreaterThan(1);
    expect(
      pages
        .join("")
        .replace(/\s+/g, "")
        .replace(/second|third|fourth/g, ""),
    ).toBe(word);
  });

  it("prints header rows taller than a page once, over pages, rather than dropping the table", async () => {
    const word = letters(12_000);
    const definition = testDocument({
      title: "tall header",
      content: [
        {
          table: {
            widths: ["*", "*"],
            headerRows: 1,
            keepWithHeaderRows: 1,
            dontBreakRows: true,
            body: [
              [word, "head"],
              ["body", "cell"],
            ],
          },
        },
      ],
    });
    const text = (await pdfPages(await renderPdfToBuffer(definition), { mode: "raw" })).join("").replace(/\s+/g, "");
    expect(text.replace(/head|body|cell/g, "")).toBe(word);
    expect(text).toMatch(/head.*body.*cell/);
  });

  it("refuses content placed outside the printable area, naming its page and text", async () => {
    const wide = testDocument({
      title: "wide",
      content: [{ table: { widths: [600, "*"], body: [["left", "right of the page"]] } }],
    });
    const error = await renderPdfToBuffer(wide).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LayoutOverflowError);
    expect((error as LayoutOverflowError).problems).toEqual([
      expect.objectContaining({ kind: "outside-page", page: 1, text: "right of the page", element: "text" }),
    ]);
  });

  it(`stops a document at ${MAX_PAGES} pages`, async () => {
    const pages = (n: number) =>
      testDocument({
        title: "pages",
        content: Array.from({ length: n }, (_, i) => ({
          text: `page ${i + 1}`,
          ...(i > 0 ? { pageBreak: "before" } : {}),
        })),
      });
    await expect(renderPdfToBuffer(pages(MAX_PAGES))).resolves.toBeInstanceOf(Buffer);
    const error = await renderPdfToBuffer(pages(MAX_PAGES + 1)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LayoutOverflowError);
    expect((error as LayoutOverflowError).problems).toEqual([
      expect.objectContaining({ kind: "too-long", page: MAX_PAGES }),
    ]);
  });
});
