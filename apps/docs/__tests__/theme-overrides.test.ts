import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { installedVitepress, overrideAliases, overrides } from "../.vitepress/theme/overrides.js";

describe("the default-theme components the site replaces", () => {
  it("replace components the installed VitePress has, at a version each copy was verified against", () => {
    const vitepress = installedVitepress();
    const aliases = overrideAliases(vitepress);
    expect(aliases.map((a) => existsSync(a.replacement))).toEqual(overrides.map(() => true));
    expect(aliases[0]!.find.test(`${vitepress.components}/VPSidebarItem.vue`)).toBe(true);
    expect(aliases[0]!.find.test(`${vitepress.components}/VPSidebarItemGroup.vue`)).toBe(false);
  });

  it("refuse a VitePress version a copy was not verified against, naming the copy and what to do", () => {
    const vitepress = { ...installedVitepress(), version: "1.7.0" };
    expect(() => overrideAliases(vitepress)).toThrow(
      /VPSidebarItem\.vue replaces VitePress [\d.]+'s VPSidebarItem\.vue, not 1\.7\.0's: compare the two originals.*add 1\.7\.0 to its verifiedWith/,
    );
  });

  it("refuse to replace a component VitePress no longer has", () => {
    const vitepress = { ...installedVitepress(), components: "/nonexistent" };
    expect(() => overrideAliases(vitepress)).toThrow(/has no VPNavBarSearchButton\.vue to replace/);
  });
});

describe("the packages a copied component imports", () => {
  it("resolve, from the docs package, to the very copy VitePress uses", () => {
    const vitepress = installedVitepress();
    const imported = overrides.flatMap((o) => ("dependencies" in o ? o.dependencies : []));
    expect(imported).toContain("minisearch");
    for (const name of imported) {
      const { vitepress: theirs, docs: ours } = vitepress.dependency(name);
      expect(ours, name).toEqual(theirs);
    }
  });

  it("refuse another version than VitePress's, naming the package and the version to set", () => {
    const installed = installedVitepress();
    const vitepress = {
      ...installed,
      dependency: (name: string) => {
        const found = installed.dependency(name);
        return name === "minisearch" ? { ...found, docs: { dir: "/elsewhere/minisearch", version: "6.0.0" } } : found;
      },
    };
    expect(() => overrideAliases(vitepress)).toThrow(
      /VPLocalSearchBox\.vue imports minisearch 6\.0\.0 from the docs package, VitePress [\d.]+ uses [\d.]+: set minisearch to exactly [\d.]+ in apps\/docs\/package\.json's devDependencies/,
    );
  });

  it("refuse a package the docs package does not have", () => {
    const installed = installedVitepress();
    const vitepress = {
      ...installed,
      dependency: (name: string) => ({ ...installed.dependency(name), docs: undefined }),
    };
    expect(() => overrideAliases(vitepress)).toThrow(/imports @vueuse\/core \(not installed\) from the docs package/);
  });
});
