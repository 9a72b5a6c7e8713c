// @ts-check
// Renders every shipped edition's PDFs into public/pdfs/<year>/ (gitignored) with the report-gen CLI,
// so the site serves the same files `pnpm generate` writes. Never fakes a missing PDF: it fails instead.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, openSync, readSync, closeSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { shippedEditions, step } from "./editions.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = join(root, "public", "pdfs");
const BUILD_FIRST = "@tip/report-gen must be built first (`turbo run build --filter=@tip/docs...` does it)";

/** The report-gen bin of the @tip/report-gen this package depends on, checked to be built. */
function reportGenBin() {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve("@tip/report-gen/package.json");
  const pkg = JSON.parse(readFileSync(manifest, "utf8"));
  const bin = join(
    dirname(manifest),
    typeof pkg.bin === "string" ? pkg.bin : (pkg.bin?.["report-gen"] ?? "bin/report-gen.js"),
  );
  if (!existsSync(bin)) {
    throw new Error(`the PDFs cannot be generated: ${bin} does not exist. ${BUILD_FIRST}`);
  }
  return bin;
}

function isPdf(/** @type {string} */ path) {
  if (!existsSync(path)) return false;
  const fd = openSync(path, "r");
  try {
    const head = Buffer.alloc(5);
    readSync(fd, head, 0, 5, 0);
    return head.toString("latin1") === "%PDF-";
  } finally {
    closeSync(fd);
  }
}

await step("pdfs", async () => {
  const bin = reportGenBin();
  const editions = await shippedEditions();
  for (const edition of editions) {
    const args = [bin, "generate", "--edition", String(edition.year), "--out", out];
    // CI=true: one summary line instead of a progress bar in the build log.
    const run = spawnSync(process.execPath, args, { stdio: "inherit", env: { ...process.env, CI: "true" } });
    if (run.status !== 0) {
      throw new Error(
        `report-gen generate --edition ${edition.year} failed (exit ${run.status ?? run.signal}); see its output above`,
      );
    }
    const dir = join(out, String(edition.year));
    const expected = ["appendix.pdf", ...edition.conventions.rows.map((r) => `briefs/${r.country}.pdf`)];
    const missing = expected.filter((f) => !isPdf(join(dir, f)));
    if (!existsSync(join(dir, "manifest.json"))) missing.push("manifest.json");
    if (missing.length > 0) {
      throw new Error(
        `report-gen did not write these files of edition ${edition.year} into ${dir}: ${missing.join(", ")}`,
      );
    }
    console.log(`pdfs: edition ${edition.year}: ${expected.length} PDFs in public/pdfs/${edition.year}`);
  }
});
