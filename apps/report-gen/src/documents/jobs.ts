import { UserError } from "../cli/errors.js";
import { publicationFacts, type Edition, type EditionDiff } from "@tip/domain";
import type { ChartDrawing } from "../markup/index.js";
import type { DocumentAttachment } from "./document.js";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { displayPath } from "../cli/output.js";
import { isWithin, realPathOf } from "../output/place.js";
import { buildAppendixView } from "../views/appendix.js";
import { buildBriefView } from "../views/brief.js";
import { buildChangesView } from "../views/changes.js";

/** The application named as every PDF's Creator (documents/document.ts's default, not imported: planning loads no renderer). */
const tool = "@tip/report-gen";

/** The templates shipped with the app; an edition's own `templates/` folder overrides them by name. */
export const sharedTemplatesDir = fileURLToPath(new URL("../../templates/", import.meta.url));

/**
 * The folders templates are looked up in: the edition's own `templates/` (when it has one), then the
 * shipped ones. The edition's must be a folder inside the edition: one that is a link elsewhere would
 * let a copied edition render files from anywhere on disk.
 */
export function editionTemplateDirs(editionDir: string, cwd: string = process.cwd()): string[] {
  const own = join(editionDir, "templates");
  if (existsSync(own) && !isWithin(realPathOf(own), realPathOf(editionDir))) {
    throw new UserError(
      `${displayPath(own, cwd)} leads out of the edition's folder, to ${realPathOf(own)}`,
      "put the templates folder itself in the edition, not a link to a folder elsewhere",
    );
  }
  return [own, sharedTemplatesDir].filter((d) => existsSync(d));
}

/** An edition's own documents (what `generate` makes), and the changes between two editions (`diff`). */
export type DocumentKind = "appendix" | "brief" | "diff";

/**
 * One document to render: everything it is made from, as plain JSON-safe values, so that a
 * worker thread can render it and its inputs can be hashed.
 */
export interface DocumentJob {
  readonly kind: DocumentKind;
  /** Relative to the edition's output folder. */
  readonly path: string;
  readonly country?: string;
  readonly template: string;
  readonly viewModel: object;
  readonly charts: Readonly<Record<string, ChartDrawing>>;
  /** The data the document shows, carried inside it as JSON (PDF/A-3 associated files). */
  readonly attachments: readonly DocumentAttachment[];
  readonly dirs: readonly string[];
  readonly title: string;
  /** The PDF's Author, from the edition's publication settings; null for none. */
  readonly author: string | null;
  /** The PDF's Creator: the tool, and the publisher when the edition names one. */
  readonly creator: string;
  readonly subject: string;
  readonly keywords: readonly string[];
  readonly header: string;
  readonly footer: string;
  readonly pageOrientation: "portrait" | "landscape";
  /** ISO timestamp: from SOURCE_DATE_EPOCH or the edition, never the clock. */
  readonly creationDate: string;
  /** False only for the benchmark's untagged comparison (every PDF we publish is tagged). */
  readonly tagged?: false;
}

export interface PlanOptions {
  readonly only?: Exclude<DocumentKind, "diff"> | undefined;
  readonly countries?: readonly string[] | undefined;
  /** Template folders, most specific first. */
  readonly templateDirs: readonly string[];
  readonly creationDate: Date;
  readonly tagged?: false;
  /** The other editions known to the run: a brief shows the country's history across them. */
  readonly editions?: readonly Edition[] | undefined;
}

/** The documents of an edition: the appendix and one brief per country of its table. */
export function planDocuments(edition: Edition, options: PlanOptions): DocumentJob[] {
  const publication = publicationFacts(edition);
  const common = {
    dirs: options.templateDirs,
    creationDate: options.creationDate.toISOString(),
    author: publication.author,
    creator: publication.publisher === null ? tool : `${publication.publisher} (${tool})`,
    footer: publication.footer,
    ...(options.tagged === false ? { tagged: false as const } : {}),
  };
  const jobs: DocumentJob[] = [];
  if (options.only !== "brief" && options.countries === undefined) {
    jobs.push({
      ...common,
      kind: "appendix",
      path: "appendix.pdf",
      template: "appendix",
      viewModel: buildAppendixView(edition),
      charts: {},
      attachments: [
        {
          name: `tip-report-${edition.year}.json`,
          description: `The ${edition.title} appendix's data, as @tip/data ships it: every table, list and note this PDF shows`,
          json: `${JSON.stringify(edition, null, 2)}\n`,
        },
      ],
      title: `${edition.title}: Appendix`,
      subject: `Relevant international conventions, peacekeeping, multilateral organizations, glossary and closing matter of the ${edition.title}`,
      keywords: ["trafficking in persons", "TIP Report", String(edition.year), "appendix"],
      header: `${edition.title} · Appendix`,
      pageOrientation: "portrait",
    });
  }
  if (options.only !== "appendix") {
    const wanted = options.countries ? new Set(options.countries) : undefined;
    for (const row of edition.conventions.rows) {
      if (wanted && !wanted.has(row.country)) continue;
      const { charts: svgs, chartAlternatives, ...view } = buildBriefView(edition, row.country, options.editions);
      // Each chart goes with its text alternative: the PDF's Figure reads it instead of the drawing.
      const charts = { timeline: { svg: svgs.timeline, alt: chartAlternatives.timeline } };
      jobs.push({
        ...common,
        kind: "brief",
        path: `briefs/${row.country}.pdf`,
        country: row.country,
        template: "brief",
        viewModel: view,
        charts,
        attachments: [
          {
            name: `${row.country}.json`,
            description: `${row.name}'s row of the ${edition.title} convention table, with the table's columns and footnotes`,
            json: `${JSON.stringify(
              {
                edition: {
                  year: edition.year,
                  title: edition.title,
                  published: edition.published,
                  reportingPeriod: edition.reportingPeriod,
                  source: edition.source,
                },
                columns: edition.conventions.columns,
                footnotes: edition.conventions.footnotes,
                row,
              },
              null,
              2,
            )}\n`,
          },
        ],
        title: `${row.name}: Relevant International Conventions (${edition.title})`,
        subject: `Country brief: ${row.name}'s status under the instruments of the ${edition.year} convention table`,
        keywords: ["trafficking in persons", "TIP Report", String(edition.year), row.name, row.country],
        header: `${row.name} · ${edition.title}`,
        pageOrientation: "portrait",
      });
    }
  }
  return jobs;
}

export interface ChangesPlanOptions {
  /** Template folders, most specific first (the newer edition's own, then the shared ones). */
  readonly templateDirs: readonly string[];
  readonly creationDate: Date;
  /** Relative to the folder it is rendered into; by default `changes-OLD-NEW.pdf`. */
  readonly path?: string | undefined;
}

/**
 * The "changes since the last edition" document between two editions, `before` and `after` being
 * the editions `diff` was made from (their titles head it; its date is the newer one's).
 */
export function planChangesDocument(
  diff: EditionDiff,
  before: Edition,
  after: Edition,
  options: ChangesPlanOptions,
): DocumentJob {
  const publication = publicationFacts(after);
  return {
    kind: "diff",
    path: options.path ?? `changes-${before.year}-${after.year}.pdf`,
    template: "changes",
    viewModel: buildChangesView(diff),
    charts: {},
    // The diff carries no data file: its text is the whole of it.
    attachments: [],
    dirs: options.templateDirs,
    creationDate: options.creationDate.toISOString(),
    title: `Changes from ${before.title} to ${after.title}`,
    subject: `What changed in the appendix between the ${before.year} and ${after.year} editions`,
    keywords: [
      ...new Set(["trafficking in persons", "TIP Report", String(before.year), String(after.year), "changes"]),
    ],
    header: `Changes since the ${before.year} edition`,
    author: publication.author,
    creator: publication.publisher === null ? tool : `${publication.publisher} (${tool})`,
    footer: publication.footer,
    pageOrientation: "portrait",
  };
}

/** The latest SOURCE_DATE_EPOCH a PDF date can hold: 9999-12-31T23:59:59Z. */
const LAST_EPOCH = 253402300799;

/**
 * SOURCE_DATE_EPOCH (seconds) when set, else the edition's publication date. A malformed value
 * is an error, as reproducible-builds.org's specification asks, rather than quietly ignored.
 */
export function documentDate(edition: Edition, env: NodeJS.ProcessEnv): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === "") return new Date(`${edition.published}T00:00:00Z`);
  if (!/^[0-9]{1,12}$/.test(epoch) || Number(epoch) > LAST_EPOCH) {
    throw new UserError(
      `SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 (0 to ${LAST_EPOCH}), got "${epoch.length > 24 ? `${epoch.slice(0, 24)}…` : epoch}"`,
      "set it to a number such as $(git log -1 --format=%ct), or unset it to date documents from the edition",
    );
  }
  return new Date(Number(epoch) * 1000);
}
