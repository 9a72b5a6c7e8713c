// Side 2: the briefs as HTML printed by one warm headless Chromium (page.setContent + page.pdf),
// one page at a time or several pages in parallel. Prints one JSON line with its own timings.
// Usage: node chromium.js BRIEFS_DIR OUT_DIR PAGES
import { mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { fontconfig, footerTemplate } from "../page-style.js";

const [briefsDir, outDir, pagesArg] = process.argv.slice(2);
const pages = Number(pagesArg ?? 1);
const WARMUP_PER_PAGE = 3;
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const index = JSON.parse(await readFile(join(briefsDir, "index.json"), "utf8"));
const profile = await mkdtemp(join(tmpdir(), "tip-bench-chromium-"));
const fonts = join(profile, "fonts.conf");
await writeFile(fonts, fontconfig(join(profile, "fontconfig-cache")));
const t0 = performance.now();
// A persistent context is how Playwright takes a fresh --user-data-dir of our own.
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  headless: true,
  args: CHROMIUM_ARGS,
  env: { ...process.env, FONTCONFIG_FILE: fonts },
});
const launchMs = performance.now() - t0;

/** report-gen's page margins are in points; page.pdf takes inches. */
const inches = (points) => `${points / 72}in`;

/** Prints one brief to OUT_DIR/CODE.pdf, written beside it and renamed into place as report-gen does. */
async function print(page, tab, brief, out) {
  const html = await readFile(join(briefsDir, `${brief.code}.html`), "utf8");
  await page.setContent(html, { waitUntil: "load" });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const temporary = join(out, `.${brief.code}.${tab}.pdf.tmp`);
  await page.pdf({
    path: temporary,
    format: "Letter",
    printBackground: true,
    // Tagged, as report-gen's are: the comparison stays like with like.
    tagged: true,
    displayHeaderFooter: true,
    headerTemplate: "<span></span>",
    footerTemplate: footerTemplate(brief.footer),
    margin: { top: inches(66), right: inches(54), bottom: inches(62), left: inches(54) },
  });
  await rename(temporary, join(out, `${brief.code}.pdf`));
}

try {
  // The base page's file:// origin lets setContent's documents load the Roboto files.
  const base = pathToFileURL(join(briefsDir, `${index[0].code}.html`)).href;
  const tabs = [];
  for (let i = 0; i < pages; i++) {
    const page = context.pages()[i] ?? (await context.newPage());
    await page.goto(base);
    tabs.push(page);
  }
  const w0 = performance.now();
  await Promise.all(
    tabs.map(async (page, tab) => {
      for (let i = 0; i < WARMUP_PER_PAGE; i++) await print(page, tab, index[i % index.length], outDir);
    }),
  );
  const warmupMs = performance.now() - w0;

  const r0 = performance.now();
  let next = 0;
  await Promise.all(
    tabs.map(async (page, tab) => {
      while (next < index.length) await print(page, tab, index[next++], outDir);
    }),
  );
  const renderMs = performance.now() - r0;
  process.stdout.write(
    `${JSON.stringify({ side: "chromium", pages, briefs: index.length, launchMs, warmupMs, renderMs })}\n`,
  );
} finally {
  await context.close();
  await rm(profile, { recursive: true, force: true });
}
