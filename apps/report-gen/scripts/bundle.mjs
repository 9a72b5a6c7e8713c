// Bundles the CLI and the render worker, each with the modules it imports (ours, @tip/domain,
// @tip/data, zod, yaml, handlebars, htmlparser2), into dist/bundle/: Node then loads two files
// instead of some three hundred, which takes a third of the time (about 70 ms less before a run's
// first document, on the benchmark machine). tsc's output in dist/ stays the library others import.
//
// Left outside: @tip/pdf-engine (and with it pdfmake, pdfkit and fontkit), which patches pdfmake by
// requiring its internal modules from where it is installed and finds its fonts beside its own files; tinypool, which starts workers from its own files;
// i18n-iso-countries, whose locale @tip/domain requires at run time.
import { build } from "esbuild";
import { rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const app = fileURLToPath(new URL("../", import.meta.url));

// Chunks are named by their content's hash: emptied first, so the chunks of earlier builds do not pile
// up beside the new ones (and in what the generator's fingerprint reads).
await rm(new URL("../dist/bundle/", import.meta.url), { recursive: true, force: true });

await build({
  absWorkingDir: app,
  entryPoints: { cli: "dist/cli/main.js", "render-worker": "dist/generate/render-worker.js" },
  outdir: "dist/bundle",
  bundle: true,
  platform: "node",
  format: "esm",
  // What the CLI imports only when a command needs it stays in chunks of its own: --help loads
  // neither the validator nor the renderer.
  splitting: true,
  // Chunks sit beside the entries: the code finds templates/, assets/ and render-worker.js relative to its own file.
  chunkNames: "[name]-[hash]",
  target: "node20",
  external: ["@tip/pdf-engine", "tinypool", "i18n-iso-countries"],
  // CommonJS modules inside an ES module bundle still call require().
  banner: {
    js: 'import { createRequire as __createRequire } from "node:module";\nconst require = __createRequire(import.meta.url);',
  },
  legalComments: "linked",
  logLevel: "warning",
});
