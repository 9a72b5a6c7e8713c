import { engineIdentity } from "@tip/pdf-engine";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { templateDirs } from "../templates/__tests__/template-dirs.js";
import { codeHashOf, generatorFingerprint, jobFingerprint, templatesFingerprint } from "./fingerprint.js";

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

  it("changes with the app's compiled code (dist/), not with its other files", () => {
    const dist = { "dist/index.js": "export {}", "dist/templates/render.js": "render()" };
    const outside = { "bin/report-gen.js": "launch()", "src/index.js": "source()", "node_modules/x/index.js": "lib()" };
    const apps = templateDirs({
      built: { ...dist, ...outside },
      others: { ...dist, ...Object.fromEntries(Object.keys(outside).map((name) => [name, "edited()"])) },
      rebuilt: { ...dist, ...outside, "dist/templates/render.js": "render(again)" },
    });
    const [built, others, rebuilt] = [apps.built, apps.others, apps.rebuilt].map((app) =>
      generatorFingerprint(engine, app),
    );
    expect(others).toBe(built);
    expect(rebuilt).not.toBe(built);
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
  // Computed before each test, not while the tests are collected: a mutation test's mutant is active only then, and only then is its coverage the test's.
  let plain: ReturnType<typeof fingerprints>;
  beforeEach(() => {
    plain = fingerprints({});
  });

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

  it("tells names from contents: a partial ab.hbs saying c is not a partial a.hbs saying bc", () => {
    const of = (files: Record<string, string>) => {
      const dirs = templateDirs({ shared: files });
      return templatesFingerprint("t", [dirs.shared]);
    };
    expect(of({ "t.hbs": "x", "partials/ab.hbs": "c" })).not.toBe(of({ "t.hbs": "x", "partials/a.hbs": "bc" }));
    expect(of({ "t.hbs": "x", "partials/a.hbs": "b", "partials/c.hbs": "d" })).not.toBe(
      of({ "t.hbs": "x", "partials/a.hbs": "bc", "partials/d.hbs": "" }),
    );
    expect(of({ "t.hbs": "xp", "partials/q.hbs": "" })).not.toBe(of({ "t.hbs": "x", "partials/pq.hbs": "" }));
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

describe("the generator's code hash", () => {
  const dist = {
    "index.js": "export {};",
    "cli/main.js": "export const main = 1;",
    "cli/main.d.ts": "export declare const main: number;",
    "cli/main.js.map": "{}",
    "cli/main.test.js": "test();",
    "bundle/report-gen.js": "bundled",
  };
  const hashOf = (files: Record<string, string>) => codeHashOf(templateDirs({ dist: files }).dist);
  let plain: string;
  beforeEach(() => {
    plain = hashOf(dist);
  });

  it("is the same for the same modules in another folder", () => {
    expect(hashOf(dist)).toBe(plain);
    expect(plain).toMatch(/^[0-9a-f]{64}$/);
  });

  it("changes with any compiled module's content or name, in any folder", () => {
    expect(hashOf({ ...dist, "cli/main.js": "export const main = 2;" })).not.toBe(plain);
    expect(hashOf({ ...dist, "index.js": "export { };" })).not.toBe(plain);
    const { "cli/main.js": main, ...rest } = dist;
    expect(hashOf({ ...rest, "cli/other.js": main })).not.toBe(plain);
    // Content moved from one module to another is a change too.
    expect(hashOf({ ...dist, "index.js": dist["cli/main.js"], "cli/main.js": dist["index.js"] })).not.toBe(plain);
  });

  it("leaves out what is not the generator's code: tests, declarations, source maps, the bundle built from the rest", () => {
    expect(
      hashOf({
        ...dist,
        "cli/main.test.js": "other();",
        "cli/main.d.ts": "",
        "cli/main.js.map": "[]",
        "bundle/report-gen.js": "rebundled",
        "bundle/more.js": "x",
      }),
    ).toBe(plain);
    // Only the top folder's bundle/: a bundle folder deeper is code.
    expect(hashOf({ ...dist, "cli/bundle/x.js": "x" })).not.toBe(plain);
  });

  it("hashes nothing for a folder that is not there (an app run from source)", () => {
    expect(codeHashOf(join(templateDirs({ dist: {} }).dist, "missing"))).toBe(
      codeHashOf(templateDirs({ dist: {} }).dist),
    );
  });
});

describe("a document's fingerprint", () => {
  const job = {
    kind: "brief",
    path: "ARG.pdf",
    template: "brief",
    dirs: ["/a/templates"],
    viewModel: { country: { code: "ARG" } },
  } as unknown as Parameters<typeof jobFingerprint>[0];

  it("counts the template folders only through the files they resolve to", () => {
    expect(jobFingerprint({ ...job, dirs: ["/elsewhere/templates"] }, "t", "g")).toBe(jobFingerprint(job, "t", "g"));
  });

  it("changes with the data, the templates' fingerprint and the generator's", () => {
    const base = jobFingerprint(job, "t", "g");
    expect(jobFingerprint({ ...job, viewModel: { country: { code: "BRN" } } } as typeof job, "t", "g")).not.toBe(base);
    expect(jobFingerprint(job, "t2", "g")).not.toBe(base);
    expect(jobFingerprint(job, "t", "g2")).not.toBe(base);
  });
});
