import { describe, expect, it } from "vitest";
import { type BuildDocumentOptions, buildDocument } from "../../documents/document.js";
import { pageMargins } from "../../documents/page-furniture.js";
import { pdfLines, type PdfLine } from "@tip/pdf-engine/pdf-text";
import { renderPdfToBuffer } from "@tip/pdf-engine";

const footer = "Footer";

async function laidOut(markup: string, charts: BuildDocumentOptions["charts"] = {}): Promise<PdfLine[]> {
  const result = buildDocument({
    markup,
    markupFile: "templates/test.hbs",
    charts,
    title: "Composition",
    language: "en-US",
    creationDate: new Date("2017-06-27T00:00:00Z"),
    header: "Header",
    footer,
  });
  if ("errors" in result) throw new Error(JSON.stringify(result.errors));
  return pdfLines(await renderPdfToBuffer(result.docDefinition));
}

/** Words like "p3x" on a full line at the body size. */
const perLine = 28;
/** A paragraph whose every word names it ("p3x"), about `lines` lines long at the body size. */
const paragraph = (id: string, lines: number) =>
  `<p>${Array.from({ length: lines * perLine }, () => `${id}x`).join(" ")}</p>`;
const owner = (line: PdfLine) => /^(p\d+|f)x$/.exec(line.words[0] ?? "")?.[1];

/** Paragraphs (not the filler) split by a page break with fewer than two lines on a side: their lines per page. */
function lonelyLines(laid: readonly PdfLine[], name: string): string[] {
  const perPage = new Map<string, Map<number, number>>();
  for (const line of laid) {
    const id = owner(line);
    if (!id || id === "f") continue;
    const pages = perPage.get(id) ?? new Map<number, number>();
    pages.set(line.page, (pages.get(line.page) ?? 0) + 1);
    perPage.set(id, pages);
  }
  return [...perPage]
    .filter(([, pages]) => pages.size > 1 && [...pages.values()].some((n) => n < 2))
    .map(([id, pages]) => `${name}: ${id} ${JSON.stringify([...pages])}`);
}

/** Paragraphs p1…, headings H1…: a section structure with short and long texts (headings in turn from h1, as tagging asks). */
const body = [
  "<h1>H1</h1>",
  paragraph("p1", 6),
  paragraph("p2", 2),
  "<h1>H2</h1>",
  paragraph("p3", 9),
  paragraph("p4", 3),
  "<h2>H3</h2>",
  paragraph("p5", 1),
  paragraph("p6", 4),
  "<h1>H4</h1>",
  paragraph("p7", 5),
].join("");

const pageHeight = 792;
const contentBottom = pageHeight - pageMargins[3];

/** Every place on a page the document can start: a filler of 0 to 50 lines before it. */
const fillers = Array.from({ length: 48 }, (_, i) => i);

describe("composition: where pages break", async () => {
  const documents = await Promise.all(
    fillers.map(async (lines) => ({ lines, laid: await laidOut((lines > 0 ? paragraph("f", lines) : "") + body) })),
  );

  it("keeps every heading with at least three lines of what follows, or the whole of a shorter section", () => {
    const stranded = documents.flatMap(({ lines: filler, laid }) =>
      laid.flatMap((line, i) => {
        if (!/^H\d$/.test(line.words[0] ?? "")) return [];
        const after = laid.slice(i + 1).filter((next) => next.page === line.page && next.words[0] !== footer);
        const upToNextHeading = after.findIndex((next) => /^H\d$/.test(next.words[0] ?? ""));
        const section = upToNextHeading === -1 ? after : after.slice(0, upToNextHeading);
        const sectionEndsHere =
          upToNextHeading !== -1 || laid.slice(i + 1).every((next) => next.page === line.page || !owner(next));
        return section.length >= 3 || (sectionEndsHere && section.length > 0)
          ? []
          : [`filler ${filler}: ${line.words[0]} on page ${line.page} with ${section.length} lines`];
      }),
    );
    expect(stranded).toEqual([]);
  });

  it("leaves at least two lines of a paragraph on each side of a page break", () => {
    const broken = documents.flatMap(({ lines: filler, laid }) => lonelyLines(laid, `filler ${filler}`));
    expect(broken).toEqual([]);
  });

  it("moves lines, never loses them: every word of every paragraph is printed once", () => {
    const expected = [6, 2, 9, 3, 1, 4, 5].map((lines) => lines * perLine);
    for (const { laid } of documents) {
      const counts = [1, 2, 3, 4, 5, 6, 7].map(
        (k) => laid.flatMap((line) => line.words).filter((word) => word === `p${k}x`).length,
      );
      expect(counts).toEqual(expected);
    }
  });

  it("draws no text below the page's content area but the footer", () => {
    const over = documents.flatMap(({ lines: filler, laid }) =>
      laid
        .filter((line) => line.words[0] !== footer && line.yMax > contentBottom + 0.5)
        .map((line) => `filler ${filler}: page ${line.page} ${line.words.slice(0, 3).join(" ")} at ${line.yMax}`),
    );
    expect(over).toEqual([]);
  });

  it("breaks a paragraph inside, taking a line along, rather than leave its last line alone", () => {
    // Some filler puts p3's break one line from its end: p3 then spans two pages, two or more lines on the second.
    const spans = documents.filter(
      ({ laid }) => new Set(laid.filter((line) => owner(line) === "p3").map((line) => line.page)).size === 2,
    );
    expect(spans.length).toBeGreaterThan(0);
  });

  it("keeps a short table whole rather than leave its last rows alone on the next page", async () => {
    const table = `<table widths="*,60"><thead><tr><th>Country</th><th>Year</th></tr></thead><tbody>${Array.from({ length: 12 }, (_, i) => `<tr><td>row${i + 1}</td><td>2016</td></tr>`).join("")}</tbody></table>`;
    const split = [];
    // Right after its heading, and after a paragraph that introduces it.
    for (const before of ["<h1>Table</h1>", `<h1>Table</h1>${paragraph("p1", 3)}`]) {
      for (const lines of [30, 34, 36, 38, 40, 42]) {
        const laid = await laidOut(`${paragraph("f", lines)}${before}${table}`);
        const pages = new Set(laid.filter((line) => /^row\d+$/.test(line.words[0] ?? "")).map((line) => line.page));
        if (pages.size > 1)
          split.push(
            `${before.length > 20 ? "after a paragraph" : "after its heading"}, filler ${lines}: rows on pages ${[...pages].join(", ")}`,
          );
      }
    }
    expect(split).toEqual([]);
  });

  it("keeps a heading on its page with a figure or a short section that ends there, though the next section starts on the next page", async () => {
    // A figure with a word at its top and one at its foot, so that both ends are read back.
    const figure = {
      svg: '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="150" viewBox="0 0 400 150"><rect x="0" y="0" width="400" height="150" fill="#cccccc"/><text x="10" y="12" font-family="Roboto" font-size="10">topx</text><text x="10" y="146" font-family="Roboto" font-size="10">footx</text></svg>',
      alt: "A grey box",
    };
    const sections = {
      Figure: '<h1>Figure</h1><chart ref="fig"></chart>',
      Short: `<h1>Short</h1>${paragraph("p1", 1)}`,
    };
    const next = `<h1>Next</h1>${paragraph("p2", 60)}`;
    const moved = [];
    for (const [name, section] of Object.entries(sections)) {
      // The room the section takes below a paragraph: from the paragraph's last line to the section's last line.
      const near = await laidOut(`${paragraph("f", 1)}${section}${next}`, { fig: figure });
      const sectionEnd = near[near.findIndex((line) => line.words[0] === "Next") - 1]!;
      const needed = sectionEnd.yMax - near.filter((line) => owner(line) === "f").at(-1)!.yMax;
      // Fillers from those that leave some 120 pt more than the section needs, to those that leave it too little.
      const fillerTop = near.find((line) => owner(line) === "f")!.yMin;
      const ruler = (await laidOut(paragraph("f", 40))).filter((line) => owner(line) === "f");
      const perFillerLine = (ruler.at(-1)!.yMax - fillerTop) / 40;
      const first = Math.max(1, Math.floor((contentBottom - fillerTop - needed - 120) / perFillerLine));
      for (let lines = first, room = Infinity; room >= needed - 30; lines++) {
        const laid = await laidOut(`${paragraph("f", lines)}${section}${next}`, { fig: figure });
        const heading = laid.find((line) => line.words[0] === name)!;
        const last = laid.filter((line) => owner(line) === "f").at(-1)!;
        room = last.page === 1 ? contentBottom - last.yMax : -Infinity;
        if (heading.page !== last.page && room >= needed + 1) {
          moved.push(
            `${name} after ${lines} lines: on page ${heading.page}, though page ${last.page} had ${Math.round(room)} pt left for its ${Math.round(needed)} pt`,
          );
        }
      }
    }
    expect(moved).toEqual([]);
  });

  /** A section laid out on page 2 below 1 to 24 lines of filler, and each page but the last that is less than a third full. */
  async function belowFiller(section: string) {
    // The words of filler on a full page, and on one line.
    const ruler = (await laidOut(paragraph("f", 80))).filter((line) => owner(line) === "f" && line.page === 1);
    const perPage = ruler.flatMap((line) => line.words).length;
    const wordsPerLine = ruler[0]!.words.length;
    const bodyTop = pageMargins[1];
    const inner = contentBottom - bodyTop;
    return Promise.all(
      Array.from({ length: 24 }, async (_, i) => {
        const name = `filler ${perPage}+${i + 1}`;
        const laid = await laidOut(
          `<p>${Array.from({ length: perPage + (i + 1) * wordsPerLine }, () => "fx").join(" ")}</p>${section}`,
        );
        const pages = Math.max(...laid.map((line) => line.page));
        const content = (page: number) =>
          laid.filter((line) => line.page === page && line.words[0] !== footer && line.yMin >= bodyTop - 1);
        const nearlyEmpty = Array.from({ length: pages - 1 }, (_, p) => p + 1).flatMap((page) => {
          const used = Math.max(...content(page).map((line) => line.yMax)) - bodyTop;
          // The rule measures a line's box, which reaches a little below the glyphs read back here.
          return used + 3 < inner / 3 ? [`${name}: page ${page} ${Math.round((100 * used) / inner)} % full`] : [];
        });
        const heading = laid.find((line) => line.words[0] === "Section")!;
        const kept = content(heading.page).filter((line) => line.yMin > heading.yMax && owner(line) === "p1").length;
        return {
          name,
          laid,
          content,
          problems: [...nearlyEmpty, ...(kept < 3 ? [`${name}: the heading keeps ${kept} lines`] : [])],
        };
      }),
    );
  }

  it("breaks a section lower down rather than leave the page above its heading nearly empty: balanced, its table's header row repeated", async () => {
    const rows = 24;
    // Rows of one to three lines, so that the breaks between them fall at different heights.
    const table = `<table widths="*,60"><thead><tr><th>Country</th><th>Year</th></tr></thead><tbody>${Array.from(
      { length: rows },
      (_, i) => `<tr><td>row${i + 1} ${"cell ".repeat((i % 3) * 14)}</td><td>2016</td></tr>`,
    ).join("")}</tbody></table>`;
    const laidOuts = await belowFiller(`<h1>Section</h1>${paragraph("p1", 3)}${table}${paragraph("p2", 2)}`);
    const isRow = (line: PdfLine) => /^row\d+$/.test(line.words[0] ?? "");
    const problems = laidOuts.flatMap(({ name, laid, content, problems }) => {
      const printed = laid.filter(isRow).map((line) => line.words[0]);
      const everyRow = Array.from({ length: rows }, (_, i) => `row${i + 1}`).join(" ");
      const rowPages = [...new Set(laid.filter(isRow).map((line) => line.page))];
      return [
        ...problems,
        ...(printed.join(" ") === everyRow ? [] : [`${name}: rows ${printed.join(" ")}`]),
        ...rowPages.flatMap((page) => {
          const lines = content(page);
          const before = lines[lines.findIndex(isRow) - 1]?.words.join(" ");
          return before === "Country Year" ? [] : [`${name}: page ${page}'s rows follow "${before}"`];
        }),
      ];
    });
    expect(problems).toEqual([]);
    // Some fillers split the table between its rows.
    expect(
      laidOuts.filter(({ laid }) => new Set(laid.filter(isRow).map((line) => line.page)).size > 1).length,
    ).toBeGreaterThan(0);
  });

  it("breaks a section of paragraphs lower down, between paragraphs or lines, rather than leave the page above its heading nearly empty", async () => {
    const laidOuts = await belowFiller(
      `<h1>Section</h1>${paragraph("p1", 16)}${paragraph("p3", 10)}${paragraph("p2", 3)}`,
    );
    const problems = laidOuts.flatMap(({ name, laid, problems }) => {
      const words = [1, 2, 3].map((k) => laid.flatMap((line) => line.words).filter((w) => w === `p${k}x`).length);
      return [
        ...problems,
        ...lonelyLines(laid, name),
        ...(words.join() === [16, 3, 10].map((lines) => lines * perLine).join() ? [] : [`${name}: words ${words}`]),
      ];
    });
    expect(problems).toEqual([]);
  });
});
