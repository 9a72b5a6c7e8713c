// Importing a convention table pasted from the published report. The importer's property tests
// (it never throws, whatever the text) are in import-table.fuzz.test.ts.
import type { Edition } from "@tip/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { formatCsvRecord, formatPublishedTable, importConventionTable, loadEdition } from "../src/load/index.js";
import { where } from "./edition-copy.js";
import { edition2017Dir, publishedConventionTable } from "./source.js";
import { layout } from "./text-layout.js";

let edition: Edition;
/** The table as published: from the "Country" heading row through the Poland row. */
let published: string[];

beforeAll(async () => {
  const result = await loadEdition(edition2017Dir);
  if (!result.ok) throw new Error("the 2017 edition does not load");
  edition = result.edition;
  published = publishedConventionTable();
});

const asCsv = (tsv: readonly string[]) => tsv.map((l) => formatCsvRecord(l.split("\t"))).join("\n");

describe("importConventionTable", () => {
  it("reads the published table (TSV) into the edition's rows and columns", () => {
    const result = importConventionTable(`${published.join("\n")}\n`, {
      file: "pasted.tsv",
      columns: edition.conventions.columns,
    });
    expect(where(result.issues)).toEqual([]);
    if (!result.ok) return;
    expect(result.rows).toEqual(edition.conventions.rows);
    expect(result.columns).toEqual(edition.conventions.columns);
    expect(result.countryHeading).toBe("Country");
  });

  it("matches headings by the instruments' titles when no edition columns are given", () => {
    const result = importConventionTable(published.join("\n"), { file: "pasted.tsv" });
    expect(result.ok && result.columns.map((c) => c.instrument)).toEqual(
      edition.conventions.columns.map((c) => c.instrument),
    );
  });

  it("skips a footnote selected with the table, in TSV and CSV alike", () => {
    const footnote = "* ILO Protocol of 2014 to the Forced Labour Convention entered into force November 9, 2016";
    const tsv = importConventionTable([...published, "", footnote].join("\n"), {
      file: "p.tsv",
      columns: edition.conventions.columns,
    });
    expect(where(tsv.issues)).toEqual([]);
    expect(tsv.ok && tsv.rows).toEqual(edition.conventions.rows);
    // Quoted or not: unquoted, its comma cuts it in two.
    for (const line of [formatCsvRecord([footnote]), footnote]) {
      const csv = importConventionTable(`${asCsv(published)}\n${line}\n`, {
        file: "p.csv",
        columns: edition.conventions.columns,
      });
      expect(where(csv.issues)).toEqual([]);
    }
  });

  it("reads the same table as CSV, and with a BOM and CRLF line ends", () => {
    const tsv = importConventionTable(published.join("\n"), { file: "pasted.tsv" });
    const csv = importConventionTable(asCsv(published), { file: "pasted.csv" });
    const bomCrlf = importConventionTable(`\uFEFF${asCsv(published).replaceAll("\n", "\r\n")}\r\n`, {
      file: "pasted.csv",
    });
    const tsvBomCrlf = importConventionTable(`\uFEFF${published.join("\r\n")}\r\n`, { file: "pasted.tsv" });
    expect(tsv.ok).toBe(true);
    expect(csv).toEqual(tsv);
    expect(bomCrlf).toEqual(tsv);
    expect(tsvBomCrlf).toEqual(tsv);
  });

  it("round-trips the published notation of the edition", () => {
    const result = importConventionTable(formatPublishedTable(edition), {
      file: "t.tsv",
      columns: edition.conventions.columns,
    });
    expect(result.ok && result.rows).toEqual(edition.conventions.rows);
  });

  it("reports an unknown country name at its line and column", () => {
    const lines = [...published];
    lines[4] = lines[4]!.replace(/^Cyprus/, "Atlantis");
    const result = importConventionTable(lines.join("\n"), { file: "pasted.tsv" });
    expect(result.ok).toBe(false);
    expect(where(result.issues)).toEqual(["pasted.tsv:5:1 import/unknown-country"]);
    expect(result.issues[0]!.message).toBe('"Atlantis" is not a known country name');
  });

  it("accepts other spellings of a country (Czech Republic for Czechia)", () => {
    const lines = published.map((l) => l.replace(/^Czechia\t/, "Czech Republic\t"));
    const result = importConventionTable(lines.join("\n"), { file: "pasted.tsv" });
    expect(result.ok && result.rows.find((r) => r.country === "CZE")?.name).toBe("Czech Republic");
  });

  it("reads country names as the report's other tables print them (Burma, Korea, South, The Bahamas, St. Lucia)", () => {
    const names: Record<string, string> = {
      Argentina: "Burma",
      Brunei: "Korea, South",
      Cyprus: "The Bahamas",
      Czechia: "St. Lucia",
      Estonia: "Cabo Verde",
    };
    const lines = published.map((l) => {
      const [name, ...cells] = l.split("\t");
      return [names[name!] ?? name, ...cells].join("\t");
    });
    const tsv = importConventionTable(lines.join("\n"), { file: "p.tsv" });
    const csv = importConventionTable(asCsv(lines), { file: "p.csv" });
    expect(tsv.ok && tsv.rows.slice(0, 5).map((r) => `${r.country} ${r.name}`)).toEqual([
      "MMR Burma",
      "KOR Korea, South",
      "BHS The Bahamas",
      "LCA St. Lucia",
      "CPV Cabo Verde",
    ]);
    expect(csv).toEqual(tsv);
  });

  it("reports an unknown heading, a bad cell and a missing subheading row, all at once", () => {
    const lines = [...published];
    lines[0] = lines[0]!.replace("ILO Convention 189, Domestic Workers", "ILO Convention 999");
    lines[2] = lines[2]!.replace("2003", "2003(z)");
    lines.splice(1, 1);
    const result = importConventionTable(lines.join("\n"), { file: "pasted.tsv" });
    expect(where(result.issues)).toEqual([
      `pasted.tsv:1:${lines[0]!.indexOf("ILO Convention 999") + 1} import/unknown-heading`,
      "pasted.tsv:2:1 import/subheadings",
      "pasted.tsv:2:16 import/notation",
    ]);
  });

  it("reports an empty paste", () => {
    expect(where(importConventionTable("\n\n", { file: "p.tsv" }).issues)).toEqual(["p.tsv:1:1 import/empty"]);
  });

  describe("a table read back as text (cells apart by spaces)", () => {
    it("reads the table with single spaces between cells, cutting the headings at the known ones", () => {
      const result = importConventionTable(published.map((l) => l.replaceAll("\t", " ")).join("\n"), {
        file: "p.txt",
        columns: edition.conventions.columns,
      });
      expect(where(result.issues)).toEqual([]);
      expect(result.ok && result.rows).toEqual(edition.conventions.rows);
      expect(result.ok && result.columns).toEqual(edition.conventions.columns);
    });

    it.each([
      { width: 20, centreHeadings: false },
      { width: 24, centreHeadings: true },
      { width: 14, centreHeadings: true },
    ])(
      "reads a -layout table by column positions (columns $width wide, centred headings: $centreHeadings)",
      (options) => {
        const text = layout(published, options);
        const withColumns = importConventionTable(text, { file: "p.txt", columns: edition.conventions.columns });
        expect(where(withColumns.issues)).toEqual([]);
        expect(withColumns.ok && withColumns.rows).toEqual(edition.conventions.rows);
        expect(withColumns.ok && withColumns.columns).toEqual(edition.conventions.columns);
        // With no edition to go by, the headings are matched by the instruments' titles.
        const alone = importConventionTable(text, { file: "p.txt" });
        expect(alone.ok && alone.columns.map((c) => c.instrument)).toEqual(
          edition.conventions.columns.map((c) => c.instrument),
        );
        expect(alone.ok && alone.rows).toEqual(edition.conventions.rows);
      },
    );

    it("joins a country name wrapped over lines, above or below its cells", () => {
      const rows = published.map((l) =>
        l
          .replace(/^Czechia\t/, "Czech Republic of the Long Name\t")
          .replace(/^Poland\t/, "Saint Vincent and the Grenadines\t"),
      );
      const result = importConventionTable(layout(rows, { width: 12, centreHeadings: true }), {
        file: "p.txt",
        columns: edition.conventions.columns,
      });
      const names = result.issues.filter((i) => i.rule === "import/unknown-country").map((i) => i.message);
      expect(names).toEqual(['"Czech Republic of the Long Name" is not a known country name']);
      expect(where(result.issues).filter((w) => !w.endsWith("import/unknown-country"))).toEqual([]);
      // The unknown name is reported where its first line starts.
      const czech = result.issues.find((i) => i.rule === "import/unknown-country")!;
      const text = layout(rows, { width: 12, centreHeadings: true }).split("\n");
      expect(text[czech.line - 1]!.slice(czech.column - 1)).toMatch(/^Czech\b/);
    });

    it("leaves out a title and an introduction selected above the table, and a page's footer below it", () => {
      const above = [
        "RELEVANT INTERNATIONAL CONVENTIONS",
        "",
        "The chart below shows the Ratification, Accession (a), or Acceptance (A) of relevant",
        "international conventions between April 2016 and March 2017.",
        "",
      ];
      const below = [
        "",
        "",
        "2017 Trafficking in Persons Report                    Page 1 of 10",
        "",
        "TRAFFICKING IN PERSONS REPORT 2017",
      ];
      const spaces = published.map((l) => l.replaceAll("\t", " "));
      for (const text of [
        [...above, ...spaces, ...below].join("\n"),
        [...above, layout(published, { width: 18, centreHeadings: false }), ...below].join("\n"),
      ]) {
        const result = importConventionTable(text, { file: "p.txt", columns: edition.conventions.columns });
        expect(where(result.issues)).toEqual([]);
        expect(result.ok && result.countryHeading).toBe("Country");
        expect(result.ok && result.columns).toEqual(edition.conventions.columns);
        expect(result.ok && result.rows).toEqual(edition.conventions.rows);
      }
    });

    it("reports a bad cell and a missing cell at their lines and columns", () => {
      const lines = published.map((l) => l.replaceAll("\t", " "));
      const brunei = lines.findIndex((l) => l.startsWith("Brunei "));
      lines[brunei] = lines[brunei]!.replace("2006(a)", "2006(b)");
      const mali = lines.findIndex((l) => l.startsWith("Mali "));
      lines[mali] = lines[mali]!.replace(" 2002(a)", "");
      const result = importConventionTable(lines.join("\n"), { file: "p.txt", columns: edition.conventions.columns });
      expect(where(result.issues)).toEqual([
        `p.txt:${brunei + 1}:${lines[brunei]!.indexOf("2006(b)") + 1} import/notation`,
        `p.txt:${mali + 1}:1 import/field-count`,
      ]);
      expect(result.issues[1]!.message).toBe("this row has 8 cells, the heading row has 9");
    });

    it("takes the edition's columns, with a warning, when headings in unknown words run together", () => {
      const lines = published.map((l) => l.replaceAll("\t", " "));
      lines[0] = "Country Trafficking Protocol Sale of Children Armed Conflict C29 Forced Labour P29 C105 C182 C189";
      const result = importConventionTable(lines.join("\n"), { file: "p.txt", columns: edition.conventions.columns });
      expect(where(result.issues)).toEqual(["p.txt:1:1 import/headings-assumed"]);
      expect(result.issues[0]!.severity).toBe("warning");
      expect(result.ok && result.rows).toEqual(edition.conventions.rows);
      expect(result.ok && result.columns).toEqual(edition.conventions.columns);
      // With no edition to go by, there is nothing to assume.
      expect(where(importConventionTable(lines.join("\n"), { file: "p.txt" }).issues)).toEqual([
        "p.txt:1:1 import/headings-unread",
      ]);
    });
  });

  describe("headings as other tables print them", () => {
    const read = (text: string, options: { columns?: Edition["conventions"]["columns"] } = {}) =>
      importConventionTable(text, { file: "p.tsv", ...options });
    const columnsOf = (result: ReturnType<typeof read>) =>
      result.ok
        ? result.columns.map((c) => `${c.instrument} ${c.heading} | ${c.subheading}${c.footnote ?? ""}`)
        : where(result.issues);

    it("names an ILO convention by its number or code, and a protocol by enough words of its title", () => {
      const result = read(
        "Country\tC029\tConvention No. 182\tILO Convention 105\tTrafficking Protocol†\tSale of Children\n" +
          "\tRatification\t\t\t\t\nArgentina\t1950\t2001\t1960\t2002\t2003\n",
      );
      expect(where(result.issues)).toEqual([]);
      expect(columnsOf(result)).toEqual([
        "c029 C029 | Ratification",
        "c182 Convention No. 182 | Ratification",
        "c105 ILO Convention 105 | Ratification",
        "palermo Trafficking Protocol | Ratification†",
        "opsc Sale of Children | Ratification",
      ]);
      expect(result.ok && result.rows.map((r) => Object.keys(r.cells).join(","))).toEqual([
        "c029,c182,c105,palermo,opsc",
      ]);
    });

    it("names no instrument for words two titles share alike, and reports a second column for one instrument", () => {
      expect(where(read("Country\tOptional Protocol\n\t\nArgentina\t2002\n").issues)).toEqual([
        "p.tsv:1:9 import/unknown-heading",
      ]);
      expect(
        where(read("Country\tC29\tForced Labour Convention, 1930 (No. 29)\n\t\t\nArgentina\t1950\t1950\n").issues),
      ).toEqual(["p.tsv:1:13 import/duplicate-column"]);
    });

    it("reads a heading wrapped inside its quoted cell as one line, and a header with no rows", () => {
      const wrapped = read('Country,"ILO Convention 29,\n  Forced Labour"\n,\nArgentina,1950\n');
      expect(columnsOf(wrapped)).toEqual(["c029 ILO Convention 29, Forced Labour | Ratification"]);
      const empty = read("  Country \tC29\n\tRatification\n");
      expect(empty.ok && empty.countryHeading).toBe("Country");
      expect(empty.ok && empty.rows).toEqual([]);
    });

    it("takes an empty subheading from the edition's column, else Ratification", () => {
      const palermo = edition.conventions.columns.find((c) => c.instrument === "palermo")!;
      const text = `Country\t${palermo.heading}\tC29\n\t\t\nArgentina\t2002\t1950\n`;
      expect(columnsOf(read(text, { columns: [palermo] }))).toEqual([
        `palermo ${palermo.heading} | ${palermo.subheading}`,
        "c029 C29 | Ratification",
      ]);
    });

    it("reports a short row and an empty cell, each where it is", () => {
      const result = read("Country\tC29\tC105\n\tRatification\tRatification\nArgentina\t1950\nBrunei\t\t—\n");
      expect(result.issues.map((i) => `${i.line}:${i.column} ${i.rule} ${i.message}`)).toEqual([
        "3:1 import/field-count this row has 2 cells, the heading row has 3",
        "4:8 import/notation the cell is empty",
      ]);
    });

    it("matches the edition's own heading whatever its quote and dash style", () => {
      const column = { instrument: "opsc" as const, heading: "Kids’ Sale Protocol – 2000", subheading: "Ratification" };
      const text = "Country\tKids' Sale Protocol - 2000\n\t\nArgentina\t2002\n";
      expect(columnsOf(read(text, { columns: [column] }))).toEqual(["opsc Kids' Sale Protocol - 2000 | Ratification"]);
      // Without the edition, those words are too few of any instrument's title.
      expect(where(read(text).issues)).toEqual(["p.tsv:1:9 import/unknown-heading"]);
    });

    it("needs three quarters of a heading's words in one title", () => {
      const result = read(
        "Country\tSale of Children Treaty\tSale of Children Treaty Text\n\t\t\nArgentina\t2002\t2002\n",
      );
      expect(where(result.issues)).toEqual(["p.tsv:1:33 import/unknown-heading"]);
      expect(result.issues[0]!.message).toBe('the heading "Sale of Children Treaty Text" names no known instrument');
      expect(columnsOf(read("Country\tSale of Children Treaty\n\t\nArgentina\t2003\n"))).toEqual([
        "opsc Sale of Children Treaty | Ratification",
      ]);
    });

    it("reports an empty heading once, not the cells under it, and reads footnote marks of several characters", () => {
      const result = read("Country\tC29**\t\tC105\n\t\t\t\nArgentina\t1950\t2000(z)\t1960\n");
      expect(where(result.issues)).toEqual(["p.tsv:1:15 import/unknown-heading"]);
      const marked = read("Country\tC29**\n\t\nArgentina\t1950\n");
      expect(columnsOf(marked)).toEqual(["c029 C29 | Ratification**"]);
    });

    it("reports a missing subheading row under a lone heading row, on the line below it", () => {
      expect(where(read("\n\nCountry\tC29\n").issues)).toEqual(["p.tsv:4:1 import/subheadings"]);
    });
  });
});

describe("what each problem says, and how to fix it", () => {
  /** `line:column rule message (hint)` of each issue, as an editor reads it. */
  const said = (text: string, options: { columns?: Edition["conventions"]["columns"] } = {}) => {
    const result = importConventionTable(text, { file: "p.tsv", ...options });
    return result.issues.map((i) => `${i.line}:${i.column} ${i.rule} ${i.message} (${i.hint})`);
  };

  it("an empty paste, a heading naming no instrument, a second column for one, a missing subheading row", () => {
    expect(said("\n")).toEqual([
      "1:1 import/empty the pasted table is empty (paste the table with its two header rows)",
    ]);
    expect(said("Country\tC29\tTreaty of Rome\tConvention No. 29\nArgentina\t1950\t1957\t1950\n")).toEqual([
      '1:13 import/unknown-heading the heading "Treaty of Rome" names no known instrument (use the report\'s heading or an instrument id (palermo, opsc, opac, c029, p029, c105, c182, c189))',
      "1:28 import/duplicate-column a second column for c029 (keep one column per instrument)",
      '2:1 import/subheadings the second header row (the subheadings, with an empty first cell) is missing (paste both header rows: the headings, then "Ratification, Accession (a), or Acceptance (A)" …)',
    ]);
  });

  it("an unknown country, a short row, a cell of spaces only, and a cell in no notation", () => {
    expect(
      said("Country\tC29\tC105\n\tRatification\tRatification\nAtlantis\t1950\t1960\nBrunei\t1950\nCyprus\t  \t196O\n"),
    ).toEqual([
      '3:1 import/unknown-country "Atlantis" is not a known country name (spell the country as the report does (Brunei, Czechia) or use a known alias)',
      "4:1 import/field-count this row has 2 cells, the heading row has 3 (give one cell per column; write — for none)",
      "5:8 import/notation the cell is empty (write a year (2002), a year with a code (2006(a), 2006(A), 2006(AA), 2006(d)), a date (2016-11-09(a)) or — for none)",
      '5:11 import/notation "196O" is not in the published notation (write a year (2002), a year with a code (2006(a), 2006(A), 2006(AA), 2006(d)), a date (2016-11-09(a)) or — for none)',
    ]);
  });

  it("text whose headings cannot be told apart: refused, or the edition's columns assumed with a warning", () => {
    const lines = published.map((l) => l.replaceAll("\t", " "));
    lines[0] = "Country Trafficking Protocol Sale of Children Armed Conflict C29 Forced Labour P29 C105 C182 C189";
    const refused = importConventionTable(lines.join("\n"), { file: "p.txt" });
    expect(refused.ok).toBe(false);
    expect(said(lines.join("\n"))).toEqual([
      "1:1 import/headings-unread the headings could not be told apart in text with single spaces between them (paste the table with tabs between cells, or as pdftotext -layout writes it)",
    ]);
    const assumed = importConventionTable(lines.join("\n"), { file: "p.txt", columns: edition.conventions.columns });
    expect(assumed.ok && assumed.countryHeading).toBe("Country");
    expect(said(lines.join("\n"), { columns: edition.conventions.columns })).toEqual([
      "1:1 import/headings-assumed the headings could not be told apart; the columns are taken to be the edition's: palermo, opsc, opac, c029, p029, c105, c182, c189 (check the columns' order against the report, or paste the table with tabs between cells (or as pdftotext -layout writes it))",
    ]);
  });

  it("an empty paste and a table of headings alone are refused", () => {
    expect(importConventionTable("", { file: "p.tsv" }).ok).toBe(false);
    expect(importConventionTable("Country\tC29\n", { file: "p.tsv" }).ok).toBe(false);
  });
});

describe("headings as tables print them, beyond the published one", () => {
  const read = (text: string, options: { columns?: Edition["conventions"]["columns"] } = {}) =>
    importConventionTable(text, { file: "p.tsv", ...options });

  it("takes instrument ids as headings, as conventions.csv names its columns (the unknown-heading hint offers them)", () => {
    const result = read(
      "Country\tpalermo\topsc\topac\tp029\tc189\n\t\t\t\t\t\nArgentina\t2002\t2003\t2002\t2016\t2014\n",
    );
    expect(where(result.issues)).toEqual([]);
    expect(result.ok && result.columns.map((c) => `${c.instrument} ${c.heading}`)).toEqual([
      "palermo palermo",
      "opsc opsc",
      "opac opac",
      "p029 p029",
      "c189 c189",
    ]);
  });

  it("names an ILO convention by its number alone, where its title's words are too few", () => {
    const result = read(
      "Country\tILO Convention 105\tILO Convention 29\tILO Convention 182\n\t\t\t\nArgentina\t1960\t1950\t2001\n",
    );
    expect(result.ok && result.columns.map((c) => c.instrument)).toEqual(["c105", "c029", "c182"]);
  });

  it("reads a short heading by its words, leaving out single letters (Child's Sale)", () => {
    const result = read("Country\tChild's Sale\n\t\nArgentina\t2003\n");
    expect(result.ok && result.columns.map((c) => `${c.instrument} ${c.heading}`)).toEqual(["opsc Child's Sale"]);
  });

  it("matches the edition's heading with spaces around or doubled inside it, and keeps the printed heading trimmed", () => {
    const column = { instrument: "opsc" as const, heading: " Kids'  Sale  Protocol ", subheading: "Ratification" };
    const result = read("Country\t  Kids' Sale Protocol  \n\t\nArgentina\t2002\n", { columns: [column] });
    expect(result.ok && result.columns).toEqual([
      { instrument: "opsc", heading: "Kids' Sale Protocol", subheading: "Ratification" },
    ]);
  });

  it("reads each column's subheading from the table, a wrapped one as one line, a missing one as Ratification", () => {
    const result = read(
      'Country,C29,C105,"UN Protocol to Prevent, Suppress and Punish Trafficking in Persons"\n' +
        '"  ","Ratification, Accession (a),\n   or Acceptance (A) "\nArgentina,1950,1960,2002\n',
    );
    expect(where(result.issues)).toEqual([]);
    expect(result.ok && result.columns.map((c) => `${c.instrument} | ${c.subheading}`)).toEqual([
      "c029 | Ratification, Accession (a), or Acceptance (A)",
      "c105 | Ratification",
      "palermo | Ratification",
    ]);
  });

  it("reads the published table with no edition to go by: every heading, subheading and footnote mark", () => {
    const result = read(published.join("\n"));
    expect(result.ok && result.columns).toEqual(edition.conventions.columns);
  });

  it("reads a table pasted with blank lines above it as tab-separated, and names and footnotes with spaces around them", () => {
    const lines = published.map((l) => l.replace(/^Argentina\t/, " Argentina \t"));
    const result = read(
      `\n\n${lines.join("\n")}\n  * ILO Protocol of 2014 to the Forced Labour Convention entered into force\n`,
    );
    expect(where(result.issues)).toEqual([]);
    expect(result.ok && result.rows).toEqual(edition.conventions.rows);
  });

  it("does not drop a row whose name carries a footnote mark: it is reported", () => {
    expect(where(read("Country\tC29\n\tRatification\nBrunei*\t1950\n").issues)).toEqual([
      "p.tsv:3:1 import/unknown-country",
    ]);
  });
});
