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
