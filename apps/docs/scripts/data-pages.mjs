// @ts-check
// Writes the data pages (apps/docs/data/, gitignored) from @tip/data: never edit them by hand.
// Runs after scripts/pdfs.mjs, because every country page links to its briefing PDF.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { formatReportingPeriod, fullCountryListUrl } from "@tip/domain";
import { editionPages } from "./pages/edition.mjs";
import { frontmatter, html, table, text } from "./pages/markdown.mjs";
import { modelPartials } from "./pages/model.mjs";
import { shippedEditions, step } from "./editions.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = join(root, "data");
const pdfRoot = join(root, "public", "pdfs");

/** The PDFs scripts/pdfs.mjs put into public/pdfs/<year>/, as report-gen's manifest lists them. */
function editionPdfs(/** @type {import("@tip/domain").Edition} */ edition) {
  const dir = join(pdfRoot, String(edition.year));
  const manifestPath = join(dir, "manifest.json");
  if (!existsSync(manifestPath)) {
    throw new Error(
      `${manifestPath} is missing: run \`node scripts/pdfs.mjs\` (part of \`pnpm --filter @tip/docs build\`) first`,
    );
  }
  /** @type {{ files: { path: string, sha256: string }[] }} */
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  const file = (/** @type {string} */ rel) => {
    const path = join(dir, rel);
    const listed = manifest.files.find((f) => f.path === rel);
    if (!existsSync(path) || !listed) {
      throw new Error(`${path} is missing or not in its manifest: run \`node scripts/pdfs.mjs\` first`);
    }
    return { href: `/pdfs/${edition.year}/${rel}`, bytes: statSync(path).size, sha256: listed.sha256 };
  };
  return {
    appendix: file("appendix.pdf"),
    briefs: new Map(edition.conventions.rows.map((r) => [r.country, file(`briefs/${r.country}.pdf`)])),
  };
}

await step("data pages", async () => {
  const editions = await shippedEditions();
  /** @type {{ path: string, content: string }[]} */
  const pages = [];
  const sidebar = [];
  for (const edition of editions) {
    const result = editionPages(edition, editionPdfs(edition));
    pages.push(...result.pages);
    sidebar.push({ ...result.sidebar, collapsed: edition !== editions[0] });
  }
  const latest = editions[0];
  pages.push({
    path: "index.md",
    content: `${[
      frontmatter({ title: "Data" }),
      "::: v-pre",
      "# Data",
      `Every edition shipped in \`@tip/data\`, written into these pages when the site is built. ` +
        `The newest is the [${latest?.year} edition](./${latest?.year}/index.md).`,
      table(
        ["Edition", "Reporting period", "Countries in the table", "Full appendix", "Source"],
        editions.map((e) => [
          `[${e.year}](./${e.year}/index.md)`,
          text(formatReportingPeriod(e.reportingPeriod)),
          String(e.conventions.rows.length),
          `<a href="${html(`/pdfs/${e.year}/appendix.pdf`)}" download="tip-${e.year}-appendix.pdf">appendix.pdf</a>`,
          // The name as the link's text: a bare URL cannot wrap, and pushed this column out of view.
          `[${text(e.source.name)}](${e.source.url.replace(/[()<> ]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)})`,
        ]),
        { rowHeaders: true },
      ),
      "## Finding a country",
      "Each edition's convention table lists only the countries that ratified, acceded to or accepted one of its " +
        "instruments in that edition's reporting period, so a country may be in an older edition and not in the newest. " +
        "The search box (top of every page) finds a country in every edition that lists it; its newest listing is the " +
        "one to read, and `report-gen generate --country CODE` makes its brief from that edition. " +
        `A country no edition lists is not in this data: every country the report covers is listed at <${latest ? fullCountryListUrl(latest) : ""}>. ` +
        "“Not a party” on a country's page means not a party as of the end of that edition's reporting period, as that edition published it.",
      "The same data is available to other tools as JSON, CSV and a JSON Schema from `@tip/data`; " +
        "see the [developer guide](../guide/developers.md).",
      ":::",
    ].join("\n\n")}\n`,
  });
  pages.push(...modelPartials());

  // Written beside the old pages and swapped in, so a failed run leaves the last good set.
  const staging = `${out}.tmp-${process.pid}`;
  try {
    for (const page of pages) {
      const path = join(staging, page.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, page.content);
    }
    writeFileSync(join(staging, "sidebar.json"), `${JSON.stringify(sidebar, null, 2)}\n`);
    rmSync(out, { recursive: true, force: true });
    renameSync(staging, out);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  console.log(
    `data pages: ${pages.length} pages for edition${editions.length > 1 ? "s" : ""} ${editions.map((e) => e.year).join(", ")}`,
  );
});
