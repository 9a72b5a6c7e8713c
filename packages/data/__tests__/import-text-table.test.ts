// A convention table read back as text (a PDF viewer's copy, pdftotext with or without -layout), in
// the layouts and notations other tables and editions print: which rows, columns and problems an
// editor gets from it. The published table's own cases are in import-table.test.ts.
import type { ConventionColumn, Edition } from "@tip/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { importConventionTable, loadEdition } from "../src/load/index.js";
import { where } from "./edition-copy.js";
import { edition2017Dir, publishedConventionTable } from "./source.js";
import { layout } from "./text-layout.js";

let edition: Edition;
let columns: readonly ConventionColumn[];
/** The table as published, tab-separated: the heading row, the subheadings, a row per country. */
let published: string[];

beforeAll(async () => {
  const result = await loadEdition(edition2017Dir);
  if (!result.ok) throw new Error("the 2017 edition does not load");
  edition = result.edition;
  columns = edition.conventions.columns;
  published = publishedConventionTable();
});

/** Cells apart by single spaces, as a PDF viewer copies them. */
const spaces = (rows: readonly string[]) => rows.map((l) => l.replaceAll("\t", " ")).join("\n");
/** A row of the tab-separated table with its name changed. */
const renamed = (rows: readonly string[], from: string, to: string) =>
  rows.map((l) => (l.startsWith(`${from}\t`) ? `${to}${l.slice(from.length)}` : l));
/** Each issue as `line:column rule message`. */
const problems = (result: { issues: readonly { line: number; column: number; rule: string; message: string }[] }) =>
  result.issues.map((i) => `${i.line}:${i.column} ${i.rule} ${i.message}`);
/** The 1-based line and column where `needle` first stands in the text, from line `from` on. */
function at(text: string, needle: string, from = 1): string {
  const lines = text.split("\n");
  for (let i = from - 1; i < lines.length; i++) {
    const column = lines[i]!.indexOf(needle);
    if (column >= 0) return `${i + 1}:${column + 1}`;
  }
  throw new Error(`"${needle}" is not in the text`);
}

describe("a -layout table", () => {
  it.each([
    { width: 20, centreHeadings: false },
    { width: 24, centreHeadings: true },
    { width: 14, centreHeadings: true },
  ])(
    "gives each column its heading, subheading and footnote mark with no edition to go by ($width wide, centred: $centreHeadings)",
    (options) => {
      const result = importConventionTable(layout(published, options), { file: "p.txt" });
      expect(where(result.issues)).toEqual([]);
      expect(result.ok && result.columns).toEqual(columns);
      expect(result.ok && result.countryHeading).toBe("Country");
    },
  );

  it.each([false, true])(
    "reads rows printed with no blank line between them (centred headings: %s)",
    (centreHeadings) => {
      const result = importConventionTable(layout(published, { width: 16, centreHeadings, tight: true }), {
        file: "p.txt",
      });
      expect(where(result.issues)).toEqual([]);
      expect(result.ok && result.rows).toEqual(edition.conventions.rows);
      expect(result.ok && result.columns).toEqual(columns);
    },
  );

  it("joins the first row's name wrapped over lines above and below its cells", () => {
    const rows = renamed(published, "Argentina", "Saint Vincent and the Grenadines");
    const text = layout(rows, { width: 9, centreHeadings: true });
    const result = importConventionTable(text, { file: "p.txt", columns });
    expect(where(result.issues)).toEqual([]);
    expect(result.ok && result.rows[0]).toEqual({
      ...edition.conventions.rows[0],
      country: "VCT",
      name: "Saint Vincent and the Grenadines",
    });
    expect(result.ok && result.rows.slice(1)).toEqual(edition.conventions.rows.slice(1));
  });

  it("reports a name's line with no cells, in rows with no blank line between them, where it stands", () => {
    const rows = renamed(published, "Cyprus", "Saint Vincent and the Grenadines");
    const text = layout(rows, { width: 9, centreHeadings: false, tight: true });
    const result = importConventionTable(text, { file: "p.txt", columns });
    // With no blank lines to tell rows apart, a line without cells is a row of its own.
    const wrapped = text.split("\n").filter((l) => /^(Saint|Vincent|and the|Grenadines)\b/.test(l));
    expect(wrapped.length).toBeGreaterThan(1);
    expect(result.ok).toBe(false);
    const names = result.issues.filter((i) => i.rule === "import/unknown-country");
    expect(names.map((i) => `${i.line}:${i.column}`)).toEqual(
      names.map((i) => at(text, i.message.slice(1, i.message.indexOf('"', 1)), i.line)),
    );
    expect(result.issues.filter((i) => i.rule === "import/field-count").length).toBeGreaterThan(0);
  });

  it("reports an unknown heading at its first word, and the cells under it are not read", () => {
    const rows = [...published];
    rows[0] = rows[0]!.replace(
      "ILO Convention 105, Abolition of Forced Labour",
      "ILO Recommendation 35, Forced Labour Indirect Compulsion",
    );
    const text = layout(rows, { width: 60, centreHeadings: false });
    const result = importConventionTable(text, { file: "p.txt" });
    expect(problems(result)).toEqual([
      `${at(text, "ILO Recommendation")} import/unknown-heading the heading "ILO Recommendation 35, Forced Labour Indirect Compulsion" names no known instrument`,
    ]);
  });

  it("reads a table whose heading row leaves the country column blank, naming it Country", () => {
    const rows = [...published];
    rows[0] = rows[0]!.replace(/^Country\t/, "\t");
    for (const text of [
      layout(rows, { width: 18, centreHeadings: false }),
      layout(rows, { width: 14, centreHeadings: true }),
    ]) {
      const result = importConventionTable(text, { file: "p.txt" });
      expect(where(result.issues)).toEqual([]);
      expect(result.ok && result.countryHeading).toBe("Country");
      expect(result.ok && result.columns).toEqual(columns);
      expect(result.ok && result.rows).toEqual(edition.conventions.rows);
    }
  });
});

describe("tables with other columns, and the notations of other editions", () => {
  /** A table of the published one's columns `keep` (indices after the country), in that order. */
  const only = (keep: readonly number[]) =>
    published.map((l) => {
      const [name, ...cells] = l.split("\t");
      return [name, ...keep.map((k) => cells[k]!)].join("\t");
    });

  it.each(["tabs", "spaces", "layout", "tight layout"])(
    "reads a table of two columns in another order (%s)",
    (form) => {
      const rows = only([6, 0]); // ILO C182, then the Palermo Protocol
      const text =
        form === "tabs"
          ? rows.join("\n")
          : form === "spaces"
            ? spaces(rows)
            : layout(rows, { width: 22, centreHeadings: true, tight: form === "tight layout" });
      const result = importConventionTable(text, { file: "p.txt", columns });
      expect(where(result.issues)).toEqual([]);
      expect(result.ok && result.columns.map((c) => c.instrument)).toEqual(["c182", "palermo"]);
      expect(result.ok && result.rows).toEqual(
        edition.conventions.rows.map((r) => ({ ...r, cells: { c182: r.cells.c182, palermo: r.cells.palermo } })),
      );
    },
  );

  it("reads every notation the appendix uses: full dates, codes with and without a space, and each dash for none", () => {
    const rows = [
      "Country\tUN Protocol to Prevent, Suppress and Punish Trafficking in Persons\tILO Convention 29, Forced Labour\tILO Convention 182, Elimination of Worst Forms of Child Labor",
      "\tRatification, Accession (a), or Acceptance (A)\tRatification\tRatification",
      "Argentina\t2016-11-09(a)\t1950\t2001(AA)",
      "Brunei\t2006 (a)\t–\t-",
      "Cyprus\t1993(d)\t2017-03-01\t—",
    ];
    for (const text of [
      spaces(rows),
      layout(rows, { width: 20, centreHeadings: true }),
      layout(rows, { width: 20, centreHeadings: false, tight: true }),
    ]) {
      const result = importConventionTable(text, { file: "p.txt", columns });
      expect(where(result.issues)).toEqual([]);
      expect(result.ok && result.rows.map((r) => r.cells)).toEqual([
        {
          palermo: { kind: "accession", year: 2016, date: "2016-11-09" },
          c029: { kind: "ratification", year: 1950 },
          c182: { kind: "approval", year: 2001 },
        },
        { palermo: { kind: "accession", year: 2006 }, c029: null, c182: null },
        {
          palermo: { kind: "succession", year: 1993 },
          c029: { kind: "ratification", year: 2017, date: "2017-03-01" },
          c182: null,
        },
      ]);
    }
  });

  it("reports a cell in no notation at its line and column, in text with single spaces and in -layout", () => {
    const rows = renamed(published, "Brunei", "Brunei").map((l) =>
      l.startsWith("Brunei\t") ? l.replace("2006(a)", "2006(x)") : l,
    );
    for (const text of [
      spaces(rows),
      layout(rows, { width: 14, centreHeadings: true }),
      layout(rows, { width: 14, centreHeadings: false, tight: true }),
    ]) {
      const result = importConventionTable(text, { file: "p.txt", columns });
      const brunei = text.split("\n").findIndex((l) => l.startsWith("Brunei")) + 1;
      expect(problems(result)).toEqual([
        `${at(text, "2006(x)", brunei)} import/notation "2006(x)" is not in the published notation`,
      ]);
    }
  });
});

describe("where the table starts and ends", () => {
  it("reads the headings and rows however many cells the first row is short of", () => {
    // The first row, and one more, short of a cell: the count of cells most rows have decides.
    const rows = published.map((l) =>
      l.startsWith("Argentina\t") || l.startsWith("Brunei\t") ? l.replace(/\t[^\t]*$/, "") : l,
    );
    for (const text of [spaces(rows), layout(rows, { width: 14, centreHeadings: true })]) {
      const result = importConventionTable(text, { file: "p.txt", columns });
      const line = (name: string) => text.split("\n").findIndex((l) => l.startsWith(name)) + 1;
      expect(problems(result)).toEqual([
        `${line("Argentina")}:1 import/field-count this row has 8 cells, the heading row has 9`,
        `${line("Brunei")}:1 import/field-count this row has 8 cells, the heading row has 9`,
      ]);
    }
  });

  it("takes the larger count when as many rows have one cell fewer", () => {
    const rows = published.slice(0, 4).map((l, i) => (i === 3 ? l.replace(/\t[^\t]*$/, "") : l));
    const result = importConventionTable(spaces(rows), { file: "p.txt", columns });
    expect(problems(result)).toEqual(["4:1 import/field-count this row has 8 cells, the heading row has 9"]);
  });

  it("skips footnotes under the table, each mark as printed, and a page number above it", () => {
    const notes = [
      "* ILO Protocol of 2014 to the Forced Labour Convention entered into force November 9, 2016",
      "† Accession (a) is the act whereby a state accepts the offer to become a party 2016",
      "‡ Acceded 2001 2002",
    ];
    for (const text of [
      ["12", "", spaces(published), ...notes].join("\n"),
      ["12", "", layout(published, { width: 14, centreHeadings: true, tight: true }), ...notes].join("\n"),
    ]) {
      const result = importConventionTable(text, { file: "p.txt", columns });
      expect(where(result.issues)).toEqual([]);
      expect(result.ok && result.rows).toEqual(edition.conventions.rows);
    }
  });

  it("reads text with Windows line ends and spaces at the ends of lines", () => {
    const text = layout(published, { width: 14, centreHeadings: true }).replaceAll("\n", "   \r\n");
    const result = importConventionTable(text, { file: "p.txt" });
    expect(where(result.issues)).toEqual([]);
    expect(result.ok && result.columns).toEqual(columns);
    expect(result.ok && result.rows).toEqual(edition.conventions.rows);
  });
});

describe("headings run together on one line (single spaces)", () => {
  it("cuts them at the known headings, footnote marks and all, and names the country column as printed", () => {
    const rows = [...published];
    rows[0] = rows[0]!.replace(/^Country\t/, "Country or Territory\t").replace("Labor\t", "Labor†\t");
    const result = importConventionTable(spaces(rows), { file: "p.txt", columns });
    expect(where(result.issues)).toEqual([]);
    expect(result.ok && result.countryHeading).toBe("Country or Territory");
    expect(result.ok && result.columns.map((c) => `${c.instrument}${c.footnote ?? ""}`)).toEqual([
      "palermo",
      "opsc",
      "opac",
      "c029",
      "p029*",
      "c105",
      "c182†",
      "c189",
    ]);
  });

  it("names the country column Country when the line starts with an instrument's heading", () => {
    const rows = [...published];
    rows[0] = rows[0]!.replace(/^Country\t/, "");
    const result = importConventionTable(spaces(rows), { file: "p.txt", columns });
    expect(where(result.issues)).toEqual([]);
    expect(result.ok && result.countryHeading).toBe("Country");
    expect(result.ok && result.rows).toEqual(edition.conventions.rows);
  });

  it("matches headings whatever their case, quotes and dashes, and a heading only where a word starts and ends", () => {
    const heading = (h: string) =>
      ({ ...columns.find((c) => c.instrument === "c029")!, heading: h }) satisfies ConventionColumn;
    const own = [heading("Forced Labour Convention – ‘C29’"), ...columns.filter((c) => c.instrument !== "c029")];
    const rows = [...published];
    rows[0] = rows[0]!.replace("ILO Convention 29, Forced Labour", "FORCED LABOUR CONVENTION - 'C29'");
    const result = importConventionTable(spaces(rows), { file: "p.txt", columns: own });
    expect(where(result.issues)).toEqual([]);
    expect(result.ok && result.columns.map((c) => c.instrument)).toEqual(columns.map((c) => c.instrument));
  });

  it("cuts at the longer of two headings when one begins with the other", () => {
    const c029 = { ...columns.find((c) => c.instrument === "c029")!, heading: "Forced Labour Convention" };
    const p029 = {
      ...columns.find((c) => c.instrument === "p029")!,
      heading: "Forced Labour Convention Protocol of 2014",
    };
    const rows = [
      "Country Forced Labour Convention Protocol of 2014 Forced Labour Convention",
      "Argentina 2016 1950",
      "Brunei — —",
    ];
    const result = importConventionTable(rows.join("\n"), { file: "p.txt", columns: [c029, p029] });
    expect(where(result.issues)).toEqual([]);
    expect(result.ok && result.columns.map((c) => `${c.instrument} ${c.heading}`)).toEqual([
      "p029 Forced Labour Convention Protocol of 2014",
      "c029 Forced Labour Convention",
    ]);
  });
});

describe("a byte-order mark at the start of the text", () => {
  it("does not shift the columns of the first line", () => {
    const rows = [...published];
    rows[0] = rows[0]!.replace("ILO Convention 105, Abolition of Forced Labour", "ILO Recommendation 35");
    const text = layout(rows, { width: 40, centreHeadings: false });
    const result = importConventionTable(`\uFEFF${text}`, { file: "p.txt" });
    expect(where(result.issues)).toEqual([`p.txt:${at(text, "ILO Recommendation 35")} import/unknown-heading`]);
    expect(result.issues[0]!.message).toBe('the heading "ILO Recommendation 35" names no known instrument');
  });
});
