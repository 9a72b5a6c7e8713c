import { existsSync, readFileSync, realpathSync } from "node:fs";
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
  /**
   * Packages the copy imports that VitePress depends on. The docs package lists each as an exact
   * devDependency; it must resolve to the very copy VitePress resolves (same version, one instance).
   */
  readonly dependencies?: readonly string[];
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
    upstream:
      "https://github.com/vuejs/vitepress/blob/v1.6.4/src/client/theme-default/components/VPNavBarSearchButton.vue",
    verifiedWith: ["1.6.4"],
  },
  {
    replaces: "VPLocalSearchBox.vue",
    file: "VPLocalSearchBox.vue",
    why: "the open search dialog is a role=button around the search field, its buttons and the results, each result a link inside a role=option, named by an aria-label that differs from its visible text, and closing it drops focus at the top of the page; ours is a modal dialog with a combobox whose options are the result links, named by their visible text, and focus goes back to the search button (WCAG 4.1.2, 2.5.3, 2.4.3; axe nested-interactive, label-content-name-mismatch)",
    upstream: "https://github.com/vuejs/vitepress/blob/v1.6.4/src/client/theme-default/components/VPLocalSearchBox.vue",
    verifiedWith: ["1.6.4"],
    dependencies: ["@vueuse/core", "@vueuse/integrations", "focus-trap", "mark.js", "minisearch"],
  },
] as const satisfies readonly ComponentOverride[];

const OVERRIDES_DIR = fileURLToPath(new URL("./overrides/", import.meta.url));

/** What the override check needs to know of the installed VitePress. */
export interface InstalledVitepress {
  readonly version: string;
  /** Where its default theme keeps its components. */
  readonly components: string;
  /** The folder of `name` and its version, as VitePress resolves it, and as the docs package does. */
  readonly dependency: (name: string) => { vitepress: Resolved | undefined; docs: Resolved | undefined };
}

interface Resolved {
  readonly dir: string;
  readonly version: string;
}

/** The folder and version of package `name` as seen from the file `from`; undefined if it does not resolve. */
function resolvePackage(name: string, from: string): Resolved | undefined {
  const require = createRequire(from);
  let entry: string;
  try {
    entry = require.resolve(name);
  } catch {
    return undefined;
  }
  // Some packages (minisearch) do not export their package.json: walk up from the entry point.
  for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version: string };
    if (pkg.name === name) return { dir: realpathSync(dir), version: pkg.version };
  }
  return undefined;
}

/** The installed VitePress, as the docs package resolves it. */
export function installedVitepress(from = import.meta.url): InstalledVitepress {
  const pkg = createRequire(from).resolve("vitepress/package.json");
  const { version } = JSON.parse(readFileSync(pkg, "utf8")) as { version: string };
  return {
    version,
    components: join(dirname(pkg), "dist/client/theme-default/components"),
    dependency: (name) => ({ vitepress: resolvePackage(name, pkg), docs: resolvePackage(name, from) }),
  };
}

/**
 * Vite aliases that swap each registered component for our copy, the way VitePress documents
 * ("Overriding Internal Components"). Throws, naming the override, on a VitePress version its
 * copy was not verified against: the copy would silently replace a newer original.
 */
export function overrideAliases(
  vitepress: InstalledVitepress = installedVitepress(),
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
      found.push(
        `${o.file}: VitePress ${vitepress.version} has no ${o.replaces} to replace; drop the override or follow the component's new name`,
      );
    }
    for (const name of o.dependencies ?? []) {
      const { vitepress: theirs, docs: ours } = vitepress.dependency(name);
      if (theirs === undefined) {
        found.push(
          `${o.file} imports ${name}, which VitePress ${vitepress.version} no longer depends on: compare the two originals and follow its imports`,
        );
      } else if (ours?.dir !== theirs.dir) {
        found.push(
          `${o.file} imports ${name} ${ours?.version ?? "(not installed)"} from the docs package, VitePress ${vitepress.version} uses ${theirs.version}: set ${name} to exactly ${theirs.version} in apps/docs/package.json's devDependencies and run pnpm install`,
        );
      }
    }
    return found;
  });
  if (problems.length > 0) throw new Error(`apps/docs theme overrides:\n  ${problems.join("\n  ")}`);
  return list.map((o) => ({
    find: new RegExp(`^.*/${o.replaces.replace(/\./g, "\\.")}$`),
    replacement: join(OVERRIDES_DIR, o.file),
  }));
}
