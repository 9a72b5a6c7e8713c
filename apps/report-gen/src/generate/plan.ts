import type { Edition } from "@tip/domain";
import { planDocuments, type DocumentJob, type DocumentKind, type PlanOptions } from "../documents/jobs.js";

/**
 * One document of a run, before its job exists. A run keeps only these (and a hash of each job):
 * jobs carry whole view models and charts, so they are built when needed and dropped after.
 */
export interface PlannedDocument {
  readonly kind: DocumentKind;
  /** Relative to the edition's output folder, as the job's own path. */
  readonly path: string;
  readonly country?: string;
  build(): DocumentJob;
}

/**
 * The documents `planDocuments` would make, in its order, each built on its own. A brief is
 * planned from an edition holding only its row: a brief shows one country, and querying the
 * whole table for each of N countries would cost N² (plan.test.ts checks the jobs are the same).
 */
export function planLazily(edition: Edition, options: PlanOptions): PlannedDocument[] {
  const planned: PlannedDocument[] = [];
  if (options.only !== "brief" && options.countries === undefined) {
    planned.push({
      kind: "appendix",
      path: "appendix.pdf",
      build: () => only(planDocuments(edition, { ...options, only: "appendix" })),
    });
  }
  if (options.only !== "appendix") {
    const wanted = options.countries ? new Set(options.countries) : undefined;
    for (const row of edition.conventions.rows) {
      if (wanted && !wanted.has(row.country)) continue;
      const alone: Edition = { ...edition, conventions: { ...edition.conventions, rows: [row] } };
      planned.push({
        kind: "brief",
        path: `briefs/${row.country}.pdf`,
        country: row.country,
        build: () => only(planDocuments(alone, { ...options, only: "brief", countries: undefined })),
      });
    }
  }
  return planned;
}

function only(jobs: DocumentJob[]): DocumentJob {
  if (jobs.length !== 1) throw new Error(`expected one document, planned ${jobs.length}`);
  return jobs[0]!;
}
