import { engineIdentity } from "@tip/pdf-engine";
import { describe, expect, it } from "vitest";
import { generatorFingerprint } from "./fingerprint.js";

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
