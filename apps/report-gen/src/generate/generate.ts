import { IssuesError, type Edition } from "@tip/domain";
import { EDITION_FILES, editionFile, isEditionFolder, loadEdition, PREVIOUS_WORDING_RULE } from "@tip/data/load";
import { lstat, readdir } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { loadEditionForReport } from "../checks/load.js";
import { documentDate, editionTemplateDirs, type DocumentJob, type PlanOptions } from "../documents/jobs.js";
import { UserError } from "../cli/errors.js";
import { displayPath } from "../cli/output.js";
import { leavesFolder, MANIFEST_NAME, readManifest, sha256File, type ManifestFile } from "../output/manifest.js";
import { engineDir, firstPresent, isWithin, realPathOf } from "../output/place.js";
import { openOutputFolder } from "../output/staging.js";
import type { LockHolder } from "../output/lock.js";
import { generatorFingerprint, jobFingerprint, templatesFingerprint } from "./fingerprint.js";
import { locateInData } from "./locate-in-data.js";
import { planLazily, type PlannedDocument } from "./plan.js";
import { startWorkersEarly } from "./early-workers.js";
import { renderAll, type RenderWorkers } from "./pool.js";
import type { RenderOutcome } from "./render-job.js";

import { GENERATOR } from "./generator.js";

export { GENERATOR };

export interface GenerateOptions {
  /** The edition folder (its own `templates/` overrides the shared ones). */
  readonly editionDir: string;
  /** The output root; documents go to `<out>/<year>/`. */
  readonly outDir: string;
  readonly only?: PlanOptions["only"];
  readonly countries?: readonly string[] | undefined;
  /** Write the documents although the edition still holds the previous edition's wording not yet reviewed (a draft). */
  readonly allowUnreviewed?: boolean | undefined;
  /**
   * The other editions a brief's history is drawn from. By default the editions beside the
   * edition's folder (siblings named after their years) are loaded.
   */
  readonly editions?: readonly Edition[] | undefined;
  /** Re-render every document even when its inputs are unchanged. */
  readonly force?: boolean | undefined;
  /** Render threads, this one included (1: this one only); by default one per core for long runs (pool.ts). */
  readonly threads?: number | undefined;
  readonly env?: NodeJS.ProcessEnv;
  /** Worker threads already started (`startWorkersEarly`); by default `generate` starts its own before loading the edition. Stopped when the run ends. */
  readonly workers?: RenderWorkers | undefined;
  /** Called once the plan is known, then after each document. */
  readonly onPlan?: ((total: number, toRender: number) => void) | undefined;
  readonly onRendered?: ((job: DocumentJob, done: number) => void) | undefined;
  /** False: untagged PDFs without the PDF/UA and PDF/A claims, for the benchmark's like-with-like measure of what tagging costs. */
  readonly tagged?: boolean | undefined;
  /** Called when another run holds the output folder and this one waits for it. */
  readonly onWait?: ((holder: LockHolder | undefined) => void) | undefined;
  /** Called for each manifest entry ignored (a path outside the folder, say). */
  readonly onWarning?: ((message: string) => void) | undefined;
  /** The folder paths in messages are shown relative to (the caller's working folder); process.cwd() by default. */
  readonly cwd?: string | undefined;
}

export interface GenerateResult {
  readonly edition: Edition;
  readonly dir: string;
  readonly rendered: readonly string[];
  readonly unchanged: readonly string[];
  readonly files: readonly ManifestFile[];
}

/**
 * Loads and validates an edition, renders the documents whose inputs changed into a staging
 * folder, and swaps it in whole. Invalid data or templates write nothing.
 */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const workers = options.workers ?? startWorkersEarly(options);
  try {
    return await loadAndGenerate(options, workers);
  } finally {
    await workers?.destroy();
  }
}

async function loadAndGenerate(options: GenerateOptions, workers: RenderWorkers | undefined): Promise<GenerateResult> {
  const loaded = await loadEditionForReport(options.editionDir);
  if (!loaded.ok) throw new IssuesError(loaded.issues);
  const edition = loaded.edition;

  const unreviewed = loaded.issues.filter((i) => i.rule === PREVIOUS_WORDING_RULE);
  if (unreviewed.length && !options.allowUnreviewed) {
    throw new IssuesError(
      unreviewed.map((issue, i) => ({
        file: issue.file,
        line: issue.line,
        column: issue.column,
        rule: "generate/unreviewed",
        message: `not reviewed: ${issue.message}`,
        severity: "error" as const,
        // One line per place; how to clear them, once, at the end.
        hint:
          i === unreviewed.length - 1
            ? `the ${edition.year} edition still holds the previous edition's wording: change each line, or list it under "reviewed" in ${EDITION_FILES.edition} if it stays; --allow-unreviewed writes a draft anyway`
            : "",
      })),
    );
  }

  const editions = options.editions ?? (await siblingEditions(options.editionDir, edition.year));
  const unknown = (options.countries ?? []).filter((c) => !edition.conventions.rows.some((r) => r.country === c));
  if (unknown.length) {
    const { notListed } = await import("./not-listed.js");
    throw new IssuesError(
      unknown.map((code) => ({
        file: editionFile(options.editionDir, "conventions"),
        line: 1,
        column: 1,
        rule: "generate/country-not-listed",
        ...notListed(code, editions, edition),
        severity: "error" as const,
      })),
    );
  }

  return generateEdition(edition, { ...options, editions }, workers);
}

/**
 * The other editions beside an edition's folder (its siblings named after their years), loaded
 * and validated: a brief's history comes from them. An edition folder alone has none.
 */
export async function siblingEditions(editionDir: string, year: number): Promise<Edition[]> {
  const parent = dirname(editionDir);
  if (!/^\d{4}$/.test(basename(editionDir))) return [];
  const names = await readdir(parent).catch(() => [] as string[]);
  const editions: Edition[] = [];
  for (const name of names.filter((n) => /^\d{4}$/.test(n) && Number(n) !== year).sort()) {
    const dir = join(parent, name);
    if (!isEditionFolder(dir)) continue;
    const other = await loadEdition(dir, { review: false });
    if (other.ok) editions.push(other.edition);
    // A later edition still being prepared is not published yet: it has no say in this one's briefs.
    else if (Number(name) < year) throw new IssuesError(other.issues);
  }
  return editions;
}

/**
 * `generate` for an edition already loaded and validated (or built in memory, as the benchmark's
 * editions larger than ISO 3166-1 are). Memory stays flat in the number of documents: a job (view
 * model, charts) is built when a thread is ready to render it and dropped after; the run keeps a
 * hash per document, and each PDF is written to its file as soon as it is rendered.
 */
export async function generateEdition(
  edition: Edition,
  options: GenerateOptions,
  workers?: RenderWorkers,
): Promise<GenerateResult> {
  const cwd = options.cwd ?? process.cwd();
  const templateDirs = editionTemplateDirs(options.editionDir, cwd);
  const planned = planLazily(edition, {
    only: options.only,
    countries: options.countries,
    templateDirs,
    creationDate: documentDate(edition, options.env ?? process.env),
    ...(options.tagged === false ? { tagged: false } : {}),
    editions: options.editions,
  });
  const target = join(options.outDir, String(edition.year));
  const shown = (path: string) => displayPath(path, cwd);
  refuseOutputOverInputs(target, shown(options.outDir), [options.editionDir, ...templateDirs, engineDir()], cwd);
  const partial = options.only !== undefined || options.countries !== undefined;
  const generator = generatorFingerprint();
  const templates = new Map<string, string>();
  const fingerprint = (job: DocumentJob): string => {
    let hash = templates.get(job.template);
    if (hash === undefined) templates.set(job.template, (hash = templatesFingerprint(job.template, templateDirs)));
    return jobFingerprint(job, hash, generator);
  };
  const paths = new Set(planned.map((doc) => doc.path));
  // What went into each document, to compare with the last run's: each job is built here once for
  // its hash, and again only if it is rendered. With --force every document is rendered anyway,
  // so each job is built once, when a thread is ready for it, and hashed then.
  const inputs = new Map<string, string>();
  if (!options.force) for (const doc of planned) inputs.set(doc.path, fingerprint(doc.build()));

  const folder = await openOutputFolder(target, { onWait: options.onWait });
  try {
    const previous = await readManifest(folder.dir);
    if (previous.kind === "foreign") {
      throw new UserError(
        `${shown(join(target, MANIFEST_NAME))}: ${previous.reason}, so nothing in ${shown(target)} is report-gen's to replace`,
        "move it away, or give --out another folder",
      );
    }
    const warnings =
      previous.kind === "ours"
        ? previous.ignored.map(
            (e) => `${shown(join(target, MANIFEST_NAME))}: ignored the entry ${JSON.stringify(e.path)}: ${e.reason}`,
          )
        : [];
    for (const warning of warnings) options.onWarning?.(warning);
    const listed = new Map((previous.kind === "ours" ? previous.manifest.files : []).map((f) => [f.path, f]));
    await refuseForeignFiles(
      folder.dir,
      shown(target),
      planned.map((doc) => doc.path),
      listed,
    );

    const kept = new Map<string, ManifestFile>();
    const removed: ManifestFile[] = [];
    for (const file of listed.values()) {
      if (!(await isRegularFile(join(folder.dir, file.path)))) continue;
      if (!partial && !paths.has(file.path)) removed.push(file);
      else kept.set(file.path, file);
    }
    const unchanged: PlannedDocument[] = [];
    const toRender = planned.filter((doc) => {
      const before = kept.get(doc.path);
      const same = !options.force && before !== undefined && before.inputs === inputs.get(doc.path);
      if (same) unchanged.push(doc);
      return !same;
    });
    // A file whose bytes no longer match the manifest was changed by hand: render it again.
    const untouched: PlannedDocument[] = [];
    for (const doc of unchanged) {
      if ((await sha256File(join(folder.dir, doc.path))) === kept.get(doc.path)?.sha256) untouched.push(doc);
      else toRender.push(doc);
    }
    options.onPlan?.(planned.length, toRender.length);

    // Only the documents being rendered are held, for the progress callback.
    const inFlight = new Map<string, DocumentJob>();
    const requests = function* () {
      for (const doc of toRender) {
        const job = doc.build();
        if (!inputs.has(job.path)) inputs.set(job.path, fingerprint(job));
        inFlight.set(job.path, job);
        yield { job, outDir: folder.staging };
      }
    };
    const outcomes: RenderOutcome[] = await renderAll(requests(), toRender.length, {
      threads: options.threads,
      workers,
      onDone: (o, done) => {
        const job = inFlight.get(o.path);
        inFlight.delete(o.path);
        if (job) options.onRendered?.(job, done);
      },
    });
    const errors = outcomes.flatMap((o) => (o.ok ? [] : o.errors));
    if (errors.length) throw new IssuesError(dedupe(locateInData(errors, options.editionDir)));

    const files = new Map(kept);
    const byPath = new Map(toRender.map((doc) => [doc.path, doc]));
    for (const o of outcomes) {
      if (!o.ok) continue;
      const doc = byPath.get(o.path)!;
      files.set(o.path, {
        path: o.path,
        kind: doc.kind,
        ...(doc.country ? { country: doc.country } : {}),
        sha256: o.sha256,
        bytes: o.bytes,
        inputs: inputs.get(o.path)!,
      });
    }
    const manifestFiles = [...files.values()];
    await folder.publish(
      edition.year,
      GENERATOR,
      manifestFiles,
      toRender.map((doc) => doc.path),
      removed,
    );
    return {
      edition,
      dir: target,
      rendered: toRender.map((doc) => doc.path),
      unchanged: untouched.map((doc) => doc.path),
      files: manifestFiles,
    };
  } finally {
    await folder.close();
  }
}

/**
 * The output folder must not be, hold or lie inside what the run reads (the edition folder, a
 * templates folder, the fonts), nor hold an edition's files.
 */
function refuseOutputOverInputs(target: string, outDir: string, inputs: readonly string[], cwd: string): void {
  const real = realPathOf(target);
  for (const input of inputs) {
    const folder = realPathOf(input);
    if (isWithin(real, folder) || isWithin(folder, real)) {
      throw new UserError(
        `--out ${outDir} would write into ${displayPath(input, cwd)}, which this run reads`,
        "give --out a folder of its own, outside the edition and the templates",
      );
    }
  }
  for (const dir of [real, realPathOf(outDir)]) {
    const found = firstPresent(dir, Object.values(EDITION_FILES));
    if (found !== undefined) {
      throw new UserError(
        `--out ${outDir} would write into ${displayPath(dir, cwd)}, which holds an edition's ${found}`,
        "give --out a folder of its own, outside the editions",
      );
    }
  }
}

/** Refuses a run that would replace a file the last manifest does not list as report-gen's: one line, naming it. */
async function refuseForeignFiles(
  root: string,
  target: string,
  planned: readonly string[],
  listed: ReadonlyMap<string, ManifestFile>,
): Promise<void> {
  const foreign: string[] = [];
  for (const path of planned) {
    const why = await leavesFolder(root, path);
    if (why !== undefined) foreign.push(`${join(target, path)} (${why})`);
    else if (!listed.has(path) && (await lstat(join(root, path)).catch(() => undefined)) !== undefined)
      foreign.push(join(target, path));
  }
  if (foreign.length) {
    const more = foreign.length > 1 ? ` and ${foreign.length - 1} more` : "";
    throw new UserError(
      `${foreign[0]}${more} would be replaced, but ${join(target, MANIFEST_NAME)} does not list ${foreign.length > 1 ? "them" : "it"} as written by report-gen`,
      "move it away (report-gen replaces only what it wrote), or give --out another folder; nothing was written",
    );
  }
}

const isRegularFile = (path: string) =>
  lstat(path).then(
    (s) => s.isFile(),
    () => false,
  );

/** The same template problem reported by every document is reported once. */
function dedupe<T extends { file: string; line: number; column: number; rule: string; message: string }>(
  errors: readonly T[],
): T[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.file}:${e.line}:${e.column}:${e.rule}:${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
