import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig, type DefaultTheme } from "vitepress";
import { tableHeaders } from "./table-headers.js";
import { overrideAliases } from "./theme/overrides.js";

const root = fileURLToPath(new URL("..", import.meta.url));

/** A sidebar written by a build step (scripts/data-pages.mjs, typedoc); its absence means a step was skipped. */
function generatedSidebar(file: string, step: string): DefaultTheme.SidebarItem[] {
  const path = `${root}${file}`;
  if (!existsSync(path)) {
    throw new Error(
      `apps/docs: ${file} is missing; run \`${step}\` first (\`pnpm --filter @tip/docs build\` runs every step)`,
    );
  }
  return JSON.parse(readFileSync(path, "utf8")) as DefaultTheme.SidebarItem[];
}

const dataSidebar = generatedSidebar("data/sidebar.json", "node scripts/data-pages.mjs");
const apiSidebar = generatedSidebar("api/typedoc-sidebar.json", "typedoc");

const guideSidebar: DefaultTheme.SidebarItem[] = [
  {
    text: "Guides",
    items: [
      { text: "Getting started", link: "/guide/getting-started" },
      { text: "Analysts: get a country brief", link: "/guide/analysts" },
      { text: "Editors: prepare a new edition", link: "/guide/editors" },
      { text: "Developers: use the packages", link: "/guide/developers" },
      { text: "Accessibility", link: "/guide/accessibility" },
      { text: "Accessible, archival PDFs", link: "/guide/accessible-pdfs" },
    ],
  },
  {
    text: "Reference",
    items: [
      { text: "Command line", link: "/reference/cli" },
      { text: "Data model", link: "/reference/data-model" },
      { text: "API (@tip/domain)", link: "/api/" },
    ],
  },
];

export default defineConfig({
  title: "TIP Report appendix",
  description:
    "The appendix of the US State Department's Trafficking in Persons Report as a typed dataset, country briefs and PDFs",
  lang: "en-US",
  head: [["link", { rel: "icon", type: "image/svg+xml", href: "/favicon.svg" }]],
  srcExclude: [
    "README.md",
    "data/partials/**",
    "examples/**",
    "scripts/**",
    "__tests__/**",
    ".reports/**",
    "node_modules/**",
  ],
  // Dead links between pages fail the build; the crawl in __tests__ checks the built site as well.
  ignoreDeadLinks: false,
  lastUpdated: false,
  // GitHub's high-contrast themes: every token of the default GitHub themes that is below 4.5:1
  // on the code-block background (#f6f6f7 light, #161618 dark) is at least 4.5:1 in these.
  markdown: {
    theme: { light: "github-light-high-contrast", dark: "github-dark-high-contrast" },
    config: (md) => md.use(tableHeaders),
  },
  // Default-theme components the site replaces for accessibility (.vitepress/theme/overrides.ts).
  vite: { resolve: { alias: overrideAliases() } },
  themeConfig: {
    logo: "/favicon.svg",
    nav: [
      { text: "Guides", link: "/guide/getting-started", activeMatch: "^/guide/" },
      { text: "Data", link: "/data/", activeMatch: "^/data/" },
      {
        text: "Reference",
        activeMatch: "^/(reference|api)/",
        items: [
          { text: "Command line", link: "/reference/cli" },
          { text: "Data model", link: "/reference/data-model" },
          { text: "API (@tip/domain)", link: "/api/" },
        ],
      },
    ],
    sidebar: {
      "/guide/": guideSidebar,
      "/reference/": guideSidebar,
      "/api/": [{ text: "API (@tip/domain)", link: "/api/", items: apiSidebar }, ...guideSidebar.slice(1)],
      "/data/": dataSidebar,
    },
    search: {
      provider: "local",
      options: {
        miniSearch: {
          searchOptions: {
            // The data pages answer a reader's question ("Palermo": the convention table) before the
            // API reference, whose every field of INSTRUMENTS would otherwise come first. VitePress
            // serializes this function into the page, so it names nothing outside itself.
            boostDocument: (id: string) => (id.includes("/api/") ? 0.1 : id.includes("/data/") ? 2 : 1),
          },
        },
      },
    },
    outline: { level: [2, 3] },
    // The link's accessible name contains its visible text (WCAG 2.5.3).
    notFound: { linkText: "Go to the home page", linkLabel: "Go to the home page" },
    footer: {
      message:
        "Data: US Department of State, Trafficking in Persons Report, appendix. Generated from @tip/data at build time.",
    },
  },
});
