import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderWithEngineInFreshProcess, renderWithPlainPdfmake } from "./__tests__/plain-pdfmake.js";
import { testDocument } from "./__tests__/test-document.js";
import { setLineMergeEnabled } from "./line-merge.js";
import { renderPdfToBuffer } from "./write-pdf.js";
import { installedVersions, method } from "./libraries.js";
import {
  PATCHES,
  PATCHES_VARIABLE,
  installPatches,
  patchesInEffect,
  patchPlan,
  selectedPatchNames,
  VERIFIED_VERSIONS,
  versionMismatches,
  type Patch,
} from "./patches.js";

const names = PATCHES.map((patch) => patch.name);
const words = "Trafficking in persons — Côte d'Ivoire, Curaçao, Türkiye, Ελλάδα, Россия: ﬁsh office";
const documents = [
  testDocument({
    title: "patches",
    content: [
      { text: words, style: "h1" },
      { text: [{ text: `${words} `, style: "strong" }, { text: words, style: "em" }, " and plain words after them."] },
      {
        svg: '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="20"><rect x="0" y="0" width="60" height="10" fill="#1b2f5b"/></svg>',
      },
      {
        table: {
          body: [
            ["Country", "Year"],
            ["Argentina", "2002"],
          ],
        },
      },
    ],
  }),
];

describe("the patch registry", () => {
  it("was verified against the library versions installed: an upgrade fails here until every patch is reviewed", () => {
    expect(versionMismatches()).toEqual([]);
    expect(installedVersions()).toEqual(VERIFIED_VERSIONS);
  });

  it("pins the libraries at the verified versions: exact dependencies, and pnpm overrides for the transitive ones", () => {
    const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
      dependencies: Record<string, string>;
    };
    const workspace = readFileSync(new URL("../../../pnpm-workspace.yaml", import.meta.url), "utf8");
    for (const [library, version] of Object.entries(VERIFIED_VERSIONS)) {
      expect(manifest.dependencies[library], library).toBe(version);
      if (library !== "pdfmake")
        expect(workspace, library).toMatch(
          new RegExp(`^overrides:[\\s\\S]*^  ${library}: ${version.replaceAll(".", "\\.")}$`, "m"),
        );
    }
  });

  it("names, explains and checks every patch", () => {
    expect(new Set(names).size).toBe(names.length);
    for (const patch of PATCHES) {
      expect(patch.replaces.length, patch.name).toBeGreaterThan(20);
      expect(patch.why.length, patch.name).toBeGreaterThan(20);
      if ("upstream" in patch)
        expect(patch.upstream, patch.name).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/(issues|pull)\/\d+$/);
    }
  });

  it("installs nothing on versions it was not verified against, and says which differ and why", () => {
    const plan = patchPlan({}, { ...VERIFIED_VERSIONS, pdfkit: "0.19.2" });
    expect(plan.patches).toEqual([]);
    expect(plan.mismatches).toEqual([{ library: "pdfkit", installed: "0.19.2", verified: "0.19.1" }]);
    expect(plan.warning).toMatch(
      /^warning: @tip\/pdf-engine: patches off: pdfkit 0\.19\.2 is installed, the patches were verified with 0\.19\.1\. Rendering with plain pdfmake/,
    );
    expect(plan.warning).not.toContain("\n");
    expect(patchPlan({}).warning).toBeUndefined();
  });

  it("fails loudly, naming what moved, when a patch does not fit the library it is installed on", () => {
    class Renderer {
      renderLine(): void {}
    }
    expect(method(Renderer.prototype, "renderLine", "pdfmake Renderer.prototype")).toBe(Renderer.prototype.renderLine);
    expect(() => method(Renderer.prototype, "renderLines", "pdfmake Renderer.prototype")).toThrow(
      "@tip/pdf-engine: pdfmake Renderer.prototype.renderLines is not a function in the installed library: the patch does not fit it",
    );
    expect(() => method(undefined, "measure", "pdfmake TextInlines.prototype")).toThrow(
      /TextInlines\.prototype\.measure is not a function/,
    );
  });

  it("switches all patches off, or leaves out those named; the ones font-cache installs go with it", () => {
    expect(patchPlan({}).patches.map((p) => p.name)).toEqual(names);
    expect(patchPlan({ [PATCHES_VARIABLE]: "off" }).patches).toEqual([]);
    expect(patchPlan({ [PATCHES_VARIABLE]: "-line-merge" }).patches.map((p) => p.name)).toEqual(
      names.filter((n) => n !== "line-merge"),
    );
    expect(patchPlan({ [PATCHES_VARIABLE]: "-font-cache" }).patches.map((p) => p.name)).toEqual(
      names.filter((n) => !["font-cache", "layout-cache", "font-subset"].includes(n)),
    );
    expect(() => selectedPatchNames("-no-such-patch")).toThrow(
      `${PATCHES_VARIABLE}="-no-such-patch": expected "on", "off" or a comma-separated list of -name with names from ${names.join(", ")}`,
    );
    expect(() => selectedPatchNames("line-merge")).toThrow(/expected "on", "off"/);
  });

  it("reads the setting as a user types it: spaces around it and its items, on, off, and refuses anything but -name", () => {
    expect(selectedPatchNames(" on ")).toEqual(names);
    expect(selectedPatchNames("on")).toEqual(names);
    expect(selectedPatchNames(undefined)).toEqual(names);
    expect(selectedPatchNames(" off ")).toEqual([]);
    expect(selectedPatchNames("off")).toEqual([]);
    expect(selectedPatchNames(" -line-merge , -svg-subset ")).toEqual(
      names.filter((n) => n !== "line-merge" && n !== "svg-subset"),
    );
    // Only a leading minus names a patch to leave out: "+font-cache" or "xfont-cache" is a mistake, not "-font-cache".
    for (const setting of ["+font-cache", "xfont-cache", "-line-merge,font-cache"])
      expect(() => selectedPatchNames(setting), setting).toThrow(
        expect.objectContaining({
          name: "PatchSettingError",
          message: expect.stringContaining(`${PATCHES_VARIABLE}="${setting}": expected "on", "off"`),
        }),
      );
  });

  it("names every library whose version differs, each once, in one line", () => {
    const plan = patchPlan({}, { pdfmake: "0.3.12", pdfkit: "0.19.2", fontkit: VERIFIED_VERSIONS.fontkit });
    expect(plan.warning).toContain(
      "patches off: pdfmake 0.3.12 is installed, the patches were verified with 0.3.11; pdfkit 0.19.2 is installed, the patches were verified with 0.19.1. Rendering",
    );
  });

  it("installs font-cache after every other patch, so that the hooks it gives each font are complete", () => {
    const installed: string[] = [];
    const fake = (name: string): Patch => ({
      name,
      kind: "speed",
      replaces: "",
      why: "",
      install: () => void installed.push(name),
      inEffect: () => false,
    });
    const patches = [fake("first"), fake("font-cache"), fake("last")];
    installPatches({ patches, mismatches: [], warning: undefined }, "unused.ttf");
    expect(installed).toEqual(["first", "last", "font-cache"]);
  });

  it("in this thread, has every registry entry in effect after the engine's set-up and a first document", async () => {
    // Each entry's inEffect checks the library's code is ours (or its hook ran): an entry whose
    // install is left out, or given the wrong library, fails here by name.
    expect(process.env[PATCHES_VARIABLE] ?? "").toBe("");
    await renderPdfToBuffer(documents[0]!);
    expect(Object.fromEntries(PATCHES.map((patch) => [patch.name, patch.inEffect()]))).toEqual(
      Object.fromEntries(names.map((name) => [name, true])),
    );
    expect(patchesInEffect()).toEqual(names);
    // A patch switched off is no longer reported in effect.
    setLineMergeEnabled(false);
    try {
      expect(patchesInEffect()).toEqual(names.filter((name) => name !== "line-merge"));
    } finally {
      setLineMergeEnabled(true);
    }
  });

  it("has every patch in effect after start-up and a first document", async () => {
    const { inEffect, stderr } = await renderWithEngineInFreshProcess(documents, { [PATCHES_VARIABLE]: "" });
    expect(inEffect).toEqual(names);
    expect(stderr).toBe("");
  });

  it("switched off, writes exactly the bytes of plain pdfmake", async () => {
    const [expected, off, on] = await Promise.all([
      renderWithPlainPdfmake(documents),
      renderWithEngineInFreshProcess(documents, { [PATCHES_VARIABLE]: "off" }),
      renderWithEngineInFreshProcess(documents, { [PATCHES_VARIABLE]: "-line-merge,-svg-subset" }),
    ]);
    expect(off.inEffect).toEqual([]);
    expect(off.pdfs[0]!.equals(expected[0]!)).toBe(true);
    // Every other patch keeps the bytes too: drawing words in runs and charts directly change them, by design
    // (line-merge.test.ts and svg-subset.test.ts compare words and pixels instead).
    expect(on.inEffect).toEqual(names.filter((n) => n !== "line-merge" && n !== "svg-subset"));
    expect(on.pdfs[0]!.equals(expected[0]!)).toBe(true);
  });
});
