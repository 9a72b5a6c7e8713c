/**
 * Every change the engine makes to pdfmake, pdfkit and fontkit, in one registry.
 *
 * Each patch replaces library code that is not public API, so each is installed only on the
 * exact versions it was verified against (`VERIFIED_VERSIONS`: its code read against theirs, and
 * the byte comparisons with plain pdfmake passed). On any other version none is installed, one
 * warning says which versions differ, and patches.test.ts fails: an upgrade is a review.
 * `TIP_PDF_ENGINE_PATCHES=off` switches them all off (the output is then plain pdfmake's);
 * `TIP_PDF_ENGINE_PATCHES=-name,-other` leaves out the ones named (the benchmark's ablation).
 */
import { installLineCounts, lineCountsInEffect } from "./composition.js";
import { fastSubsets, fontSubsetInEffect } from "./font-subset.js";
import { fontCacheInEffect, installFontCache, type ParsedFontHook } from "./font-cache.js";
import { installSharedRuns, layoutCacheInEffect, memoiseLayout } from "./layout-cache.js";
import { installedVersions, libraryEntries, LIBRARIES, type LibraryName } from "./libraries.js";
import { installLayoutCheck, layoutCheckInEffect } from "./layout-check.js";
import { installLineMerge, lineMergeInEffect } from "./line-merge.js";
import { installLongWords, longWordsInEffect } from "./long-words.js";
import { installStyleLookup, styleLookupInEffect } from "./style-lookup.js";
import { installTagging, taggingInEffect } from "./tagging.js";
import { archivalInEffect, installArchivalMetadata } from "./archival.js";
import { installSvgSubset, svgSubsetInEffect } from "./svg-subset.js";

/** The versions every patch below was verified against. Change them only with that review done again. */
export const VERIFIED_VERSIONS = { pdfmake: "0.3.11", pdfkit: "0.19.1", fontkit: "2.0.4" } as const satisfies Record<
  LibraryName,
  string
>;

/** The environment variable that switches patches off: `off`, or `-name,…` to leave some out. */
export const PATCHES_VARIABLE = "TIP_PDF_ENGINE_PATCHES";

/** What a patch installs into. */
export interface PatchTarget {
  readonly entries: Readonly<Record<LibraryName, string>>;
  /** Any TrueType file (font-cache takes fontkit's TrueType class from a parsed font). */
  readonly sampleFont: string;
  /** Hooks for each font font-cache parses, from the patches installed from its hook. */
  readonly perFont: readonly ParsedFontHook[];
}

export interface Patch {
  readonly name: string;
  /**
   * "speed": it exists to make rendering faster, and earns its place in the benchmark's ablation
   * (`pnpm bench --ablate`: at least 3 % at N = 200 or on the shipped edition). "correctness": the
   * output would be wrong or incomplete without it, whatever it costs; the ablation does not time it.
   */
  readonly kind: "speed" | "correctness";
  /** The library code it replaces or wraps. */
  readonly replaces: string;
  readonly why: string;
  /** The upstream issue or pull request, where one exists. */
  readonly upstream?: string;
  /**
   * Where it is installed from, when not from the engine's set-up: "font-cache" (a hook on each
   * font font-cache parses, so it needs font-cache).
   */
  readonly installedFrom?: "font-cache";
  /** A patch installed from font-cache's hook gives the hook; others install themselves. */
  readonly perFont?: ParsedFontHook;
  readonly install?: (target: PatchTarget) => void;
  /** Installed and active: after the engine's set-up and a first document, every selected patch is. */
  inEffect(): boolean;
}

export const PATCHES = [
  {
    name: "font-cache",
    kind: "speed",
    replaces:
      "fontkit's TrueType format (registerFormat), so that pdfkit's PDFFontFactory.open gets one parsed font per file content",
    why: "pdfkit parses every font again for every document; parsing and the lazily built tables dominated render time",
    upstream: "https://github.com/foliojs/pdfkit/pull/1776",
    install: ({ sampleFont, perFont }) => installFontCache(sampleFont, perFont),
    inEffect: fontCacheInEffect,
  },
  {
    name: "layout-cache",
    kind: "speed",
    replaces:
      "each parsed font's layout (fontkit's shaping) and pdfkit's EmbeddedFont.prototype.layoutCached and layout",
    why: "pdfkit forgets its layouts with each document, so fontkit shaped every word of every document again: the largest cost after font parsing",
    upstream: "https://github.com/foliojs/pdfkit/issues/1527",
    installedFrom: "font-cache",
    perFont: memoiseLayout as ParsedFontHook,
    install: ({ entries }) => installSharedRuns(entries.pdfmake),
    inEffect: layoutCacheInEffect,
  },
  {
    name: "font-subset",
    kind: "speed",
    replaces: "each parsed font's createSubset (fontkit's TTFSubset.encode)",
    why: "fontkit decodes every glyph of a subset again for every document; the subset is written from the glyph bytes, checked once per font against fontkit's own",
    installedFrom: "font-cache",
    perFont: fastSubsets as ParsedFontHook,
    inEffect: fontSubsetInEffect,
  },
  {
    name: "style-lookup",
    kind: "speed",
    replaces:
      "pdfmake's StyleContextStack.getStyleProperty, StyleContextStack.prototype.getProperty and TextInlines.prototype.measure",
    why: "each lookup allocated a closure and a Set per property per word; measuring a paragraph asks the stack once per style of its words, not twenty times per word",
    upstream: "https://github.com/bpampuch/pdfmake/issues/2732",
    install: ({ entries }) => installStyleLookup(entries.pdfmake),
    inEffect: styleLookupInEffect,
  },
  {
    name: "line-merge",
    kind: "speed",
    replaces: "pdfmake's Renderer.prototype.renderLine (a wrapper that joins touching words drawn alike)",
    why: "pdfmake draws every word on its own; runs halve the content streams (not byte-identical: the same glyphs in the same places)",
    install: ({ entries }) => installLineMerge(entries.pdfmake),
    inEffect: lineMergeInEffect,
  },
  {
    name: "long-words",
    kind: "correctness",
    replaces: "pdfmake's LayoutBuilder.prototype.buildNextLine and TextInlines.prototype.buildInlines (wrappers)",
    why: "a word longer than its column was broken in quadratic time (30 s and 1.5 GB for 20,000 letters) and widened its table column off the page",
    install: ({ entries }) => installLongWords(entries.pdfmake),
    inEffect: longWordsInEffect,
  },
  {
    name: "layout-check",
    kind: "correctness",
    replaces:
      "wrappers around pdfmake's LayoutBuilder, PageElementWriter, TableProcessor and DocumentContext methods that watch where content lands",
    why: "pdfmake never reports content it could not place; this proves every piece landed inside its page's printable area (not a speed patch)",
    install: ({ entries }) => installLayoutCheck(entries.pdfmake),
    inEffect: layoutCheckInEffect,
  },
  {
    name: "svg-subset",
    kind: "speed",
    replaces:
      "pdfmake's SVGMeasure.prototype.measureSVG and writeDimensions, and Renderer.prototype.renderSVG, for flat SVG in our subset",
    why: "svg-to-pdfkit parses and styles a chart through a general SVG engine; our charts use a flat subset drawn straight with pdfkit",
    install: ({ entries }) => installSvgSubset(entries.pdfmake),
    inEffect: svgSubsetInEffect,
  },
  {
    name: "line-counts",
    kind: "correctness",
    replaces:
      "pdfmake's LayoutBuilder.prototype.processNode, processLeaf, processTable, processRow and addHeadersAndFooters (wrappers that record each text's lines per page and where each table row starts, and break a paragraph a line early when a rule asks)",
    why: "composition rules (composition.ts: a heading keeps three lines, a paragraph two on each side of a break, a section's short end is balanced between rows) need lines per page and row positions, which pdfmake's pageBreakBefore hook does not tell; not a speed patch, so the ablation's rule does not apply",
    install: ({ entries }) => installLineCounts(entries.pdfmake),
    inEffect: lineCountsInEffect,
  },
  {
    name: "tagging",
    kind: "correctness",
    replaces:
      "wrappers around pdfmake's Renderer.prototype.renderPages, renderLine, renderVector, renderImage, renderSVG and renderWatermark, PageElementWriter.prototype.moveToNextPage and DocMeasure.prototype.buildUnorderedMarker",
    why: "pdfmake 0.3 passes tagged and subset on to pdfkit but writes no structure tree; this marks every piece it draws as structure content (from the markup's roles) or an artifact, and builds the tree (PDF/UA-1); installed after line-merge and svg-subset, whose drawing it wraps; not a speed patch",
    install: ({ entries }) => installTagging(entries.pdfmake),
    inEffect: taggingInEffect,
  },
  {
    name: "archival",
    kind: "correctness",
    replaces:
      "pdfkit's PDFDocument.prototype._addInfo (its XMP writer); pdfkit's PDF/A part still writes the sRGB output intent, its own way",
    why: "pdfkit 0.19 pastes Info values into the XMP unescaped, omits xmp:ModifyDate and declares only one of PDF/A or PDF/UA; this writes both, escaped; not a speed patch",
    install: ({ entries }) => installArchivalMetadata(entries.pdfmake),
    inEffect: archivalInEffect,
  },
] as const satisfies readonly Patch[];

export type PatchName = (typeof PATCHES)[number]["name"];

export interface VersionMismatch {
  readonly library: LibraryName;
  readonly installed: string;
  readonly verified: string;
}

export interface PatchPlan {
  /** The patches to install, in registry order. */
  readonly patches: readonly Patch[];
  /** Installed library versions that differ from the verified ones (then no patch is installed). */
  readonly mismatches: readonly VersionMismatch[];
  /** One line for the user when patches are off because of versions; undefined otherwise. */
  readonly warning: string | undefined;
}

export function versionMismatches(
  installed: Readonly<Record<LibraryName, string>> = installedVersions(),
): VersionMismatch[] {
  return LIBRARIES.filter((library) => installed[library] !== VERIFIED_VERSIONS[library]).map((library) => ({
    library,
    installed: installed[library],
    verified: VERIFIED_VERSIONS[library],
  }));
}

/** A `TIP_PDF_ENGINE_PATCHES` that names no setting: the user's mistake, not the engine's. */
export class PatchSettingError extends Error {
  override readonly name = "PatchSettingError";
}

/** The patch names `TIP_PDF_ENGINE_PATCHES` selects: all when unset or "on", none for "off", all but those named `-name`. */
export function selectedPatchNames(value: string | undefined): PatchName[] {
  const all = PATCHES.map((patch) => patch.name);
  const setting = (value ?? "").trim();
  if (setting === "" || setting === "on") return all;
  if (setting === "off") return [];
  const left: string[] = [];
  for (const item of setting.split(",").map((part) => part.trim())) {
    const name = item.startsWith("-") ? item.slice(1) : undefined;
    if (name === undefined || !all.includes(name as PatchName)) {
      throw new PatchSettingError(
        `${PATCHES_VARIABLE}="${setting}": expected "on", "off" or a comma-separated list of -name with names from ${all.join(", ")}`,
      );
    }
    left.push(name);
  }
  return all.filter((name) => !left.includes(name));
}

/** Which patches this thread installs, from the installed versions and `TIP_PDF_ENGINE_PATCHES`. */
export function patchPlan(
  env: NodeJS.ProcessEnv = process.env,
  installed?: Readonly<Record<LibraryName, string>>,
): PatchPlan {
  const mismatches = versionMismatches(installed);
  if (mismatches.length > 0) {
    const differ = mismatches
      .map((m) => `${m.library} ${m.installed} is installed, the patches were verified with ${m.verified}`)
      .join("; ");
    return {
      patches: [],
      mismatches,
      warning: `warning: @tip/pdf-engine: patches off: ${differ}. Rendering with plain pdfmake (slower) until each patch is reviewed against the new versions (packages/pdf-engine/src/patches.ts).`,
    };
  }
  const names = selectedPatchNames(env[PATCHES_VARIABLE]);
  const fontCache = names.includes("font-cache");
  const patches = PATCHES.filter(
    (patch: Patch) => names.includes(patch.name as PatchName) && (patch.installedFrom !== "font-cache" || fontCache),
  );
  return { patches, mismatches, warning: undefined };
}

/** Installs the plan's patches, font-cache's per-font hooks given to it: the engine's set-up, once per thread. */
export function installPatches(plan: PatchPlan, sampleFont: string): void {
  const perFont = plan.patches.flatMap((patch) => (patch.perFont === undefined ? [] : [patch.perFont]));
  const target: PatchTarget = { entries: libraryEntries(), sampleFont, perFont };
  // font-cache last: the patches it hooks into each font have installed their own parts by then.
  const ordered = [
    ...plan.patches.filter((p) => p.name !== "font-cache"),
    ...plan.patches.filter((p) => p.name === "font-cache"),
  ];
  for (const patch of ordered) patch.install?.(target);
}

/** The names of the patches in effect now. */
export function patchesInEffect(): PatchName[] {
  return PATCHES.filter((patch) => patch.inEffect()).map((patch) => patch.name);
}
