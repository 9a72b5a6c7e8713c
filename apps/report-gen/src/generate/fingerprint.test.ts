import { engineIdentity } from "@tip/pdf-engine";
import { describe, expect, it } from "vitest";
import { templateDirs } from "../templates/__tests__/template-dirs.js";
import { generatorFingerprint, templatesFingerprint } from "./fingerprint.js";

describe("the generator's fingerprint", () => {
  const engine = engineIdentity({});

  it("is the same for the same engine", () => {
    expect(generatorFingerprint({ ...engine })).toBe(generatorFingerprint(engine));
  });

  it("changes with any part of the engine's identity: a library version, the patches, a font, the engine's own version or code", () => {
    const changed = [
      { ...engine, libraries: { ...engine.libraries, pdfkit: "0.19.2" } },
      { ...engine, patches: engine.patches.filter((name) => name !== "line-merge") },
      { ...engine, fonts: { ...engine.fonts, "Roboto-Regular.ttf": "0".repeat(64) } },
      { ...engine, engine: "@tip/pdf-engine 0.2.0" },
      { ...engine, code: "0".repeat(64) },
    ];
    const fingerprints = new Set([engine, ...changed].map((identity) => generatorFingerprint(identity)));
    expect(fingerprints.size).toBe(changed.length + 1);
  });

  it("records the engine as installed: pdfmake, pdfkit and fontkit versions, every patch, four fonts", () => {
    expect(Object.keys(engine.libraries)).toEqual(["pdfmake", "pdfkit", "fontkit"]);
    expect(engine.patches.length).toBeGreaterThan(0);
    expect(engineIdentity({ TIP_PDF_ENGINE_PATCHES: "off" }).patches).toEqual([]);
    expect(Object.keys(engine.fonts)).toHaveLength(4);
    expect(engine.engine).toMatch(/^@tip\/pdf-engine \d+\.\d+\.\d+/);
  });
});

describe("the templates' fingerprint", () => {
  const shared = {
    "brief.hbs": "<p>{{> action-verb}} {{country.name}}</p>",
    "appendix.hbs": "<p>{{> link}}</p>",
    "partials/action-verb.hbs": "{{status}}",
    "partials/link.hbs": '<a href="{{href}}">{{url}}</a>',
  };
  const fingerprints = (edition: Record<string, string>) => {
    const dirs = templateDirs({ edition, shared });
    const order = [dirs.edition, dirs.shared];
    return { brief: templatesFingerprint("brief", order), appendix: templatesFingerprint("appendix", order) };
  };
  const plain = fingerprints({});

  it("is the same for the same files, wherever the folders are", () => {
    expect(fingerprints({})).toEqual(plain);
    expect(plain.brief).not.toBe(plain.appendix);
  });

  it("changes for a document whose partial an edition overrides (partials/x.hbs), and with the override's text", () => {
    const overridden = fingerprints({ "partials/action-verb.hbs": "{{kind}}" });
    expect(overridden.brief).not.toBe(plain.brief);
    expect(fingerprints({ "partials/action-verb.hbs": "{{kind}} " }).brief).not.toBe(overridden.brief);
    // An override with the shared partial's very text renders the same: nothing to re-render.
    expect(fingerprints({ "partials/action-verb.hbs": shared["partials/action-verb.hbs"] }).brief).toBe(plain.brief);
  });

  it("changes for a document whose template an edition overrides, and for that document alone", () => {
    const overridden = fingerprints({ "brief.hbs": "<p>{{country.name}}</p>" });
    expect(overridden.brief).not.toBe(plain.brief);
    expect(overridden.appendix).toBe(plain.appendix);
  });

  it("does not change for a file in the edition's folder that is neither a template nor a partial", () => {
    expect(fingerprints({ "README.md": "notes", "partials/link.hbs.orig": "old", "changes.hbs": "<p/>" })).toEqual(
      plain,
    );
  });

  it("still fingerprints a partial that may not be read (rendering reports it), and changes with it", () => {
    const dirs = templateDirs({ edition: { "partials/bad.hbs/x": "" }, shared });
    const withBad = templatesFingerprint("brief", [dirs.edition, dirs.shared]);
    expect(withBad).toMatch(/^[0-9a-f]{64}$/);
    expect(withBad).not.toBe(plain.brief);
  });
});
