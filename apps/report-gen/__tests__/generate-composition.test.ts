/**
 * How the generated pages are composed, read back from where pdftotext finds each line: headings
 * with their text, no page left nearly empty by a table's or section's end, nothing over the
 * footer, a brief on one page when it fits and a second page laid out like the first when it
 * does not, and the chart's labels inside its plot.
 */
import { loadEdition } from "@tip/data/load";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  pdfLines,
  pdfPageSizes,
  pdfWords,
  type PdfLine,
  type PdfPageSize,
  type PdfWord,
} from "@tip/pdf-engine/pdf-text";
import { pageMargins } from "../src/documents/page-furniture.js";
import { copyEdition, shipped2017, tempRoot } from "./support/editions.js";
import { listFiles } from "./support/output.js";
import { readPdf } from "./support/pdf.js";
import { appDir, runCli } from "./support/run-cli.js";

interface Laid {
  readonly name: string;
  readonly lines: readonly PdfLine[];
  readonly words: readonly PdfWord[];
  readonly sizes: readonly PdfPageSize[];
}

const root = tempRoot("composition");
const [, marginTop, , marginBottom] = pageMargins;
const briefHeadings = ["Summary", "Status by instrument", "Ratifications over time", "Multilateral organizations"];
/** The memberships table's header row, which pdfmake repeats on each page the table runs onto. */
const membershipsHeader = "Organization Framework documents relevant to TIP TIP focal point";
let appendixHeadings: string[];
let reportingEnd: number;
let shipped: Laid[];
let shortOverride: Laid[];
let longOverride: Laid[];
let paragraphOverride: Laid[];
let longNotes: Laid[];
/** The long closing note's paragraphs, as printed: words separated by single spaces. */
let longNoteParagraphs: string[];

async function laidOut(dir: string): Promise<Laid[]> {
  return Promise.all(
    listFiles(dir)
      .filter((name) => name.endsWith(".pdf"))
      .map(async (name) => {
        const pdf = readPdf(join(dir, name));
        return { name, lines: await pdfLines(pdf), words: await pdfWords(pdf), sizes: await pdfPageSizes(pdf) };
      }),
  );
}

/**
 * An edition whose brief template says more before the summary. Its memberships.yaml is removed unless
 * kept, so that a brief holds what fits on one page (the UN's framework documents alone take half a page).
 * `edit` changes the edition's copy before the briefs are generated.
 */
async function withBriefOverride(
  name: string,
  addition: string,
  keepMemberships = false,
  edit: (edition: string) => void = () => {},
): Promise<Laid[]> {
  const edition = copyEdition(join(root.dir, name));
  if (!keepMemberships) rmSync(join(edition, "memberships.yaml"));
  edit(edition);
  mkdirSync(join(edition, "templates"), { recursive: true });
  const shared = readFileSync(join(appDir, "templates", "brief.hbs"), "utf8");
  writeFileSync(
    join(edition, "templates", "brief.hbs"),
    shared.replace("<h2>Summary</h2>", `${addition}\n<h2>Summary</h2>`),
  );
  const run = await runCli(["generate", "--data", edition, "--out", join(root.dir, `${name}-out`), "--only", "briefs"]);
  expect(run, run.stderr).toMatchObject({ code: 0 });
  return laidOut(join(root.dir, `${name}-out`, "2017", "briefs"));
}

beforeAll(async () => {
  const loaded = await loadEdition(shipped2017);
  if (!loaded.ok) throw new Error("the shipped 2017 edition does not load");
  const { edition } = loaded;
  appendixHeadings = [
    edition.conventions.heading,
    edition.peacekeeping.heading,
    edition.organizations.heading,
    edition.glossary.heading,
    edition.photoCredits.heading,
    edition.closingNote.heading,
  ].map((h) => h.replace(/\s+/g, " "));
  reportingEnd = Number(edition.reportingPeriod.end.slice(0, 4));
  const run = await runCli(["generate", "--edition", "2017", "--out", join(root.dir, "shipped")]);
  expect(run, run.stderr).toMatchObject({ code: 0, stderr: "" });
  const out = join(root.dir, "shipped", "2017");
  shipped = [
    ...(await laidOut(out)),
    ...(await laidOut(join(out, "briefs"))).map((laid) => ({ ...laid, name: `briefs/${laid.name}` })),
  ];
  shortOverride = await withBriefOverride(
    "short",
    '<p class="note">Prepared for the regional office.</p>\n<p class="note">Not for distribution.</p>',
  );
  const sentence =
    "This briefing adds the regional office's reading of the convention table, kept with the published text so that analysts see both together. ";
  longOverride = await withBriefOverride("long", `<p>${sentence.repeat(24)}</p>`);
  // A paragraph of some five lines, with the memberships the shipped briefs have.
  paragraphOverride = await withBriefOverride("paragraph", `<p>${sentence.repeat(5)}</p>`, true);
}, 240_000);

afterAll(() => root.remove());

/** Lines between the running header and the footer. */
function body(laid: Laid, page: number): PdfLine[] {
  const size = laid.sizes[page - 1];
  if (!size) return [];
  return laid.lines.filter(
    (line) => line.page === page && line.yMin >= marginTop - 1 && line.yMax <= size.height - marginBottom + 1,
  );
}

const startsWithHeading = (line: PdfLine | undefined, headings: readonly string[]) =>
  line !== undefined &&
  headings.some((heading) => heading.startsWith(line.words.join(" ")) || line.words.join(" ") === heading);

function strandedHeadings(laid: Laid, headings: readonly string[]): string[] {
  return laid.sizes.flatMap((_, i) => {
    const lines = body(laid, i + 1);
    return lines.flatMap((line, at) => {
      const heading = headings.find((h) => h === line.words.join(" ") || h.startsWith(`${line.words.join(" ")} `));
      if (heading === undefined || !heading.startsWith(line.words.join(" "))) return [];
      // A heading that wraps goes on over its next lines; what follows it starts after them.
      let next = at + 1;
      while (next < lines.length && heading.includes(lines[next]!.words.join(" "))) next++;
      const nextHeading = lines.findIndex((l, k) => k >= next && startsWithHeading(l, headings));
      const after = (nextHeading === -1 ? lines.length : nextHeading) - next;
      // A shorter section is whole on the page when another heading, a new page's heading or the end follows it.
      const sectionEnds =
        nextHeading !== -1 || i + 1 === laid.sizes.length || startsWithHeading(body(laid, i + 2)[0], headings);
      return after >= 3 || (sectionEnds && after > 0)
        ? []
        : [`${laid.name} page ${i + 1}: "${heading}" has ${after} lines after it`];
    });
  });
}

/** Pages whose body fills less than a third of the page and that neither start a section nor end the document. */
function nearlyEmptyPages(laid: Laid, headings: readonly string[]): string[] {
  return laid.sizes.flatMap((size, i) => {
    const lines = body(laid, i + 1);
    const last = i + 1 === laid.sizes.length;
    if (last || startsWithHeading(lines[0], headings)) return [];
    const inner = size.height - marginTop - marginBottom;
    const used = lines.length === 0 ? 0 : Math.max(...lines.map((l) => l.yMax)) - marginTop;
    return used >= inner / 3 ? [] : [`${laid.name} page ${i + 1}: ${Math.round((100 * used) / inner)} % full`];
  });
}

/** How full each page's body is, in per cent of the room between the running header and the footer. */
function fullness(laid: Laid): number[] {
  return laid.sizes.map((size, i) => {
    const lines = body(laid, i + 1);
    const used = lines.length === 0 ? 0 : Math.max(...lines.map((l) => l.yMax)) - marginTop;
    return Math.round((100 * used) / (size.height - marginTop - marginBottom));
  });
}

/**
 * Pages but the last whose body fills less than a third of the page, whatever starts them: a page
 * that a section or a chart starts is nearly empty too when what follows could have used it.
 */
function nearlyEmptyBeforeTheEnd(laid: Laid): string[] {
  const full = fullness(laid);
  return full
    .slice(0, -1)
    .flatMap((percent, i) =>
      percent >= 100 / 3 ? [] : [`${laid.name}: page ${i + 1} is ${percent} % full (pages: ${full.join(" %, ")} %)`],
    );
}

/**
 * Pages that start with a section which ends on them, though the page before had room for the whole
 * of it (its height and the space a heading takes above it).
 */
function sectionsMovedThatFit(laid: Laid, headings: readonly string[]): string[] {
  const spaceAbove = 20;
  return laid.sizes.slice(1).flatMap((_, i) => {
    const page = i + 2;
    const lines = body(laid, page);
    if (!startsWithHeading(lines[0], headings)) return [];
    const next = lines.findIndex((line, k) => k > 0 && startsWithHeading(line, headings));
    const endsHere = next !== -1 || page === laid.sizes.length || startsWithHeading(body(laid, page + 1)[0], headings);
    if (!endsHere) return [];
    const section = next === -1 ? lines : lines.slice(0, next);
    const height = Math.max(...section.map((l) => l.yMax)) - section[0]!.yMin;
    const before = body(laid, page - 1);
    const bottom = laid.sizes[page - 2]!.height - marginBottom;
    const room = bottom - (before.length === 0 ? marginTop : Math.max(...before.map((l) => l.yMax)));
    return height + spaceAbove <= room
      ? [
          `${laid.name} page ${page}: "${section[0]!.words.join(" ")}" (${Math.round(height)} pt) fitted in the ${Math.round(room)} pt left on page ${page - 1}`,
        ]
      : [];
  });
}

/**
 * The page breaks inside a paragraph, with how many of its lines are on each side. A paragraph's lines
 * follow one another at the line pitch; a wider gap starts another block.
 */
function paragraphBreaks(laid: Laid, paragraphs: readonly string[]) {
  const blocks = (lines: readonly PdfLine[]) => {
    const out: PdfLine[][] = [];
    const pitch = Math.min(...lines.slice(1).map((line, i) => line.yMin - lines[i]!.yMin));
    lines.forEach((line, i) => {
      if (i > 0 && line.yMin - lines[i - 1]!.yMin <= pitch + 1) out[out.length - 1]!.push(line);
      else out.push([line]);
    });
    return out;
  };
  const text = (block: readonly PdfLine[]) => block.map((line) => line.words.join(" ")).join(" ");
  return laid.sizes.slice(1).flatMap((_, i) => {
    const [before, after] = [blocks(body(laid, i + 1)).at(-1), blocks(body(laid, i + 2))[0]];
    // A paragraph split: the page's last block and the next page's first make one paragraph together.
    return before && after && paragraphs.includes(`${text(before)} ${text(after)}`)
      ? [{ page: i + 1, before: before.length, after: after.length }]
      : [];
  });
}

function textOverFooter(laid: Laid): string[] {
  return laid.lines.flatMap((line) => {
    const size = laid.sizes[line.page - 1]!;
    const inFooter = line.yMin >= size.height - marginBottom;
    const inBody = line.yMax <= size.height - marginBottom + 1;
    return inFooter || inBody
      ? []
      : [
          `${laid.name} page ${line.page}: "${line.words.slice(0, 4).join(" ")}" from ${line.yMin.toFixed(1)} to ${line.yMax.toFixed(1)}`,
        ];
  });
}

describe("composition of the generated documents", () => {
  it("keeps every heading with at least three lines of what follows", () => {
    expect(
      shipped.flatMap((laid) =>
        strandedHeadings(laid, laid.name === "appendix.pdf" ? appendixHeadings : briefHeadings),
      ),
    ).toEqual([]);
    expect([...longOverride, ...paragraphOverride].flatMap((laid) => strandedHeadings(laid, briefHeadings))).toEqual(
      [],
    );
  });

  it("moves no section to the next page when the page before has room for the whole of it", () => {
    const briefs = [
      ...shipped.filter((laid) => laid.name.startsWith("briefs/")),
      ...longOverride,
      ...paragraphOverride,
    ];
    expect(briefs.flatMap((laid) => sectionsMovedThatFit(laid, briefHeadings))).toEqual([]);
  });

  it("leaves no page nearly empty unless it starts a section or ends the document", () => {
    expect(
      shipped.flatMap((laid) =>
        nearlyEmptyPages(laid, laid.name === "appendix.pdf" ? appendixHeadings : briefHeadings),
      ),
    ).toEqual([]);
    expect([...longOverride, ...paragraphOverride].flatMap((laid) => nearlyEmptyPages(laid, briefHeadings))).toEqual(
      [],
    );
  });

  it("draws no text across the page footer", () => {
    expect([...shipped, ...shortOverride, ...longOverride, ...paragraphOverride].flatMap(textOverFooter)).toEqual([]);
  });

  it("starts each later page of a brief with the running header, then a heading or the memberships table's header row", () => {
    const briefs = [...shipped.filter((laid) => laid.name.startsWith("briefs/")), ...paragraphOverride];
    expect(briefs.length).toBeGreaterThan(0);
    const badly = briefs.flatMap((laid) =>
      laid.sizes.slice(1).flatMap((_, i) => {
        const page = i + 2;
        const header = laid.lines.find((line) => line.page === page && line.yMax < marginTop);
        const first = body(laid, page)[0];
        return [
          ...(header?.words.join(" ").endsWith("2017 Trafficking in Persons Report")
            ? []
            : [`${laid.name}: page ${page} header is "${header?.words.join(" ")}"`]),
          ...(startsWithHeading(first, briefHeadings) || first?.words.join(" ") === membershipsHeader
            ? []
            : [`${laid.name}: page ${page} starts with "${first?.words.join(" ")}"`]),
        ];
      }),
    );
    expect(badly).toEqual([]);
  });

  it("keeps a brief to one page when two short lines are added to its template", () => {
    expect(
      shortOverride.filter((laid) => laid.sizes.length !== 1).map((laid) => `${laid.name}: ${laid.sizes.length} pages`),
    ).toEqual([]);
  });

  it("lays out a brief's second page like its first: the running header, a whole section", () => {
    expect(longOverride.length).toBeGreaterThan(0);
    const badly = longOverride.flatMap((laid) => {
      if (laid.sizes.length !== 2) return [`${laid.name}: ${laid.sizes.length} pages`];
      const header = laid.lines.find((line) => line.page === 2 && line.yMax < marginTop);
      const first = body(laid, 2)[0];
      return [
        ...(header?.words.join(" ").endsWith("2017 Trafficking in Persons Report")
          ? []
          : [`${laid.name}: page 2 header is "${header?.words.join(" ")}"`]),
        ...(startsWithHeading(first, briefHeadings)
          ? []
          : [`${laid.name}: page 2 starts with "${first?.words.join(" ")}"`]),
      ];
    });
    expect(badly).toEqual([]);
  });

  it("keeps the chart's labels inside its plot: from the first year on the axis to the year after the reporting period", () => {
    const outside = shipped
      .filter((laid) => laid.name.startsWith("briefs/"))
      .flatMap((laid) => {
        // The axis: the one line made only of years, each centred on its tick.
        const axis = laid.lines.find((line) => line.words.length >= 3 && line.words.every((w) => /^\d{4}$/.test(w)));
        const chartTitle = laid.lines.find((line) => line.words.join(" ") === "Ratifications over time");
        if (!axis || !chartTitle) return [`${laid.name}: no chart axis`];
        const ticks = laid.words
          .filter((w) => w.page === axis.page && Math.round(w.yMax) === Math.round(axis.yMax))
          .sort((a, b) => a.xMin - b.xMin);
        const centre = (w: PdfWord) => (w.xMin + w.xMax) / 2;
        const [first, last] = [ticks[0]!, ticks[ticks.length - 1]!];
        const perYear = (centre(last) - centre(first)) / (Number(last.text) - Number(first.text));
        const left = centre(first);
        const right = left + (reportingEnd + 1 - Number(first.text)) * perYear;
        const labels = laid.words.filter(
          (w) =>
            w.page === axis.page && w.yMin > chartTitle.yMax && w.yMax < axis.yMin && /^\d{4}(\([aA]\))?$/.test(w.text),
        );
        if (labels.length === 0) return [`${laid.name}: no labels`];
        return labels
          .filter((w) => w.xMin < left - 0.5 || w.xMax > right + 0.5)
          .map(
            (w) =>
              `${laid.name}: "${w.text}" from ${w.xMin.toFixed(1)} to ${w.xMax.toFixed(1)}, plot ${left.toFixed(1)}–${right.toFixed(1)}`,
          );
      });
    expect(outside).toEqual([]);
  });
});

// Generated in their own hook, with its own time: six appendices.
describe("composition of appendices whose closing note is three times as long", () => {
  let shippedAppendixPages: number;

  beforeAll(async () => {
    shippedAppendixPages = shipped.find((laid) => laid.name === "appendix.pdf")!.sizes.length;
    // Appendices whose closing note says its paragraphs three times, starting from each paragraph in turn,
    // so that the page breaks fall at different lines of them.
    const note = readFileSync(join(shipped2017, "closing-note.md"), "utf8");
    const [title, ...paragraphs] = note.trim().split(/\n\s*\n/);
    longNoteParagraphs = paragraphs.map((text) => text.replace(/[*_]/g, "").replace(/\s+/g, " ").trim());
    longNotes = await Promise.all(
      paragraphs.map(async (_, first) => {
        const edition = copyEdition(join(root.dir, `long-note-${first}`));
        const turned = [...paragraphs.slice(first), ...paragraphs.slice(0, first)];
        writeFileSync(join(edition, "closing-note.md"), `${[title, ...turned, ...turned, ...turned].join("\n\n")}\n`);
        const out = join(root.dir, `long-note-${first}-out`);
        const noteRun = await runCli(["generate", "--data", edition, "--out", out, "--only", "appendix"]);
        expect(noteRun, noteRun.stderr).toMatchObject({ code: 0 });
        const [laid] = await laidOut(join(out, "2017"));
        return { ...laid!, name: `appendix with the closing note from paragraph ${first + 1}` };
      }),
    );
  }, 240_000);

  it("keeps every heading with three lines, leaves no page nearly empty and draws nothing over the footer", () => {
    expect(longNotes.flatMap((laid) => strandedHeadings(laid, appendixHeadings))).toEqual([]);
    expect(longNotes.flatMap((laid) => nearlyEmptyPages(laid, appendixHeadings))).toEqual([]);
    expect(longNotes.flatMap(textOverFooter)).toEqual([]);
  });

  it("keeps two lines of a paragraph on each side of a page break in closing notes three times as long", () => {
    const breaks = longNotes.flatMap((laid) => {
      expect(laid.sizes.length).toBeGreaterThan(shippedAppendixPages + 1);
      return paragraphBreaks(laid, longNoteParagraphs).map((at) => ({ ...at, name: laid.name }));
    });
    expect(breaks.length).toBeGreaterThan(0);
    expect(
      breaks
        .filter(({ before, after }) => before < 2 || after < 2)
        .map(
          ({ name, page, before, after }) =>
            `${name}, pages ${page}–${page + 1}: ${before} line(s) before the break, ${after} after`,
        ),
    ).toEqual([]);
  });
});

// Generated in their own hook: three editions of briefs, one per override.
describe("composition of briefs whose template override adds one to four paragraphs, with memberships", () => {
  /** Per override, its briefs: every country of the edition, one of them with no entry in memberships.yaml. */
  let overrides: { readonly paragraphs: number; readonly briefs: Laid[] }[];
  let unrecorded: string;

  beforeAll(async () => {
    const sentence =
      "This briefing adds the regional office's reading of the convention table, kept with the published text so that analysts see both together. ";
    overrides = await Promise.all(
      [1, 2, 4].map(async (paragraphs) => ({
        paragraphs,
        briefs: await withBriefOverride(
          `paragraphs-${paragraphs}`,
          Array.from({ length: paragraphs }, () => `<p>${sentence.repeat(5)}</p>`).join("\n"),
          true,
          (edition) => {
            // The first country's entry goes: its brief says that its memberships are not recorded.
            const file = join(edition, "memberships.yaml");
            const text = readFileSync(file, "utf8");
            const entry = /\n {2}- country: ([A-Z]{3})\n(?: {4}\S.*\n)+/.exec(text.slice(text.indexOf("\ncountries:")));
            if (!entry) throw new Error("memberships.yaml lists no country");
            unrecorded = entry[1]!;
            writeFileSync(file, text.replace(entry[0], "\n"));
          },
        ),
      })),
    );
  }, 240_000);

  const all = () =>
    overrides.flatMap(({ paragraphs, briefs }) =>
      briefs.map((laid) => ({ ...laid, name: `${paragraphs} paragraph(s), ${laid.name}` })),
    );

  it("runs the briefs onto later pages, with a table of organizations and without one", () => {
    for (const { briefs } of overrides) expect(briefs.some((laid) => laid.sizes.length > 1)).toBe(true);
    const text = (laid: Laid) => laid.lines.map((line) => line.words.join(" ")).join("\n");
    const briefs = all();
    expect(briefs.filter((laid) => text(laid).includes(membershipsHeader)).length).toBeGreaterThan(0);
    expect(
      briefs.filter((laid) => laid.name.endsWith(`${unrecorded}.pdf`) && text(laid).includes("has no entry for")),
    ).toHaveLength(overrides.length);
  });

  it("leaves no page but the last less than a third full", () => {
    expect(all().flatMap(nearlyEmptyBeforeTheEnd)).toEqual([]);
  });

  it("keeps every heading with at least three lines of what follows, and moves no section off a page that had room for it", () => {
    expect(all().flatMap((laid) => strandedHeadings(laid, briefHeadings))).toEqual([]);
    expect(all().flatMap((laid) => sectionsMovedThatFit(laid, briefHeadings))).toEqual([]);
    expect(all().flatMap(textOverFooter)).toEqual([]);
  });

  it("starts a later page with the running header, then a heading or the memberships table's header row", () => {
    const badly = all().flatMap((laid) =>
      laid.sizes.slice(1).flatMap((_, i) => {
        const page = i + 2;
        const header = laid.lines.find((line) => line.page === page && line.yMax < marginTop);
        const [first] = body(laid, page);
        const text = (line: PdfLine | undefined) => line?.words.join(" ");
        if (!text(header)?.endsWith("2017 Trafficking in Persons Report"))
          return [`${laid.name}: page ${page} header is "${text(header)}"`];
        if (startsWithHeading(first, briefHeadings)) return [];
        if (text(first) !== membershipsHeader) return [`${laid.name}: page ${page} starts with "${text(first)}"`];
        // A table split between rows: its header row and at least one row on the page before.
        const before = body(laid, page - 1);
        const head = before.findIndex((line) => text(line) === membershipsHeader);
        return head === -1 || head + 1 < before.length
          ? []
          : [`${laid.name}: the table of organizations leaves its header row alone on page ${page - 1}`];
      }),
    );
    expect(badly).toEqual([]);
  });
});
