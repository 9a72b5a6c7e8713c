// @ts-check
// The pages of one edition, written from the typed Edition and the @tip/domain queries.
import {
  INSTRUMENTS,
  asOfMonth,
  countryBrief,
  fullCountryListUrl,
  countryByCode,
  countryMemberships,
  countsPerInstrument,
  describeCell,
  formatAllegationFigures,
  formatNotation,
  formatPhotoPlace,
  formatPhotoPosition,
  formatReportingPeriod,
  isInReportingPeriod,
  partiesTo,
  tableInstruments,
} from "@tip/domain";
import { fields, frontmatter, html, inline, link, list, table, text } from "./markdown.mjs";

/**
 * @typedef {import("@tip/domain").Edition} Edition
 * @typedef {import("@tip/domain").InstrumentId} InstrumentId
 * @typedef {{ href: string, bytes: number, sha256: string }} PdfFile
 * @typedef {{ appendix: PdfFile, briefs: Map<string, PdfFile> }} EditionPdfs
 * @typedef {{ path: string, content: string }} Page
 * @typedef {{ text: string, link?: string, collapsed?: boolean, items?: SidebarItem[] }} SidebarItem
 */

/** The site path of a country's page: lower-case code, `/data/2017/countries/arg`. */
export const countryPagePath = (/** @type {number} */ year, /** @type {string} */ code) =>
  `/data/${year}/countries/${code.toLowerCase()}`;

const size = (/** @type {number} */ bytes) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** A download link for a generated PDF; `download` keeps the router and the browser's viewer out of the way. */
function pdfLink(/** @type {PdfFile} */ pdf, /** @type {string} */ label, /** @type {string} */ fileName) {
  return (
    `<a class="pdf-download" href="${html(pdf.href)}" download="${html(fileName)}">${html(label)}</a> ` +
    `<span class="pdf-size">PDF, ${size(pdf.bytes)} · <span title="${html(pdf.sha256)}">SHA-256 <code>${html(pdf.sha256.slice(0, 16))}…</code></span></span>`
  );
}

/** "C29" for the column, "P029*" when the column carries a footnote mark. */
function columnLabel(/** @type {Edition["conventions"]["columns"][number]} */ column) {
  return `${INSTRUMENTS[column.instrument].label}${column.footnote ?? ""}`;
}

/** The published notation of a cell, bold when the action falls inside the reporting period. */
function notationCell(/** @type {Edition} */ edition, /** @type {import("@tip/domain").Cell | undefined} */ cell) {
  if (cell === undefined) return "";
  const printed = text(formatNotation(cell));
  return cell !== null && isInReportingPeriod(cell, edition.reportingPeriod) ? `**${printed}**` : printed;
}

/**
 * @param {Edition} edition
 * @param {EditionPdfs} pdfs
 * @returns {{ pages: Page[], sidebar: SidebarItem }}
 */
export function editionPages(edition, pdfs) {
  const year = edition.year;
  const base = `/data/${year}`;
  const period = formatReportingPeriod(edition.reportingPeriod);
  const rows = edition.conventions.rows;
  /** @type {Page[]} */
  const pages = [];
  // v-pre: a "{{" in the data is text, never a Vue binding.
  const page = (/** @type {string} */ path, /** @type {string[]} */ [front, ...parts]) =>
    pages.push({ path: `${path}.md`, content: `${front}\n::: v-pre\n\n${parts.join("\n\n")}\n\n:::\n` });

  // Overview ---------------------------------------------------------------
  const counts = countsPerInstrument(edition);
  page(`${year}/index`, [
    frontmatter({ title: `${year} edition` }),
    `# ${year} edition`,
    `${text(edition.title)}, published ${text(edition.published)} by ${link(edition.source.url, edition.source.name)}. ` +
      `The convention table covers the reporting period **${text(period)}**.`,
    pdfLink(pdfs.appendix, `Download the full ${year} appendix`, `tip-${year}-appendix.pdf`),
    `## Sections`,
    list([
      `[Convention table](./conventions.md): ${rows.length} countries × ${edition.conventions.columns.length} instruments, in the published notation`,
      `[Countries](./countries/): one page per country, with its briefing PDF`,
      `[Peacekeeping](./peacekeeping.md): ${edition.peacekeeping.organizations.map((o) => text(o.heading)).join(", ")}`,
      `[Multilateral organizations](./organizations.md): ${edition.organizations.organizations.length} organizations`,
      `[Glossary of abbreviations](./glossary.md): ${edition.glossary.entries.length} entries`,
      `[Notes, photo credits, closing note and staff](./back-matter.md)`,
    ]),
    `## Parties per instrument`,
    `Countries of the ${year} table party to each instrument, and how many of them acted inside the reporting period.`,
    table(
      ["Instrument", "Parties", "Inside the reporting period"],
      tableInstruments(edition).map((id) => [
        `[${text(INSTRUMENTS[id].shortTitle)}](./conventions.md#${id})`,
        String(counts[id]?.parties ?? 0),
        String(counts[id]?.inReportingPeriod ?? 0),
      ]),
      { rowHeaders: true },
    ),
  ]);

  // Convention table -------------------------------------------------------
  const columns = edition.conventions.columns;
  page(`${year}/conventions`, [
    frontmatter({ title: `Convention table ${year}`, aside: false }),
    `# Convention table ${year}`,
    `*${text(edition.conventions.heading)}*`,
    inline(edition.conventions.intro),
    `Published notation: a year for ratification, \`(a)\` accession, \`(A)\` acceptance, \`(AA)\` approval, \`(d)\` succession, \`—\` none. ` +
      `**Bold**: inside the reporting period (${text(period)}).`,
    table(
      [
        text(edition.conventions.countryHeading),
        "Code",
        ...columns.map((c) => `[${text(columnLabel(c))}](#${c.instrument})`),
      ],
      rows.map((row) => [
        `[${text(row.name)}](${countryPagePath(year, row.country)}.md)`,
        `\`${row.country}\``,
        ...columns.map((c) => notationCell(edition, row.cells[c.instrument])),
      ]),
      { rowHeaders: true },
    ),
    ...edition.conventions.footnotes.map((f) => `${text(f.mark)} ${inline(f.text)}`),
    `## Instruments`,
    ...columns.map((column) => {
      const def = INSTRUMENTS[column.instrument];
      const parties = partiesTo(edition, column.instrument);
      return [
        `### ${text(def.shortTitle)} {#${def.id}}`,
        fields([
          ["Id", `\`${def.id}\``],
          ["Column heading as published", `${text(column.heading)}${text(column.footnote ?? "")}`],
          ["Second header row", text(column.subheading)],
          ["Full title", text(def.fullTitle)],
          ["Family", def.family],
          ["Adopted", def.adopted],
          ["Entered into force", def.enteredIntoForce],
          ["Parties in this table", `${parties.length} of ${rows.length}`],
          ["Sources for the dates", def.sources.map((s) => link(s.url, s.name)).join("; ")],
        ]),
      ].join("\n\n");
    }),
  ]);

  // Countries --------------------------------------------------------------
  /** @type {SidebarItem[]} */
  const countryItems = [];
  page(`${year}/countries/index`, [
    frontmatter({ title: `Countries ${year}` }),
    `# Countries in the ${year} table`,
    `The ${rows.length} countries that ratified, acceded to or accepted a relevant convention between ${text(period)}. ` +
      `Each page gives the country's status under every instrument and its briefing PDF.`,
    `**What this table covers.** The report lists in this table only the countries that acted on one of the instruments ` +
      `in the reporting period; it is not the list of every country the report covers, which is at ` +
      `<${fullCountryListUrl(edition)}>. For a country not listed here, look in the other editions ` +
      `(\`report-gen generate --country CODE\` takes each country from the newest edition that lists it). ` +
      `“Not a party” means not a party as of ${text(asOfMonth(edition))}, as this edition published it.`,
    table(
      ["Country", "Code", "Party to", "Briefing"],
      rows.map((row) => {
        const brief = countryBrief(edition, row.country);
        const pdf = pdfs.briefs.get(row.country);
        return [
          `[${text(row.name)}](${countryPagePath(year, row.country)}.md)`,
          `\`${row.country}\``,
          brief ? `${brief.counts.parties} of ${brief.counts.instruments}` : "",
          pdf
            ? `<a href="${html(pdf.href)}" download="${html(`${row.country}-${year}.pdf`)}">${row.country}.pdf</a>`
            : "",
        ];
      }),
      { rowHeaders: true },
    ),
  ]);
  for (const row of rows) {
    const brief = countryBrief(edition, row.country);
    const pdf = pdfs.briefs.get(row.country);
    if (!brief || !pdf) throw new Error(`edition ${year}: no brief for ${row.country} (${row.name})`);
    const iso = countryByCode(row.country);
    const title = (/** @type {InstrumentId} */ id) => text(INSTRUMENTS[id].shortTitle);
    const acted = brief.actionsInReportingPeriod.map(
      (a) => `${title(a.instrument)}: ${text(describeCell(a.action))} (\`${formatNotation(a.action)}\`)`,
    );
    page(`${year}/countries/${row.country.toLowerCase()}`, [
      frontmatter({ title: `${row.name} — ${year}` }),
      `# ${text(row.name)}`,
      `ISO 3166-1 alpha-3 \`${row.country}\`${iso && !iso.iso ? " (user-assigned: ISO 3166-1 lists no code)" : ""} · ` +
        `[${year} edition](../index.md) · reporting period ${text(period)} · status as of ${text(asOfMonth(edition))}, as published in the ${text(edition.title)}`,
      pdfLink(pdf, `Download the briefing PDF (${row.country}.pdf)`, `${row.country}-${year}.pdf`),
      `## Status under each instrument`,
      table(
        ["Instrument", "Status", "Published", "In the reporting period"],
        brief.instruments.map((i) => [
          `[${text(i.shortTitle)}](../conventions.md#${i.instrument})${text(i.footnote ?? "")}`,
          i.status.inReportingPeriod ? `**${text(i.status.description)}**` : text(i.status.description),
          `\`${i.status.notation}\``,
          i.status.inReportingPeriod ? "yes" : "",
        ]),
        { rowHeaders: true },
      ),
      `## Summary`,
      `${text(row.name)} is party to ${brief.counts.parties} of the ${brief.counts.instruments} instruments in the ${year} table.`,
      acted.length > 0
        ? `Inside the reporting period (${text(period)}):\n\n${list(acted)}`
        : `No action inside the reporting period (${text(period)}).`,
      brief.notRatified.length > 0
        ? `Not a party to:\n\n${list(brief.notRatified.map(title))}`
        : `Party to every instrument in the table.`,
      ...membershipSection(edition, row),
      ...(brief.footnotes.length > 0
        ? [`## Notes`, ...brief.footnotes.map((f) => `${text(f.mark)} ${inline(f.text)}`)]
        : []),
    ]);
    countryItems.push({ text: row.name, link: `${countryPagePath(year, row.country)}` });
  }

  // Peacekeeping -----------------------------------------------------------
  const pk = edition.peacekeeping;
  page(`${year}/peacekeeping`, [
    frontmatter({ title: `Peacekeeping ${year}`, aside: false }),
    `# Peacekeeping ${year}`,
    `*${text(pk.heading)}*`,
    inline(pk.intro),
    `## Figures`,
    table(
      ["", ...pk.organizations.map((o) => text(o.heading))],
      [
        ["Peacekeeping and support personnel", ...pk.organizations.map((o) => o.personnel.toLocaleString("en-US"))],
        ["Missions", ...pk.organizations.map((o) => String(o.missions))],
        [
          `Allegations in ${pk.allegationsYear}`,
          ...pk.organizations.map((o) => text(formatAllegationFigures(o.allegations) || "No reported allegations")),
        ],
      ],
      { rowHeaders: true },
    ),
    ...pk.organizations.map((o) =>
      [
        `## ${text(o.heading)} {#${o.id}}`,
        fields([
          ["Prevention policy", text(o.preventionPolicy)],
          ["Lead office responsible for implementation", text(o.leadOffice)],
          ["Prevention training", text(o.training)],
          [`Number of allegations in ${pk.allegationsYear}`, text(formatAllegationFigures(o.allegations))],
          ["Allegations", text(o.allegations.narrative)],
          ["New initiatives", text(o.newInitiatives)],
          ["Links for additional information", o.links.map((l) => link(l)).join(" · ")],
        ]),
      ].join("\n\n"),
    ),
  ]);

  // Organizations ----------------------------------------------------------
  const orgs = edition.organizations;
  const [, frameworkHeading, focalHeading] = orgs.columnHeadings;
  page(`${year}/organizations`, [
    frontmatter({ title: `Multilateral organizations ${year}`, outline: 2 }),
    `# Multilateral organizations ${year}`,
    `*${text(orgs.heading)}*`,
    ...orgs.organizations.map((o) =>
      [
        `## ${text(o.name)}${o.abbreviation ? ` (${text(o.abbreviation)})` : ""}`,
        o.websites.length > 0 || o.remark
          ? `${o.websites.map((w) => link(w.url, w.label)).join(" · ")}${o.remark ? ` ${text(o.remark)}` : ""}`
          : "",
        ...o.linkGroups.map(
          (g) =>
            `**${text(g.title)}**\n\n${list(
              g.links.map((l) => link(l.url, l.label)),
              "",
            )}`,
        ),
        `### ${text(frameworkHeading)}`,
        list(o.frameworkDocuments.map((d) => text(d.title))),
        `### ${text(focalHeading)}`,
        list(o.focalPoints.map(text)),
      ]
        .filter(Boolean)
        .join("\n\n"),
    ),
  ]);

  // Glossary ---------------------------------------------------------------
  page(`${year}/glossary`, [
    frontmatter({ title: `Glossary ${year}` }),
    `# Glossary of abbreviations ${year}`,
    `*${text(edition.glossary.heading)}*`,
    table(
      ["Abbreviation", "Stands for"],
      edition.glossary.entries.map((e) => [`**${text(e.term)}**`, text(e.definition)]),
      { rowHeaders: true },
    ),
  ]);

  // Back matter ------------------------------------------------------------
  page(`${year}/back-matter`, [
    frontmatter({ title: `Notes, photo credits, closing note and staff ${year}` }),
    `# Notes, photo credits, closing note and staff ${year}`,
    `## Notes`,
    ...edition.notes.map((n) => `**${text(n.label)}** ${inline(n.text)}`),
    `## ${text(edition.photoCredits.heading)}`,
    list(
      edition.photoCredits.credits.map(
        (c) =>
          `${text(formatPhotoPlace(c.place))}: ${c.credits
            .map((p) => (p.position ? `${text(formatPhotoPosition(p.position))}: ${text(p.credit)}` : text(p.credit)))
            .join("; ")}`,
      ),
    ),
    `## ${text(edition.closingNote.heading)}`,
    ...edition.closingNote.paragraphs.map(inline),
    `## ${text(edition.staff.heading)}`,
    edition.staff.names.map(text).join(" · "),
  ]);

  return {
    pages,
    sidebar: {
      text: `${year} edition`,
      items: [
        { text: "Overview", link: `${base}/` },
        { text: "Convention table", link: `${base}/conventions` },
        { text: "Countries", link: `${base}/countries/`, collapsed: true, items: countryItems },
        { text: "Peacekeeping", link: `${base}/peacekeeping` },
        { text: "Multilateral organizations", link: `${base}/organizations` },
        { text: "Glossary", link: `${base}/glossary` },
        { text: "Notes and back matter", link: `${base}/back-matter` },
      ],
    },
  };
}

/**
 * A country page's multilateral organizations, as its brief gives them: the table's organizations it
 * belongs to (from the edition's membership source, cited), and those the source does not cover.
 * @param {Edition} edition
 * @param {{ country: string, name: string }} row
 * @returns {string[]}
 */
function membershipSection(edition, row) {
  const m = countryMemberships(edition, row.country);
  const heading = `## Multilateral organizations`;
  if (m === null) return [heading, `This edition records no memberships of multilateral organizations.`];
  const named = (/** @type {{ name: string, abbreviation?: string | undefined }} */ o) =>
    `${text(o.name)}${o.abbreviation ? ` (${text(o.abbreviation)})` : ""}`;
  const cite = (/** @type {import("@tip/domain").RepositorySource} */ s, /** @type {string} */ path) =>
    `[${text(s.repository)}, ${text(path)} at commit ${s.commit.slice(0, 8)}](https://github.com/${s.repository}/${path.includes("*") ? `tree/${s.commit}` : `blob/${s.commit}/${path}`})`;
  return [
    heading,
    m.file === null
      ? `This edition’s membership data has no entry for ${text(row.name)}: which of the table’s organizations it belongs to is not recorded.`
      : `Of the ${m.tableSize} organizations in the [${edition.year} table](../organizations.md), ${text(row.name)} is a member of ${m.members.length}` +
        (m.members.length > 0 ? `:` : `.`),
    ...(m.file !== null && m.members.length > 0
      ? [
          table(
            ["Organization", "Framework documents relevant to TIP", "TIP focal point"],
            m.members.map(({ organization: o }) => [
              `**${named(o)}**`,
              o.frameworkDocuments.map((d) => text(d.title)).join("<br>"),
              o.focalPoints.length > 0 ? o.focalPoints.map(text).join("<br>") : "N/A",
            ]),
            { rowHeaders: true },
          ),
        ]
      : []),
    ...(m.otherParticipation.length > 0
      ? [
          `It also takes part, not as a member, in: ${m.otherParticipation.map((p) => `${named(p.organization)}, ${text(p.qualifier ?? "")}`).join("; ")}.`,
        ]
      : []),
    ...(m.notCovered.length > 0
      ? [
          `Not covered by the source: ${m.notCovered.map((n) => `${text(n.organization.abbreviation ?? n.organization.name)} (${text(n.reason)})`).join("; ")}.`,
        ]
      : []),
    ...(m.unmapped.length > 0
      ? [
          `Left unmapped: ${m.unmapped.map((n) => `${text(n.organization.abbreviation ?? n.organization.name)} (${text(n.reason)})`).join("; ")}.`,
        ]
      : []),
    `Membership is not in the report. Source: ${text(m.source.name)}, as of ${m.source.date} (${cite(m.source, m.file ?? m.source.path)}); ` +
      `abbreviations as spelled out in ${text(m.abbreviations.name)} (${cite(m.abbreviations, m.abbreviations.path)}).`,
  ];
}
