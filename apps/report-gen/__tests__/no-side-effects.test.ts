/**
 * Importing our packages, and rendering through them, leaves the process as it was: no V8 flags,
 * no patched prototypes of modules a third party imports, no stand-ins in Node's module cache.
 * Checked in a fresh process, as a tool that imports our public entry points would run.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { appDir } from "./support/run-cli.js";

const script = `
  import { createRequire, syncBuiltinESMExports } from "node:module";
  import v8 from "node:v8";
  const [, appPackage, outDir] = process.argv;
  const flags = [];
  v8.setFlagsFromString = (value) => void flags.push(value);
  syncBuiltinESMExports();

  // pdfkit, fontkit and pdfmake's classes as a third party gets them: loaded before our packages.
  const engineEntry = createRequire(appPackage).resolve("@tip/pdf-engine");
  const pdfmakeEntry = createRequire(engineEntry).resolve("pdfmake");
  const fromPdfmake = createRequire(pdfmakeEntry);
  const pdfkitEntry = fromPdfmake.resolve("pdfkit");
  const fontkitEntry = createRequire(pdfkitEntry).resolve("fontkit");
  const classes = () => ({
    "pdfkit PDFDocument": createRequire(pdfkitEntry)(pdfkitEntry),
    "pdfmake PDFDocument": fromPdfmake("./PDFDocument.js").default,
    "pdfmake Renderer": fromPdfmake("./Renderer.js").default,
    "pdfmake StyleContextStack": fromPdfmake("./StyleContextStack.js").default,
    "pdfmake TextInlines": fromPdfmake("./TextInlines.js").default,
    "pdfmake SVGMeasure": fromPdfmake("./SVGMeasure.js").default,
  });
  const methods = (table) => {
    const out = new Map();
    for (const [name, cls] of Object.entries(table)) {
      for (const [where, owner] of [[name, cls], [name + ".prototype", cls.prototype]]) {
        for (const key of Object.getOwnPropertyNames(owner)) out.set(where + "." + key, Object.getOwnPropertyDescriptor(owner, key).value);
      }
    }
    return out;
  };
  const before = methods(classes());
  const fontkit = createRequire(pdfkitEntry)("fontkit");

  await import("@tip/domain");
  await import("@tip/data");
  const reportGen = await import("@tip/report-gen");
  const engine = await import("@tip/pdf-engine");
  const date = new Date("2017-06-27T00:00:00Z");
  await engine.renderPdfToBuffer({ content: ["Côte d'Ivoire", { svg: '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="5" height="5"/></svg>' }], info: { title: "t", creationDate: date, modDate: date } });
  const editionDir = createRequire(appPackage).resolve("@tip/data/package.json").replace(/package\\.json$/, "editions/2017");
  await reportGen.generate({ editionDir, outDir, only: "appendix", threads: 1 });

  const changed = [];
  for (const [key, value] of methods(classes())) if (before.get(key) !== value) changed.push(key);
  // pdfkit as a third party requires it after us: the published one, whose fonts are parsed per document.
  const font = () => fontkit.create(createRequire(pdfkitEntry)("fs").readFileSync(engine.robotoFaces.normal));
  const fontsShared = font() === font();
  const lateRequire = createRequire(pdfkitEntry)(pdfkitEntry) === classes()["pdfkit PDFDocument"];
  // A stand-in module entered into the cache was never loaded from its file (no lookup paths).
  const standIns = Object.values(createRequire(appPackage).cache).filter((m) => m.loaded && m.paths === undefined).map((m) => m.id);
  process.stdout.write(JSON.stringify({ flags, changed, fontsShared, lateRequire, standIns }));
`;

describe("importing our packages", () => {
  it("changes nothing in the process: no V8 flags, no shared prototypes patched, no module stand-ins", async () => {
    const out = mkdtempSync(join(tmpdir(), "no-side-effects-"));
    try {
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ["--input-type=module", "-e", script, join(appDir, "package.json"), out],
        {
          cwd: appDir,
          maxBuffer: 16 << 20,
        },
      );
      expect(JSON.parse(stdout)).toEqual({
        flags: [],
        changed: [],
        fontsShared: false,
        lateRequire: true,
        standIns: [],
      });
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
