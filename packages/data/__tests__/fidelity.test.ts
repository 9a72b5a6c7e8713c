// Proves that every fact of the published 2017 appendix is in the dataset. Expectations are
// derived from the source text here, independently of how the edition files were written.
import {
  formatAllegations,
  formatNotation,
  formatPhotoPlace,
  formatPhotoPosition,
  parseInline,
  type Edition,
  type Organization,
} from "@tip/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { formatPublishedTable, loadEdition } from "../src/load/index.js";
import { appendixLines, edition2017Dir } from "./source.js";

const lines = appendixLines();
/** Source lines some test has matched; the last test checks none is left over. */
const covered = new Set<number>();
let edition: Edition;

beforeAll(async () => {
  const result = await loadEdition(edition2017Dir);
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.file}:${i.line}:${i.column} ${i.message}`).join("\n"));
  edition = result.edition;
});

/** Index of the one line equal to (or starting with) `text`. */
function lineIndex(test: (line: string) => boolean, what: string): number {
  const found = lines.flatMap((l, i) => (test(l) ? [i] : []));
  if (found.length !== 1) throw new Error(`expected one line ${what}, found ${found.length}`);
  return found[0]!;
}
const lineEqual = (text: string) => lineIndex((l) => l === text, `"${text}"`);
const lineStarting = (text: string) => lineIndex((l) => l.startsWith(text), `starting "${text}"`);
function cover(from: number, to = from): void {
  for (let i = from; i <= to; i++) covered.add(i);
}

describe("relevant international conventions", () => {
  it("reproduces the published table exactly: heading rows and all 14 countries × 8 cells", () => {
    const start = lineStarting("Country\t");
    const end = lineStarting("Poland\t");
    const published = lines.slice(start, end + 1);
    expect(formatPublishedTable(edition).split("\n")).toEqual(published);
    cover(start, end);

    const countryLines = published.slice(2);
    const headings = published[0]!.split("\t").slice(1);
    expect(edition.conventions.rows).toHaveLength(countryLines.length);
    expect(countryLines).toHaveLength(14);
    expect(headings).toHaveLength(8);
    // Cell by cell, by heading: a list of every difference, empty when all 112 agree.
    const differences = countryLines.flatMap((line) => {
      const [name, ...cells] = line.split("\t");
      const row = edition.conventions.rows.find((r) => r.name === name);
      if (!row) return [`${name}: no row`];
      return cells.flatMap((text, j) => {
        const column = edition.conventions.columns.find((c) => `${c.heading}${c.footnote ?? ""}` === headings[j]);
        const value = column ? formatNotation(row.cells[column.instrument] ?? null) : "(no column)";
        return value === text ? [] : [`${name} / ${headings[j]}: published ${text}, dataset ${value}`];
      });
    });
    expect(differences).toEqual([]);
  });

  it("keeps the heading, the intro and the footnote", () => {
    const table = edition.conventions;
    const heading = lineEqual(table.heading);
    const intro = lineEqual(table.intro);
    const footnotes = table.footnotes.map((f) => lineEqual(`${f.mark} ${f.text}`));
    expect(footnotes).toHaveLength(lines.filter((l) => /^\* /.test(l)).length);
    cover(heading);
    cover(intro);
    footnotes.forEach((i) => cover(i));
  });
});

describe("peacekeeping", () => {
  const cellsOf: Record<string, (o: Edition["peacekeeping"]["organizations"][number]) => string> = {
    "TOTAL NUMBER OF PEACEKEEPING AND SUPPORT PERSONNEL": (o) => o.personnel.toLocaleString("en-US"),
    "TOTAL NUMBER OF MISSIONS": (o) => String(o.missions),
    "PREVENTION POLICY": (o) => o.preventionPolicy,
    "LEAD OFFICE RESPONSIBLE FOR IMPLEMENTATION": (o) => o.leadOffice,
    "PREVENTION TRAINING": (o) => o.training,
    "NUMBER OF ALLEGATIONS IN *": (o) => formatAllegations(o.allegations),
    "NEW INITIATIVES": (o) => o.newInitiatives,
    "LINKS FOR ADDITIONAL INFORMATION": (o) => o.links.join(" "),
  };

  it("has every cell of the published table, formatted back to the same text", () => {
    const header = lineStarting("\tUNITED NATIONS");
    const orgs = edition.peacekeeping.organizations;
    expect(lines[header]!.split("\t").slice(1)).toEqual(orgs.map((o) => o.heading));
    cover(header);
    const differences: string[] = [];
    let i = header + 1;
    for (; lines[i]!.includes("\t"); i++) {
      const [label, ...cells] = lines[i]!.split("\t");
      const year = /^NUMBER OF ALLEGATIONS IN (\d{4})$/.exec(label!);
      if (year) expect(edition.peacekeeping.allegationsYear).toBe(Number(year[1]));
      const format = cellsOf[year ? "NUMBER OF ALLEGATIONS IN *" : label!];
      if (!format) {
        differences.push(`row "${label}" is not checked`);
        continue;
      }
      expect(cells).toHaveLength(orgs.length);
      cells.forEach((text, k) => {
        const value = format(orgs[k]!);
        if (value !== text) differences.push(`${label} / ${orgs[k]!.heading}: published "${text}", dataset "${value}"`);
      });
    }
    expect(differences).toEqual([]);
    expect(i - header - 1).toBe(Object.keys(cellsOf).length);
    cover(header + 1, i - 1);
  });

  it("reads the allegation figures as numbers: 165 [civilian (68), military (93), police (7)]", () => {
    const row = lines[lineStarting("NUMBER OF ALLEGATIONS IN")]!.split("\t").slice(1);
    row.forEach((text, k) => {
      const org = edition.peacekeeping.organizations[k]!;
      const figures = /^(\d+) \[(.*?)\] /.exec(text);
      expect(org.allegations.total).toBe(figures ? Number(figures[1]) : null);
      const breakdown = figures
        ? [...figures[2]!.matchAll(/(\w+) \((\d+)\)/g)].map((m) => ({ category: m[1], count: Number(m[2]) }))
        : [];
      expect(org.allegations.breakdown).toEqual(breakdown);
    });
  });

  it("keeps the heading and the intro", () => {
    cover(lineEqual(edition.peacekeeping.heading));
    cover(lineEqual(edition.peacekeeping.intro));
  });
});

describe("multilateral organizations", () => {
  const paragraphs = (cell: string) => [...cell.matchAll(/<p>(.*?)<\/p>/g)].map((m) => m[1]!.trim());
  const URL = /^-?((?:https?:\/\/|www\.)\S+)$/;

  /** A first-column paragraph read independently: its URLs, the label after each, and its other text. */
  function readParagraph(p: string) {
    const tokens = p.split(/\s+/);
    const urls: string[] = [];
    const after = new Map<string, string>();
    const text: string[] = [];
    for (let t = 0; t < tokens.length; t++) {
      const url = URL.exec(tokens[t]!);
      if (!url) {
        text.push(tokens[t]!);
        continue;
      }
      urls.push(url[1]!);
      const rest = tokens.slice(t + 1).join(" ");
      const label = /^\(([^)]*)\)/.exec(rest);
      if (label) {
        after.set(url[1]!, label[1]!);
        text.push(`(${label[1]})`);
        t += label[0].split(/\s+/).length;
      }
    }
    // A colon that only separates a title from its links is layout.
    return {
      urls,
      after,
      text: text
        .join(" ")
        .replace(/\s*:(?=\s*(\(|$))/, "")
        .trim(),
    };
  }

  /** The same, from the dataset: what the first column prints, in order. */
  function datasetColumn(org: Organization) {
    const name = org.abbreviation ? `${org.name} (${org.abbreviation})` : org.name;
    const texts = [
      name,
      ...(org.remark ? [org.remark] : []),
      ...org.websites.flatMap((l) => (l.label ? [`(${l.label})`] : [])),
    ];
    for (const group of org.linkGroups) {
      texts.push(group.title, ...group.links.flatMap((l) => (l.label ? [`(${l.label})`] : [])));
    }
    const urls = [...org.websites.map((w) => w.url), ...org.linkGroups.flatMap((g) => g.links.map((l) => l.url))];
    return { urls, text: texts.join(" ") };
  }

  const rowLines = () => lines.flatMap((l, i) => (l.startsWith("<p>") ? [i] : []));

  it("lists every organization in order, the table's two parts as one", () => {
    const rows = rowLines();
    expect(edition.organizations.organizations).toHaveLength(rows.length);
    expect(rows.length).toBe(17);
    const headers = lines.flatMap((l, i) =>
      l.startsWith("ORGANIZATIONS AND SELECTED LINKS OF INTEREST\t") ? [i] : [],
    );
    expect(headers.length).toBeGreaterThan(0);
    for (const h of headers) {
      expect(lines[h]!.split("\t")).toEqual(edition.organizations.columnHeadings);
      cover(h);
    }
    cover(lineEqual(edition.organizations.heading));
  });

  it("has every name, abbreviation, web site, link, link label and remark", () => {
    const differences: string[] = [];
    rowLines().forEach((index, k) => {
      const org = edition.organizations.organizations[k]!;
      const read = paragraphs(lines[index]!.split("\t")[0]!).map(readParagraph);
      const published = {
        urls: read.flatMap((r) => r.urls),
        text: read
          .map((r) => r.text)
          .filter(Boolean)
          .join(" "),
      };
      const dataset = datasetColumn(org);
      if (published.text !== dataset.text)
        differences.push(`${org.name}: text "${published.text}" ≠ "${dataset.text}"`);
      if (published.urls.join(" ") !== dataset.urls.join(" "))
        differences.push(`${org.name}: links ${published.urls.join(" ")} ≠ ${dataset.urls.join(" ")}`);
      // A parenthesised text after a link is its label; the remark comes before the first link.
      read.forEach((r, p) => {
        for (const [url, label] of r.after) {
          const links = p === 0 ? org.websites : org.linkGroups.flatMap((g) => g.links);
          if (links.find((l) => l.url === url)?.label !== label)
            differences.push(`${org.name}: ${url} should have the label "${label}"`);
        }
      });
      const first = paragraphs(lines[index]!.split("\t")[0]!)[0] ?? "";
      const firstLink = first.search(/(?:^|\s)-?(?:https?:\/\/|www\.)/);
      if (org.remark && !first.slice(0, firstLink < 0 ? undefined : firstLink).includes(org.remark)) {
        differences.push(`${org.name}: the remark ${org.remark} is not printed before the first link`);
      }
    });
    expect(differences).toEqual([]);
  });

  it("keeps ECCAS as a link group of the ECOWAS row", () => {
    const ecowas = edition.organizations.organizations.find((o) => o.abbreviation === "ECOWAS")!;
    expect(ecowas.linkGroups.map((g) => g.title)).toEqual(["Economic Community of Central African States (ECCAS)"]);
  });

  it("has every framework document, with the years printed in its title, and every focal point", () => {
    const differences: string[] = [];
    rowLines().forEach((index, k) => {
      const org = edition.organizations.organizations[k]!;
      const [, documents, focal] = lines[index]!.split("\t");
      const titles = paragraphs(documents!);
      const expected = titles.map((title) => ({
        title,
        years: [...title.matchAll(/(?<!\w)(1[89]\d\d|20\d\d)(?!\d)/g)].map((m) => Number(m[1])),
      }));
      if (JSON.stringify(org.frameworkDocuments) !== JSON.stringify(expected)) {
        differences.push(`${org.name}: ${JSON.stringify(org.frameworkDocuments)} ≠ ${JSON.stringify(expected)}`);
      }
      const points = paragraphs(focal!);
      const expectedPoints = points.length === 1 && points[0] === "N/A" ? [] : points;
      if (JSON.stringify(org.focalPoints) !== JSON.stringify(expectedPoints))
        differences.push(`${org.name}: focal points ${JSON.stringify(org.focalPoints)}`);
      cover(index);
    });
    expect(differences).toEqual([]);
  });
});

describe("back matter", () => {
  it("has all glossary entries", () => {
    const start = lineEqual(edition.glossary.heading);
    const end = lineStarting("NOTES:");
    const entries = lines
      .slice(start + 1, end)
      .filter((l) => l.includes("\t"))
      .map((l) => {
        const [term, definition] = l.split("\t");
        return { term, definition };
      });
    expect(entries).toHaveLength(23);
    expect(edition.glossary.entries).toEqual(entries);
    cover(start, end - 1);
  });

  it("has the notes", () => {
    const notes = lines.flatMap((l, i) => (/^[A-Z]+: /.test(l) && l.startsWith("NOTES") ? [i] : []));
    expect(edition.notes.map((n) => `${n.label}: ${n.text}`)).toEqual(notes.map((i) => lines[i]));
    notes.forEach((i) => cover(i));
  });

  it("has all photo credits, formatted back to the published lines", () => {
    const start = lineEqual(edition.photoCredits.heading);
    const end = lineEqual(edition.closingNote.heading);
    const published = lines
      .slice(start + 1, end)
      .join("\n")
      .trim();
    const formatted = edition.photoCredits.credits
      .map(
        (c) =>
          `${formatPhotoPlace(c.place)}: ${c.credits.map((p) => (p.position ? `${formatPhotoPosition(p.position)}: ${p.credit}` : p.credit)).join("\n")}`,
      )
      .join("\n\n");
    expect(formatted).toBe(published);
    expect(edition.photoCredits.credits.length).toBe(published.split(/\n\n/).length);
    cover(start, end - 1);
  });

  it("has the closing note, paragraph by paragraph, with its emphasis", () => {
    const start = lineEqual(`${edition.closingNote.heading}`);
    const end = lineStarting(edition.staff.heading);
    const published = lines.slice(start + 1, end).filter((l) => l.trim() !== "");
    expect(edition.closingNote.paragraphs).toEqual(published);
    const emphasis = (texts: readonly string[]) =>
      texts.flatMap((t) => parseInline(t).flatMap((s) => (s.emphasis ? [s.text] : [])));
    const publishedEmphasis = published.flatMap((p) => [...p.matchAll(/\*([^*]+)\*/g)].map((m) => m[1]));
    expect(publishedEmphasis.length).toBeGreaterThan(0);
    expect(emphasis(edition.closingNote.paragraphs)).toEqual(publishedEmphasis);
    cover(start, end - 1);
  });

  it("has every staff name", () => {
    const start = lineEqual(edition.staff.heading);
    const names = lines.slice(start + 1).filter((l) => l.trim() !== "");
    expect(names.length).toBeGreaterThan(70);
    expect(edition.staff.names).toEqual(names);
    expect(edition.staff.names).toContain("Amy O’Neill Richard");
    expect(edition.staff.names).toContain("Desirée M. Suo");
    cover(start, lines.length - 1);
  });
});

describe("coverage", () => {
  it("leaves no line of the published appendix unchecked", () => {
    const unchecked = lines.flatMap((l, i) => (l.trim() !== "" && !covered.has(i) ? [`${i + 1}: ${l}`] : []));
    expect(unchecked).toEqual([]);
  });
});
