// Callbacks passed to page.evaluate run in the browser.
/// <reference lib="dom" />
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { audit, EXPERIMENTAL_WCAG_RULES, installAxe, type Finding } from "./support/axe.js";
import { launchBrowser, type Browser } from "./support/browser.js";
import { builtPages, builtSite, DIST, REPORTS } from "./support/site.js";
import { serveStatic, type StaticSite } from "./support/static-server.js";

// Every page the build wrote, found in its output: a new page is checked without anyone listing it.
const PAGES = builtPages();
const MODES = ["light", "dark"] as const;
type Mode = (typeof MODES)[number];
const DESKTOP = { width: 1280, height: 900 };
// WCAG 1.4.10 (reflow): 320 CSS pixels wide, no scrolling sideways.
const NARROW = { width: 320, height: 800 };

// axe reads computed colours; halfway through a theme transition they belong to neither theme.
const NO_TRANSITIONS = "*, *::before, *::after { transition: none !important; animation: none !important; }";

describe("every page of the built site meets WCAG 2.1 A and AA (axe-core), light and dark", () => {
  let site: StaticSite;
  let browser: Browser;
  let downloads: string;
  let page: Page;
  const findings: Record<string, Partial<Record<Mode, Finding[]>>> = {};

  /** Opens `path` in the shared tab, hydrated, in light mode, at `viewport`. */
  async function load(path: string, viewport = DESKTOP): Promise<void> {
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(`${site.origin}${path}`, { waitUntil: "load" });
    // Audit what a reader gets: the Vue app mounted over the server-rendered HTML.
    await page.waitForFunction(() =>
      Boolean((document.querySelector("#app") as { __vue_app__?: unknown } | null)?.__vue_app__),
    );
    await page.addStyleTag({ content: NO_TRANSITIONS });
  }

  /** Audits the page as it is now in light and then dark mode; one line per failing element, naming `where`. */
  async function auditBothModes(where: string): Promise<string[]> {
    const failures: string[] = [];
    for (const mode of MODES) {
      // The theme follows the reader's colour-scheme preference (appearance "auto").
      await page.emulateMedia({ colorScheme: mode });
      await page.waitForFunction(
        (dark) => document.documentElement.classList.contains("dark") === dark,
        mode === "dark",
      );
      const found = await audit(page);
      (findings[where] ??= {})[mode] = found;
      for (const f of found) failures.push(`${where} (${mode}): ${f.rule} [${f.impact}] at ${f.target}: ${f.summary}`);
    }
    return failures;
  }

  /** The class VitePress gives a doc page's content (`_guide_analysts`), read from the built file; none for other layouts. */
  const docClass = (path: string) =>
    /class="vp-doc (_[^\s"]*)/.exec(
      readFileSync(join(DIST, path.endsWith("/") ? `${path}index.html` : path), "utf8"),
    )?.[1];

  /**
   * Opens `path` as a reader following a link does: VitePress's router swaps the page in, which
   * costs a fraction of a fresh load (and of injecting axe again). Pages of another layout, or a
   * tab not showing the site yet, get a fresh load.
   */
  async function visit(path: string): Promise<void> {
    const target = docClass(path);
    const onSite =
      page.url().startsWith(site.origin) &&
      (await page.evaluate(() =>
        Boolean((document.querySelector("#app") as { __vue_app__?: unknown } | null)?.__vue_app__),
      ));
    if (target === undefined || !onSite || !(await page.locator(".vp-doc").count())) return load(path);
    await page.setViewportSize(DESKTOP);
    await page.emulateMedia({ colorScheme: "light" });
    await page.evaluate((href) => {
      const a = document.createElement("a");
      a.href = href;
      document.body.append(a);
      a.click();
      a.remove();
    }, path);
    // A router that did not swap the page in (a page chunk that failed to load on a busy machine leaves
    // the app unable to route, and every later page with it) gets a fresh load: the audit is the point.
    await page
      .locator(`.vp-doc[class~="${target}"]`)
      .waitFor({ timeout: 15_000 })
      .catch(() => load(path));
  }

  /** What sticks out past the right edge when the page is wider than its window, or nothing. */
  const sideways = () =>
    page.evaluate(() => {
      const root = document.documentElement;
      if (root.scrollWidth <= root.clientWidth) return [];
      return [...document.body.querySelectorAll("*")]
        .filter((e) => e.getBoundingClientRect().right > root.clientWidth + 1 && !e.closest("[aria-hidden=true]"))
        .slice(0, 5)
        .map(
          (e) =>
            `${e.tagName.toLowerCase()}${e.className ? `.${String(e.className).trim().split(/\s+/).join(".")}` : ""}`,
        )
        .concat(`(page ${root.scrollWidth}px wide in a ${root.clientWidth}px window)`);
    });

  beforeAll(async () => {
    site = await serveStatic(builtSite());
    downloads = await mkdtemp(join(tmpdir(), "tip-docs-a11y-"));
    browser = await launchBrowser(downloads);
    // One tab for every page: a new tab per page costs more than the audit itself.
    page = await browser.context.newPage();
    // Playwright waits 30 s by default; a page of a test allowed 120 s may take longer on a loaded machine.
    page.setDefaultTimeout(60_000);
    await installAxe(page);
  });

  afterAll(async () => {
    // The whole list, for whoever fixes the theme: .reports/axe.json.
    mkdirSync(REPORTS, { recursive: true });
    writeFileSync(join(REPORTS, "axe.json"), `${JSON.stringify(findings, null, 2)}\n`);
    await browser?.close();
    await site?.close();
    if (downloads) rmSync(downloads, { recursive: true, force: true });
  });

  it("finds the pages in the build output", () => {
    expect(PAGES).toContain("/");
    expect(PAGES.filter((p) => p.startsWith("/data/")).length).toBeGreaterThan(1);
    expect(PAGES.filter((p) => p.startsWith("/api/")).length).toBeGreaterThan(1);
  });

  it("runs axe's experimental WCAG rules as well (a data table without headers fails)", async () => {
    expect(EXPERIMENTAL_WCAG_RULES).toContain("td-has-header");
    await load("/guide/analysts.html");
    await page.evaluate(() => {
      const rows = [1, 2, 3, 4].map((r) => `<tr>${[1, 2, 3, 4].map((c) => `<td>${r * c}</td>`).join("")}</tr>`);
      document
        .querySelector(".vp-doc")!
        .insertAdjacentHTML("beforeend", `<table id="headerless">${rows.join("")}</table>`);
    });
    const found = await audit(page, "#headerless");
    // The tab is shared: the pages audited next must not inherit the table.
    await page.evaluate(() => document.getElementById("headerless")!.remove());
    expect(found.map((f) => f.rule)).toContain("td-has-header");
  });

  it.each(PAGES)("%s", async (path) => {
    await visit(path);
    const failures = await auditBothModes(path);
    await page.setViewportSize(NARROW);
    const wide = await sideways();
    if (wide.length > 0)
      failures.push(`${path}: scrolls sideways at ${NARROW.width}px (WCAG 1.4.10): ${wide.join(", ")}`);
    expect(failures).toEqual([]);
  });

  it("the narrow layout's menu and sidebar", async () => {
    await load("/data/", NARROW);
    await page.locator(".VPNavBarHamburger").click();
    await page.locator(".VPNavScreen").waitFor();
    const failures = await auditBothModes("/data/ at 320px with the menu open");
    await load("/data/", NARROW);
    await page.locator(".VPLocalNav button.menu").click();
    await page.locator(".VPSidebar.open").waitFor();
    failures.push(...(await auditBothModes("/data/ at 320px with the sidebar open")));
    expect(failures).toEqual([]);
  });

  it("keeps the text of links and buttons readable under the pointer, light and dark", async () => {
    // axe audits a page as loaded; a hover colour is only seen with the pointer on it. One page of
    // each layout and kind of content, and on each page one link or button of each kind (the same
    // classes on it and its two parents), hovered and audited alone.
    const find = (pattern: RegExp) => PAGES.find((p) => pattern.test(p))!;
    const samples = [
      "/",
      "/guide/analysts.html",
      "/reference/cli.html",
      "/data/",
      find(/^\/data\/\d+\/conventions\.html$/),
      find(/\/countries\/[a-z]{3}\.html$/),
      find(/^\/api\/functions\//),
      "/404.html",
    ];
    const failures: string[] = [];
    let hovered = 0;
    for (const path of samples) {
      await load(path);
      const kinds = await page.evaluate(() => {
        const seen = new Set<string>();
        const kind = (e: Element | null | undefined) =>
          e
            ? `${e.tagName}.${[...e.classList]
                .filter((c) => !/^(is-|has-|active$|router-link)/.test(c))
                .sort()
                .join(".")}`
            : "";
        let n = 0;
        for (const e of document.querySelectorAll("a[href], button")) {
          const r = e.getBoundingClientRect();
          if (r.width < 2 || r.height < 2 || !e.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
            continue;
          const key = [e, e.parentElement, e.parentElement?.parentElement].map(kind).join(" > ");
          if (seen.has(key)) continue;
          seen.add(key);
          e.setAttribute("data-hover-sample", String(n++));
        }
        return n;
      });
      for (const mode of MODES) {
        await page.emulateMedia({ colorScheme: mode });
        await page.waitForFunction(
          (dark) => document.documentElement.classList.contains("dark") === dark,
          mode === "dark",
        );
        for (let i = 0; i < kinds; i++) {
          const sample = `[data-hover-sample="${i}"]`;
          await page.hover(sample, { force: true });
          hovered++;
          const what = await page.$eval(
            sample,
            (e) => `${e.tagName.toLowerCase()} "${e.textContent!.trim().slice(0, 30)}"`,
          );
          for (const f of await audit(page, sample)) {
            failures.push(`${path} (${mode}), hovering ${what}: ${f.rule} [${f.impact}] at ${f.target}: ${f.summary}`);
          }
        }
        await page.mouse.move(0, DESKTOP.height - 1);
      }
    }
    expect(hovered).toBeGreaterThan(samples.length * MODES.length);
    expect(failures).toEqual([]);
  });

  /** Presses Tab until the focused element matches `selector`, as a keyboard-only reader would. */
  async function tabTo(selector: string, max = 200): Promise<void> {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    }
    throw new Error(`${max} presses of Tab never reached ${selector}`);
  }

  const expanded = (selector: string) => page.locator(selector).first().getAttribute("aria-expanded");

  /**
   * Where the focus is, as "inside" when it is in `region`, or a description of the element it
   * reached outside it; "hidden" when it is off screen or something else is drawn over the middle
   * of its visible part (the reader cannot see where the focus went).
   */
  const focusIn = (region: string) =>
    page.evaluate((region) => {
      const e = document.activeElement;
      if (!e || e === document.body) return "nowhere";
      // The middle of the part of it inside the window (a long table reaches past the window's edge).
      const r = e.getBoundingClientRect();
      const [left, right] = [Math.max(r.left, 0), Math.min(r.right, innerWidth)];
      const [upper, lower] = [Math.max(r.top, 0), Math.min(r.bottom, innerHeight)];
      const hit =
        left < right && upper < lower ? document.elementFromPoint((left + right) / 2, (upper + lower) / 2) : null;
      const seen = hit !== null && (e.contains(hit) || hit.contains(e));
      const what = `${e.tagName.toLowerCase()}.${String(e.className).split(" ")[0]} "${(e.getAttribute("aria-label") ?? e.textContent ?? "").trim().slice(0, 30)}"`;
      return e.closest(region) && seen ? "inside" : `${what}${seen ? "" : " (hidden)"}`;
    }, region);

  it("never moves the focus to a link the reader cannot see, at a phone's width", async () => {
    // Tab from the top of a page with a sidebar, the sidebar closed: each stop must be on screen.
    const country = PAGES.find((p) => /\/countries\/[a-z]{3}\.html$/.test(p))!;
    await load(country, { width: 375, height: 700 });
    const unseen: string[] = [];
    for (let i = 0; i < 25 && unseen.length < 3; i++) {
      await page.keyboard.press("Tab");
      const at = await focusIn("body");
      if (at !== "inside" && at !== "nowhere") unseen.push(`Tab ${i + 1} reaches ${at}`);
    }
    expect(unseen).toEqual([]);
  });

  it("keeps the focus in the narrow layout's menu and sidebar while they cover the page", async () => {
    // A page with a long sidebar and much to focus behind it.
    const country = PAGES.find((p) => /\/countries\/[a-z]{3}\.html$/.test(p))!;
    const PHONE = { width: 375, height: 700 };
    const focusedAt = (selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
    /** Tabs `presses` times through an open `region`; the first few stops outside it, then what Esc did. */
    async function walk(what: string, region: string, presses: number, button: string, closed: () => Promise<boolean>) {
      const found: string[] = [];
      for (let i = 0; i < presses && found.length < 3; i++) {
        await page.keyboard.press("Tab");
        const at = await focusIn(region);
        // "nowhere": past the last control the focus is in the browser's own controls, then comes back.
        if (at !== "inside" && at !== "nowhere") found.push(`${what} open, Tab ${i + 1} reaches ${at} outside it`);
      }
      await page.keyboard.press("Escape");
      await expect
        .poll(closed, { timeout: 5_000 })
        .toBe(true)
        .catch(() => found.push(`${what}: Esc leaves it open`));
      if (!(await focusedAt(button))) found.push(`${what}: after Esc the focus is not on ${button}`);
      return found;
    }

    await load(country, PHONE);
    await tabTo(".VPNavBarHamburger");
    await page.keyboard.press("Enter");
    await page.locator(".VPNavScreen").waitFor();
    const failures = await walk(
      "the menu",
      ".VPNav",
      30,
      ".VPNavBarHamburger",
      async () => (await page.locator(".VPNavScreen").count()) === 0,
    );

    await load(country, PHONE);
    await tabTo(".VPLocalNav button.menu");
    await page.keyboard.press("Enter");
    await page.locator(".VPSidebar.open").waitFor();
    failures.push(
      ...(await walk(
        "the sidebar",
        ".VPSidebar",
        60,
        ".VPLocalNav button.menu",
        async () => (await page.locator(".VPSidebar.open").count()) === 0,
      )),
    );
    expect(failures).toEqual([]);
  });

  it("opens and closes the sidebar's groups from the keyboard", async () => {
    await load("/api/");
    const group = '.VPSidebar button.toggle[aria-expanded="false"]';
    await tabTo(group);
    const items = `#${await page.evaluate(() => document.activeElement!.getAttribute("aria-controls"))}`;
    await expect(page.locator(items).isVisible()).resolves.toBe(false);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement!.getAttribute("aria-expanded"))).toBe("true");
    await expect(page.locator(items).isVisible()).resolves.toBe(true);
    await page.keyboard.press("Space");
    await expect.poll(() => page.locator(items).isVisible()).toBe(false);
    // A group that is also a link: the link, then its own disclosure button, then the pages inside.
    const countries = PAGES.find((p) => /^\/data\/\d+\/$/.test(p))!;
    await load(countries);
    await tabTo(".VPSidebar button.caret");
    await expect(expanded(".VPSidebar button.caret")).resolves.toBe("false");
    await page.keyboard.press("Enter");
    await expect.poll(() => expanded(".VPSidebar button.caret")).toBe("true");
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement!.closest(".items")?.id)).resolves.toBe(
      await page.locator(".VPSidebar button.caret").first().getAttribute("aria-controls"),
    );
  });

  /** Opens the search dialog with the search button, types `query` and waits for its results. */
  async function searchFor(query: string): Promise<void> {
    await page.locator(".VPNavBarSearch .DocSearch-Button").click();
    await page.locator("#localsearch-input").waitFor();
    await page.keyboard.type(query);
    await page.locator('.VPLocalSearchBox [role="option"]').first().waitFor();
  }

  it("the open search dialog, with a query typed and its results shown", async () => {
    await load("/");
    // A word of the data and the guides; the API reference's results (nested headings) come with it.
    await searchFor("Palermo");
    const failures = await auditBothModes('the search dialog (query "Palermo")');
    // In the detailed view the results show the text they were found in.
    await page.locator(".VPLocalSearchBox .toggle-layout-button").click();
    await page.locator(".VPLocalSearchBox .excerpt").first().waitFor();
    failures.push(...(await auditBothModes('the search dialog (query "Palermo", detailed view)')));
    await page.locator(".VPLocalSearchBox .toggle-layout-button").click();
    // Narrow, the dialog fills the window and shows its back button.
    await page.setViewportSize(NARROW);
    await page.locator(".VPLocalSearchBox .back-button").waitFor();
    failures.push(...(await auditBothModes('the search dialog (query "Palermo") at 320px')));
    // The field and the list are named (axe accepted the earlier label, an icon with a title, which gave them no name in Chromium).
    await expect(page.getByRole("combobox", { name: "Search" }).count()).resolves.toBe(1);
    await expect(page.getByRole("listbox", { name: "Search" }).count()).resolves.toBe(1);
    expect(failures).toEqual([]);
  });

  it("returns focus to the search button when the search dialog closes", async () => {
    await load("/");
    const button = ".VPNavBarSearch .DocSearch-Button";
    const focused = () => page.evaluate((s) => document.activeElement?.matches(s) ?? false, button);
    await tabTo(button);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("localsearch-input");
    await page.keyboard.press("Escape");
    await page.locator(".VPLocalSearchBox").waitFor({ state: "detached" });
    await expect.poll(focused).toBe(true);
    // Opened by its shortcut from nowhere in particular, closed by a click outside it: the search button too.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press("Control+k");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("localsearch-input");
    await page.mouse.click(5, DESKTOP.height - 5);
    await page.locator(".VPLocalSearchBox").waitFor({ state: "detached" });
    await expect.poll(focused).toBe(true);
  });

  it("searches and opens a result from the keyboard", async () => {
    await load("/");
    await tabTo(".DocSearch-Button");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("localsearch-input");
    await page.keyboard.type("Palermo");
    const selected = page.locator(".VPLocalSearchBox a.result.selected");
    // The field points assistive technology at the result Enter opens.
    await selected.waitFor();
    await expect(page.locator("#localsearch-input").getAttribute("aria-activedescendant")).resolves.toBe(
      await selected.getAttribute("id"),
    );
    await selected.waitFor();
    const href = (await selected.getAttribute("href"))!;
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === new URL(href, site.origin).pathname);
  });

  it("downloads a country's briefing PDF from the keyboard", async () => {
    const country = PAGES.find((p) => /\/countries\/[a-z]{3}\.html$/.test(p))!;
    await load(country);
    await tabTo("a.pdf-download");
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    const path = await download.path();
    expect(readFileSync(path).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("announces the headers of every data table (th with scope)", async () => {
    // Every table of every data page: each row is about one country, instrument, organization,
    // term or edition, named in its first cell, so that cell is the row's header.
    const dataPages = PAGES.filter((p) => p.startsWith("/data/"));
    const failures: string[] = [];
    let tables = 0;
    for (const path of dataPages) {
      await load(path);
      const found = await page.locator(".vp-doc table").evaluateAll((all) =>
        all.flatMap((table, t) => {
          const where = `table ${t + 1} ("${table.querySelector("thead th")?.textContent?.trim() ?? ""}" …)`;
          const heads = [...table.querySelectorAll("thead th")].filter((th) => th.getAttribute("scope") !== "col");
          const rows = [...table.querySelectorAll("tbody tr")].filter(
            (tr) => !tr.firstElementChild?.matches('th[scope="row"]'),
          );
          return [
            ...(heads.length > 0 ? [`${where}: ${heads.length} column header(s) without scope="col"`] : []),
            ...(rows.length > 0
              ? [
                  `${where}: ${rows.length} row(s) not headed by th scope="row", e.g. "${rows[0]!.textContent!.trim().slice(0, 40)}"`,
                ]
              : []),
          ];
        }),
      );
      tables += await page.locator(".vp-doc table").count();
      failures.push(...found.map((f) => `${path}: ${f}`));
    }
    expect(tables).toBeGreaterThan(dataPages.length);
    expect(failures).toEqual([]);
  });
});
