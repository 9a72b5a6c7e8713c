// The same briefs for the other two sides: the markup report-gen's brief template writes, as an
// HTML page for Chromium and as plain text blocks for raw pdfkit. Prepared before anything is timed.
import { css, escapeHtml } from "./page-style.js";

const app = new URL("../../apps/report-gen/", import.meta.url);
// Internals of report-gen (not its public API): the benchmark must feed the other sides the very same text.
const { planDocuments, sharedTemplatesDir, documentDate } = await import(new URL("dist/documents/jobs.js", app).href);
const { renderTemplate } = await import(new URL("dist/templates/index.js", app).href);
const { reportHelpers } = await import(new URL("dist/documents/helpers.js", app).href);

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };
function decode(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) =>
    e[0] === "#"
      ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : (ENTITIES[e] ?? m),
  );
}

const escapeAttribute = (text) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** Document markup (templates/MARKUP.md) → HTML: the few report-gen elements HTML lacks become HTML. */
function markupToHtml(markup, charts) {
  return (
    markup
      // The chart with its text alternative, as a tagged PDF of report-gen's has it.
      .replace(
        /<chart ref="([^"]+)"><\/chart>/g,
        (_, ref) =>
          `<div class="chart" role="img" aria-label="${escapeAttribute(charts[ref].alt)}">${charts[ref].svg}</div>`,
      )
      .replace(/<footnote>/g, '<p class="footnote">')
      .replace(/<\/footnote>/g, "</p>")
      .replace(/<table([^>]*) widths="([^"]+)">/g, (_, attrs, widths) => {
        const cols = widths.split(",").map((w) => (w.trim() === "*" ? "<col>" : `<col style="width: ${Number(w)}pt">`));
        return `<table${attrs}><colgroup>${cols.join("")}</colgroup>`;
      })
  );
}

const BLOCK = /<(h1|h2|h3|p|th|td|footnote|li)\b([^>]*)>([\s\S]*?)<\/\1>/g;

/**
 * The brief's text as blocks with the face and size report-gen prints them in, for the floor:
 * headings, paragraphs, table cells, footnotes, the chart's labels, the footer.
 */
function textBlocks(markup, charts, footer) {
  const blocks = [];
  for (const [, tag, attrs, inner] of markup.matchAll(BLOCK)) {
    const text = decode(inner.replace(/<[^>]+>/g, ""))
      .replace(/\s+/g, " ")
      .trim();
    if (!text) continue;
    const cls = /class="([^"]*)"/.exec(attrs)?.[1] ?? "";
    const face =
      tag === "h1" || tag === "h2" || tag === "h3" || tag === "th" || cls.includes("in-period")
        ? "bold"
        : cls.includes("legend")
          ? "italic"
          : "regular";
    const size =
      { h1: 18, h2: 13, h3: 10.5, th: 8.5, td: 8.5, footnote: 7.5 }[tag] ??
      (/legend|source/.test(cls) ? 7.5 : /subtitle/.test(cls) ? 11 : 9.5);
    blocks.push({ text, face, size });
  }
  for (const { svg } of Object.values(charts)) {
    for (const [, size, inner] of svg.matchAll(/<text[^>]*font-size="([\d.]+)"[^>]*>([^<]*)<\/text>/g)) {
      blocks.push({ text: decode(inner), face: "regular", size: Number(size) });
    }
  }
  blocks.push({ text: footer, face: "regular", size: 7.5 }, { text: "Page 1 of 1", face: "regular", size: 7.5 });
  return blocks;
}

/**
 * Every brief of an edition as { code, title, html, footer, blocks }, one at a time: rendered with
 * report-gen's own plan and templates, so all three sides print the same words.
 */
export function* briefContents(edition) {
  const creationDate = documentDate(edition, {});
  for (const row of edition.conventions.rows) {
    const [job] = planDocuments(edition, {
      only: "brief",
      countries: [row.country],
      templateDirs: [sharedTemplatesDir],
      creationDate,
    });
    const rendered = renderTemplate(job.template, job.viewModel, { dirs: job.dirs, helpers: reportHelpers });
    if ("errors" in rendered) throw new Error(JSON.stringify(rendered.errors));
    const body = markupToHtml(rendered.markup, job.charts);
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(job.title)}</title><style>${css}</style></head><body>${body}</body></html>`;
    yield {
      code: row.country,
      title: job.title,
      footer: job.footer,
      html,
      blocks: textBlocks(rendered.markup, job.charts, job.footer),
    };
  }
}
