import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { editions } from "@tip/data";
import { countryBrief, type Edition } from "@tip/domain";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, type Browser } from "./support/browser.js";
import { builtSite, DIST, REPORTS } from "./support/site.js";
import { serveStatic, type StaticSite } from "./support/static-server.js";

const SCREENSHOTS = join(REPORTS, "screenshots");
const list = (Array.isArray(editions) ? editions : Object.values(editions)) as Edition[];
const edition = [...list].sort((a, b) => b.year - a.year)[0]!;

describe("the built documentation site in Chromium", () => {
  let site: StaticSite;
  let browser: Browser;
  let downloads: string;

  /** A page that records console errors, uncaught exceptions and failed requests. */
  async function open(path: string): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.context.newPage();
    const problems: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`exception: ${e.message}`));
    page.on("requestfailed", (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText ?? ""}`));
    page.on("response", (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    await page.goto(`${site.origin}${path}`, { waitUntil: "load" });
    // Let the app hydrate and prefetch; a page that keeps prefetching is not a failure by itself.
    await page.waitForLoadState("networkidle", { timeout: 10_000 }).catch(() => undefined);
    return { page, problems };
  }

  /** A heading's text without the "​" permalink VitePress appends. */
  const heading = async (page: Page, selector = "h1") =>
    (await page.locator(selector).first().innerText()).replace(/\u200b/g, "").trim();

  beforeAll(async () => {
    site = await serveStatic(builtSite());
    rmSync(SCREENSHOTS, { recursive: true, force: true });
    mkdirSync(SCREENSHOTS, { recursive: true });
    downloads = await mkdtemp(join(tmpdir(), "tip-docs-downloads-"));
    browser = await launchBrowser(downloads);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (downloads) rmSync(downloads, { recursive: true, force: true });
  });

  it("loads the home page with no console error", async () => {
    const { page, problems } = await open("/");
    await expect(page.title()).resolves.toContain("TIP Report appendix");
    await expect(page.locator(".VPHero .name").innerText()).resolves.toContain("TIP Report appendix");
    await page.screenshot({ path: join(SCREENSHOTS, "home.png"), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each(edition.conventions.rows.map((r) => [r.name, r.country] as const))(
    "shows %s's status under every instrument",
    async (name, code) => {
      const brief = countryBrief(edition, code)!;
      const { page, problems } = await open(`/data/${edition.year}/countries/${code.toLowerCase()}.html`);
      expect(await heading(page)).toBe(name);
      const rows = await page
        .locator("h2:has-text('Status under each instrument') + table tbody tr")
        .evaluateAll((trs) =>
          trs.map((tr) => [...tr.querySelectorAll("th, td")].map((td) => td.textContent?.trim() ?? "")),
        );
      expect(rows.map((r) => r.slice(0, 3))).toEqual(
        brief.instruments.map((i) => [`${i.shortTitle}${i.footnote ?? ""}`, i.status.description, i.status.notation]),
      );
      if (code === "ARG") await page.screenshot({ path: join(SCREENSHOTS, "country-arg.png"), fullPage: true });
      expect(problems).toEqual([]);
      await page.close();
    },
  );

  it("states the published facts on Argentina's and Brunei's pages", async () => {
    // Straight from the 2017 appendix, independent of the queries above.
    const { page } = await open(`/data/2017/countries/arg.html`);
    const arg = await page.locator(".vp-doc").innerText();
    expect(arg).toMatch(/Palermo Protocol\s+Ratified 2002\s+2002/);
    expect(arg).toMatch(/Protocol of 2014 to the Forced Labour Convention\*\s+Ratified 2016\s+2016\s/);
    await page.goto(`${site.origin}/data/2017/countries/brn.html`);
    const brn = await page.locator(".vp-doc").innerText();
    expect(brn).toMatch(/Palermo Protocol\s+Not a party\s+—/);
    expect(brn).toMatch(/Sale of Children\s+Acceded 2006\s+2006\(a\)/);
    await page.close();
  });

  it("downloads a country's briefing PDF from its page", async () => {
    // A country of the newest edition's own table, whichever edition that is.
    const code = edition.conventions.rows[0]!.country;
    const { page } = await open(`/data/${edition.year}/countries/${code.toLowerCase()}.html`);
    const link = page.locator("a.pdf-download");
    await expect(link.innerText()).resolves.toContain(`${code}.pdf`);
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(bytes.subarray(-1024).toString("latin1")).toContain("%%EOF");
    expect(bytes.equals(readFileSync(join(DIST, "pdfs", String(edition.year), "briefs", `${code}.pdf`)))).toBe(true);
    await page.close();
  });

  /** Types into the local search box and waits for a result that links to `target`. */
  async function search(page: Page, query: string, target: RegExp, screenshot: string) {
    await page.locator(".VPNavBarSearch button").first().click();
    const input = page.locator("#localsearch-input");
    await input.pressSequentially(query, { delay: 30 });
    const results = page.locator(".VPLocalSearchBox a.result");
    // Results update as the query grows: wait for the one the whole query finds.
    const hrefs = () => results.evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    await expect.poll(async () => (await hrefs()).some((h) => target.test(h)), { timeout: 15_000 }).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, screenshot) });
    // A result is named by what it shows (the site's VPLocalSearchBox override), so its label is its text.
    return results.evaluateAll((as) =>
      as.map((a) => ({ href: a.getAttribute("href") ?? "", label: (a as HTMLElement).innerText })),
    );
  }

  it("finds a country with the search box", async () => {
    const { page, problems } = await open("/");
    const results = await search(page, "Argentina", /\/countries\/arg\.html/, "search-country.png");
    expect(results.find((r) => /\/countries\/arg\.html/.test(r.href))?.label).toContain("Argentina");
    await page.locator('.VPLocalSearchBox a.result[href*="/countries/arg.html"]').first().click();
    await page.waitForURL(/\/countries\/arg\.html/);
    // The router swaps the page in after the URL changes.
    await expect.poll(() => heading(page, ".vp-doc h1")).toBe("Argentina");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("finds an abbreviation with the search box", async () => {
    const { page, problems } = await open("/");
    const results = await search(page, "UNODC", /\/glossary\.html/, "search-abbreviation.png");
    expect(results.find((r) => /\/glossary\.html/.test(r.href))?.label).toContain("Glossary");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("ranks the convention table above the API reference when searching for an instrument", async () => {
    const { page, problems } = await open("/");
    const results = await search(page, "Palermo", /\/conventions\.html/, "search-palermo.png");
    const hrefs = results.map((r) => r.href);
    const table = hrefs.findIndex((h) => /\/data\/\d{4}\/conventions\.html/.test(h));
    const firstApi = hrefs.findIndex((h) => h.includes("/api/"));
    expect(table).toBeGreaterThanOrEqual(0);
    expect(firstApi === -1 || table < firstApi, hrefs.join("\n")).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("fits the editions table of /data/ in the page at 1280 px, every column in view", async () => {
    const { page, problems } = await open("/data/");
    const fit = await page
      .locator(".vp-doc table")
      .first()
      .evaluate((t) => {
        const box = t.getBoundingClientRect();
        const outside = [...t.querySelectorAll("th, td")]
          .filter((c) => c.getBoundingClientRect().right > box.right + 0.5)
          .map((c) => c.textContent);
        return {
          overflow: t.scrollWidth - t.clientWidth,
          outside,
          headers: [...t.querySelectorAll("th")].map((th) => th.textContent),
        };
      });
    expect(fit.headers).toContain("Source");
    expect(fit).toMatchObject({ overflow: 0, outside: [] });
    expect(problems).toEqual([]);
    await page.close();
  });

  it("lists a country's multilateral organizations, and cites where membership comes from", async () => {
    const { page, problems } = await open(
      `/data/${edition.year}/countries/${edition.conventions.rows[0]!.country.toLowerCase()}.html`,
    );
    const text = await page.locator(".vp-doc").innerText();
    if (edition.memberships === undefined)
      expect(text).toContain("This edition records no memberships of multilateral organizations.");
    else {
      expect(text).toMatch(/Of the \d+ organizations in the \d{4} table, .+ is a member of \d+/);
      expect(text).toContain(`Source: ${edition.memberships.source.name}, as of ${edition.memberships.source.date}`);
      expect(text).toContain(`at commit ${edition.memberships.source.commit.slice(0, 8)}`);
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each([
    ["data", "/data/"],
    ["edition", `/data/${edition.year}/`],
    ["countries", `/data/${edition.year}/countries/`],
    ["peacekeeping", `/data/${edition.year}/peacekeeping.html`],
    ["organizations", `/data/${edition.year}/organizations.html`],
    ["glossary", `/data/${edition.year}/glossary.html`],
    ["back-matter", `/data/${edition.year}/back-matter.html`],
    ["getting-started", "/guide/getting-started.html"],
    ["editors", "/guide/editors.html"],
    ["developers", "/guide/developers.html"],
    ["cli", "/reference/cli.html"],
    ["data-model", "/reference/data-model.html"],
  ])("renders the %s page with no console error", async (name, path) => {
    const { page, problems } = await open(path);
    expect(await heading(page, ".vp-doc h1")).not.toBe("");
    await page.screenshot({ path: join(SCREENSHOTS, `page-${name}.png`) });
    expect(problems).toEqual([]);
    await page.close();
  });

  it("renders the convention table and the API reference", async () => {
    const { page, problems } = await open(`/data/${edition.year}/conventions.html`);
    const rows = await page.locator(".vp-doc table").first().locator("tbody tr").count();
    expect(rows).toBe(edition.conventions.rows.length);
    await page.screenshot({ path: join(SCREENSHOTS, "conventions.png") });
    await page.goto(`${site.origin}/api/functions/statusOf.html`, { waitUntil: "load" });
    expect(await heading(page)).toContain("statusOf");
    await page.screenshot({ path: join(SCREENSHOTS, "api-statusOf.png") });
    expect(problems).toEqual([]);
    await page.close();
  });
});
