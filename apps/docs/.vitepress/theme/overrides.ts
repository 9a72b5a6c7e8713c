import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** A component of VitePress's default theme that the site replaces with its own copy. */
export interface ComponentOverride {
  /** The default theme's component file, under vitepress/dist/client/theme-default/components/. */
  readonly replaces: string;
  /** Our copy, under .vitepress/theme/overrides/. */
  readonly file: string;
  readonly why: string;
  readonly upstream: string;
  /** VitePress versions whose original the copy was made from and checked against. */
  readonly verifiedWith: readonly string[];
}

// Every change to the default theme's markup, in one list. The axe-core crawl in
// __tests__/accessibility.e2e.test.ts fails if one of them stops being in effect.
export const overrides = [
  {
    replaces: "VPSidebarItem.vue",
    file: "VPSidebarItem.vue",
    why: "collapsible sidebar groups nest a focusable caret (role=button) inside a role=button heading and never say whether they are open; ours are disclosure buttons with aria-expanded (WCAG 4.1.2, axe nested-interactive)",
    upstream: "https://github.com/vuejs/vitepress/issues/3517",
    verifiedWith: ["1.6.4"],
  },
  {
    replaces: "VPNavBarSearchButton.vue",
    file: "VPNavBarSearchButton.vue",
    why: "the search button's aria-label leaves out visible text of its shortcut hint; ours is named by its visible text and announces the shortcut with aria-keyshortcuts (WCAG 2.5.3, axe label-content-name-mismatch)",
    upstream: "https://github.com/vuejs/vitepress/blob/v1.6.4/src/client/theme-default/components/VPNavBarSearchButton.vue",
    verifiedWith: ["1.6.4"],
  },
] as const satisfies readonly ComponentOverride[];

const OVERRIDES_DIR = fileURLToPath(new URL("./overrides/", import.meta.url));

/** Where the installed VitePress keeps its default theme's components, and its version. */
export function installedVitepress(from = import.meta.url): { version: string; components: string } {
  const pkg = createRequire(from).resolve("vitepress/package.json");
  const { version } = JSON.parse(readFileSync(pkg, "utf8")) as { version: string };
  return { version, components: join(dirname(pkg), "dist/client/theme-default/components") };
}

/**
 * Vite aliases that swap each registered component for our copy, the way VitePress documents
 * ("Overriding Internal Components"). Throws, naming the override, on a VitePress version its
 * copy was not verified against: the copy would silently replace a newer original.
 */
export function overrideAliases(
  vitepress: { version: string; components: string } = installedVitepress(),
  list: readonly ComponentOverride[] = overrides,
): { find: RegExp; replacement: string }[] {
  const problems = list.flatMap((o) => {
    const found: string[] = [];
    if (!o.verifiedWith.includes(vitepress.version)) {
      found.push(
        `${o.file} replaces VitePress ${o.verifiedWith.join(", ")}'s ${o.replaces}, not ${vitepress.version}'s: compare the two originals, carry the change into .vitepress/theme/overrides/${o.file}, then add ${vitepress.version} to its verifiedWith in .vitepress/theme/overrides.ts`,
      );
    }
    if (!existsSync(join(vitepress.components, o.replaces))) {
      found.push(`${o.file}: VitePress ${vitepress.version} has no ${o.replaces} to replace; drop the override or follow the component's new name`);
    }
    return found;
  });
  if (problems.length > 0) throw new Error(`apps/docs theme overrides:\n  ${problems.join("\n  ")}`);
  return list.map((o) => ({
    find: new RegExp(`^.*/${o.replaces.replace(/\./g, "\\.")}$`),
    replacement: join(OVERRIDES_DIR, o.file),
  }));
}
