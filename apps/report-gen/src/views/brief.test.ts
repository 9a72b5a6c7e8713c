import { edition2017 } from "@tip/data";
import { INSTRUMENTS, type Cell, type ConventionRow, type Edition, type InstrumentId } from "@tip/domain";
import { beforeEach, describe, expect, it } from "vitest";
import { TIMELINE_COLORS } from "../charts/ratification-timeline.js";
import { buildBriefView } from "./brief.js";

// The shipped 2017 edition with its first row's cells set to every case a brief tells apart, at the
// edges of the edition's own reporting period (whatever it is).
const base: Edition = edition2017;
const { start, end } = base.reportingPeriod;
const startYear = Number(start.slice(0, 4));
const endYear = Number(end.slice(0, 4));
const monthAfter = (yearMonth: string): string => {
  const [y, m] = yearMonth.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
};
const monthBefore = (yearMonth: string): string => {
  const [y, m] = yearMonth.split("-").map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
};
const lastDay = (yearMonth: string): string => {
  const [y, m] = yearMonth.split("-").map(Number) as [number, number];
  return `${yearMonth}-${new Date(Date.UTC(y, m, 0)).getUTCDate()}`;
};
const dated = (kind: "ratification" | "accession" | "acceptance", date: string): Cell => ({
  kind,
  year: Number(date.slice(0, 4)),
  date,
});

const cells: Record<InstrumentId, Cell> = {
  // An accession (a) in the period's last year, known by its year alone: within the period.
  palermo: { kind: "accession", year: endYear },
  // An acceptance (A) years before the period: a party, outside it.
  opsc: { kind: "acceptance", year: startYear - 3 },
  // Dated on the period's first day: within it.
  opac: dated("ratification", `${start}-01`),
  // Dated on the last day of the month before the period: outside it, though its year may be the start year.
  c029: dated("ratification", lastDay(monthBefore(start))),
  // Dated on the period's last day: within it.
  p029: dated("ratification", lastDay(end)),
  // Dated in the month after the period: outside it, though its year may be the end year.
  c105: dated("ratification", `${monthAfter(end)}-01`),
  // Not a party.
  c182: null,
  c189: null,
};
const firstRow = base.conventions.rows[0]!;
const code = firstRow.country;
const row: ConventionRow = { ...firstRow, cells };
const edition: Edition = {
  ...base,
  conventions: { ...base.conventions, rows: [row, ...base.conventions.rows.slice(1)] },
};
const columns = edition.conventions.columns.map((c) => c.instrument);
const ids = (list: readonly { id: InstrumentId }[]) => list.map((i) => i.id);
const inColumnOrder = (wanted: readonly InstrumentId[]) => columns.filter((id) => wanted.includes(id));

describe("buildBriefView", () => {
  // Built before each test, not while the tests are collected: a mutation test's mutant is active only then, and only then is its coverage the test's.
  let view: ReturnType<typeof buildBriefView>;
  let byId: Record<string, ReturnType<typeof buildBriefView>["instruments"][number]>;
  beforeEach(() => {
    view = buildBriefView(edition, code);
    byId = Object.fromEntries(view.instruments.map((i) => [i.id, i]));
  });

  it("marks as within the reporting period exactly the actions inside it, both ends included, at the precision known", () => {
    expect(ids(view.inReportingPeriod)).toEqual(inColumnOrder(["palermo", "opac", "p029"]));
    expect(view.instruments.filter((i) => !i.inReportingPeriod).map((i) => i.id)).toEqual(
      inColumnOrder(["opsc", "c029", "c105", "c182", "c189"]),
    );
    expect(view.counts).toEqual({ instruments: columns.length, parties: 6, inReportingPeriod: 3 });
  });

  it("lists the parties and the instruments the country is not party to, in the table's column order", () => {
    expect(ids(view.parties)).toEqual(inColumnOrder(["palermo", "opsc", "opac", "c029", "p029", "c105"]));
    expect(ids(view.notParties)).toEqual(inColumnOrder(["c182", "c189"]));
    expect(byId.c182).toMatchObject({ party: false, status: "Not a party", notation: "—", kind: null, year: null });
  });

  it("tells an accession (a) from an acceptance (A) from a ratification, in the notation, status and kind", () => {
    expect(byId.palermo).toMatchObject({
      party: true,
      notation: `${endYear}(a)`,
      status: `Acceded ${endYear}`,
      kind: "Accession",
      year: endYear,
    });
    expect(byId.opsc).toMatchObject({
      notation: `${startYear - 3}(A)`,
      status: `Accepted ${startYear - 3}`,
      kind: "Acceptance",
      year: startYear - 3,
    });
    expect(byId.opac).toMatchObject({
      notation: String(startYear),
      status: `Ratified ${startYear}`,
      kind: "Ratification",
    });
  });

  it("names each instrument as the edition's column and the instrument table do, with the column's footnote mark", () => {
    for (const column of edition.conventions.columns) {
      const def = INSTRUMENTS[column.instrument];
      expect(byId[column.instrument]).toMatchObject({
        title: column.heading,
        label: def.label,
        fullTitle: def.fullTitle,
        family: def.family,
        footnoteMark: column.footnote ?? null,
      });
    }
    const marks = edition.conventions.columns.flatMap((c) => (c.footnote ? [c.footnote] : []));
    expect(view.footnotes.map((f) => f.mark)).toEqual(
      edition.conventions.footnotes.filter((f) => marks.includes(f.mark)).map((f) => f.mark),
    );
  });

  it("states the edition, the country as the table prints it, the period and the source", () => {
    expect(view.edition).toEqual({ year: edition.year, title: edition.title, published: edition.published });
    expect(view.country).toEqual({ code, name: row.name });
    expect(view.reportingPeriod).toMatch(new RegExp(`^\\w+ ${startYear} to \\w+ ${endYear}$`));
    expect(view.asOf).toMatch(new RegExp(` ${endYear}$`));
    expect(view.source).toEqual(edition.source);
  });

  it("draws the chart from the same rows: a square in the period's colour for each action within it, a dot for the others", () => {
    const svg = view.charts.timeline;
    const squares = svg.match(new RegExp(`<rect [^>]*fill="${TIMELINE_COLORS.markInPeriod}"/>`, "g")) ?? [];
    const dots = svg.match(new RegExp(`<circle [^>]*fill="${TIMELINE_COLORS.mark}"/>`, "g")) ?? [];
    // One of each is the legend's sample.
    expect(squares).toHaveLength(3 + 1);
    expect(dots).toHaveLength(3 + 1);
    const alt = view.chartAlternatives.timeline;
    expect(alt).toContain(`Timeline of ${row.name}'s ratifications`);
    expect(alt).toContain(
      `Palermo (adopted ${INSTRUMENTS.palermo.adopted.slice(0, 4)}): ${endYear}(a), within the reporting period.`,
    );
    expect(alt).toContain(`OPSC (adopted ${INSTRUMENTS.opsc.adopted.slice(0, 4)}): ${startYear - 3}(A).`);
    expect(alt).toContain(`C182 (adopted ${INSTRUMENTS.c182.adopted.slice(0, 4)}): not a party.`);
    expect(alt).toContain(`shaded band: the reporting period (${startYear}–${endYear})`);
    // The axis runs to the year after the period's end.
    expect(alt).toContain(` to ${endYear + 1}, one row per instrument`);
  });

  it("with no other editions, shows this one alone in the history and no later editions", () => {
    expect(view.history).toEqual([expect.objectContaining({ year: edition.year, current: true, since: null })]);
    expect(view.listedBefore).toBe(false);
    expect(view.laterEditions).toEqual([]);
  });

  it("shows the editions that listed the country before, and later ones that do not list it, each once, oldest first", () => {
    const earlier: Edition = { ...base, year: base.year - 1, title: `${base.year - 1} report` };
    const later = (year: number, listed: boolean): Edition => ({
      ...edition,
      year,
      title: `${year} report`,
      conventions: {
        ...edition.conventions,
        rows: listed ? edition.conventions.rows : edition.conventions.rows.filter((r) => r.country !== code),
      },
    });
    const others = [
      later(base.year + 3, false),
      edition,
      earlier,
      later(base.year + 1, true),
      later(base.year + 2, false),
    ];
    const withHistory = buildBriefView(edition, code, others);
    expect(withHistory.history.map((h) => [h.year, h.current])).toEqual([
      [base.year - 1, false],
      [base.year, true],
    ]);
    // The earlier edition had the shipped row: the history says what changed in it since.
    expect(withHistory.history[1]!.since).toBe(base.year - 1);
    expect(withHistory.history[1]!.changes.length).toBeGreaterThan(0);
    expect(withHistory.listedBefore).toBe(true);
    expect(withHistory.laterEditions).toEqual([
      { year: base.year + 2, title: `${base.year + 2} report` },
      { year: base.year + 3, title: `${base.year + 3} report` },
    ]);
  });

  it("names no earlier edition among those that no longer list the country, though the earlier one did not list it yet", () => {
    const unlisted = (year: number): Edition => ({
      ...edition,
      year,
      title: `${year} report`,
      conventions: { ...edition.conventions, rows: edition.conventions.rows.filter((r) => r.country !== code) },
    });
    const view = buildBriefView(edition, code, [unlisted(base.year - 1), edition, unlisted(base.year + 1)]);
    expect(view.laterEditions).toEqual([{ year: base.year + 1, title: `${base.year + 1} report` }]);
    expect(view.listedBefore).toBe(false);
  });

  it("refuses a country the edition's table does not list, naming it and the edition", () => {
    const missing = "ZZZ";
    expect(edition.conventions.rows.some((r) => r.country === missing)).toBe(false);
    expect(() => buildBriefView(edition, missing)).toThrow(`${missing} is not in the ${edition.year} convention table`);
  });
});
