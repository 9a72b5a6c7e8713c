import {
  formatAllegationFigures,
  formatNotation,
  formatPhotoPlace,
  formatPhotoPosition,
  formatReportingPeriod,
  isInReportingPeriod,
  linkHref,
  type Edition,
  type Link,
} from "@tip/domain";

// Made on first use: setting up a number format costs some 10 ms, which a briefs-only run need not pay.
let numberFormat: Intl.NumberFormat | undefined;
const formatNumber = (n: number): string => (numberFormat ??= new Intl.NumberFormat("en-US")).format(n);

const linkView = (link: Link) => ({ url: link.url, href: linkHref(link.url) ?? link.url, label: link.label ?? null });

/** Everything the appendix template shows, in the published order and notation; no wording. */
export function buildAppendixView(edition: Edition) {
  const { conventions, peacekeeping, organizations } = edition;
  return {
    edition: { year: edition.year, title: edition.title, published: edition.published },
    reportingPeriod: formatReportingPeriod(edition.reportingPeriod),
    source: edition.source,
    conventions: {
      heading: conventions.heading,
      intro: conventions.intro,
      countryHeading: conventions.countryHeading,
      columns: conventions.columns.map((c) => ({ ...c, footnote: c.footnote ?? null })),
      rows: conventions.rows.map((row) => ({
        code: row.country,
        name: row.name,
        cells: conventions.columns.map((column) => {
          const cell = row.cells[column.instrument] ?? null;
          return {
            notation: formatNotation(cell),
            inReportingPeriod: cell !== null && isInReportingPeriod(cell, edition.reportingPeriod),
          };
        }),
      })),
      footnotes: conventions.footnotes,
    },
    peacekeeping: {
      heading: peacekeeping.heading,
      intro: peacekeeping.intro,
      allegationsYear: peacekeeping.allegationsYear,
      organizations: peacekeeping.organizations.map((o) => ({
        ...o,
        personnel: formatNumber(o.personnel),
        missions: formatNumber(o.missions),
        allegations: { figures: formatAllegationFigures(o.allegations), narrative: o.allegations.narrative },
        links: o.links.map((url) => ({ url, href: linkHref(url) ?? url })),
      })),
    },
    organizations: {
      heading: organizations.heading,
      columnHeadings: organizations.columnHeadings,
      rows: organizations.organizations.map((o) => ({
        name: o.name,
        abbreviation: o.abbreviation ?? null,
        remark: o.remark ?? null,
        websites: o.websites.map(linkView),
        linkGroups: o.linkGroups.map((g) => ({ title: g.title, links: g.links.map(linkView) })),
        frameworkDocuments: o.frameworkDocuments.map((d) => d.title),
        focalPoints: o.focalPoints,
      })),
    },
    glossary: edition.glossary,
    notes: edition.notes,
    photoCredits: {
      heading: edition.photoCredits.heading,
      credits: edition.photoCredits.credits.map((c) => ({
        place: formatPhotoPlace(c.place),
        credits: c.credits.map((k) => ({
          position: k.position ? formatPhotoPosition(k.position) : null,
          credit: k.credit,
        })),
      })),
    },
    closingNote: edition.closingNote,
    staff: edition.staff,
  };
}

export type AppendixView = ReturnType<typeof buildAppendixView>;
