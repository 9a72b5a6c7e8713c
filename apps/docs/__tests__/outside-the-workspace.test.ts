import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { editions, latestEdition } from "@tip/data";
import { countsPerInstrument } from "@tip/domain";
import { afterAll, describe, expect, it } from "vitest";
import { DOCS_ROOT } from "./support/site.js";

// The developer guide's way to use the packages outside this workspace, followed to the letter:
// its shell blocks run as written (only ../my-tool becomes a temporary folder), then its example
// script runs and its TypeScript file is type-checked against the installed packages.

const run = promisify(execFile);
const REPO = resolve(DOCS_ROOT, "../..");
const EXAMPLE = `${DOCS_ROOT}examples/outside-the-workspace/`;
const guide = readFileSync(`${DOCS_ROOT}guide/developers.md`, "utf8");
const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The guide's shell block that packs into ../my-tool and installs `tarballs`. */
function guideBlock(tarballs: string): string {
  const blocks = [...guide.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const block = blocks.find(
    (b) => b.includes("--pack-destination ../my-tool") && b.includes(`npm install ${tarballs}\n`),
  );
  if (!block)
    throw new Error(
      `the developer guide has no shell block that packs into ../my-tool and runs npm install ${tarballs}`,
    );
  return block;
}

/** Runs a guide block from the repository root with ../my-tool in a new temporary folder; returns that folder. */
async function follow(block: string): Promise<{ project: string; stdout: string }> {
  const project = mkdtempSync(join(tmpdir(), "tip-outside-"));
  folders.push(project);
  const script = block.replaceAll("../my-tool", JSON.stringify(project));
  // Offline when npm's cache has the registry's packages; quiet either way.
  const env = {
    ...process.env,
    npm_config_prefer_offline: "true",
    npm_config_audit: "false",
    npm_config_fund: "false",
    npm_config_update_notifier: "false",
  };
  const { stdout } = await run("bash", ["-euo", "pipefail", "-c", script], {
    cwd: REPO,
    env,
    maxBuffer: 16 * 1024 * 1024,
  });
  return { project, stdout };
}

/** Every file a package's exports map names exists in the installed package (a pattern matches at least one). */
function missingExports(packageDir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as {
    exports: Record<string, string | Record<string, string>>;
  };
  const targets = Object.values(manifest.exports).flatMap((t) => (typeof t === "string" ? [t] : Object.values(t)));
  return targets.filter((target) => {
    if (!target.includes("*")) return !existsSync(join(packageDir, target));
    const [dir, suffix] = [target.slice(0, target.lastIndexOf("/")), target.slice(target.indexOf("*") + 1)];
    return !existsSync(join(packageDir, dir)) || !readdirSync(join(packageDir, dir)).some((f) => f.endsWith(suffix));
  });
}

/** Sources named by the package's source maps and declaration maps that the package lacks. */
function missingSources(packageDir: string): string[] {
  const maps = (readdirSync(join(packageDir, "dist"), { recursive: true }) as string[]).filter((f) =>
    f.endsWith(".map"),
  );
  return maps.flatMap((map) => {
    const { sources } = JSON.parse(readFileSync(join(packageDir, "dist", map), "utf8")) as { sources: string[] };
    return sources.map((s) => resolve(join(packageDir, "dist", map, ".."), s)).filter((s) => !existsSync(s));
  });
}

describe("the packages outside the workspace, as the developer guide says", () => {
  it("packs @tip/domain and @tip/data, installs the tarballs, imports both from ES modules and type-checks against them", async () => {
    const { project } = await follow(guideBlock("./tip-domain-*.tgz ./tip-data-*.tgz"));
    for (const name of ["domain", "data"]) {
      const installed = join(project, "node_modules", "@tip", name);
      expect({ name, exports: missingExports(installed), sources: missingSources(installed) }).toEqual({
        name,
        exports: [],
        sources: [],
      });
    }

    // The guide's script prints what the workspace's own packages say.
    copyFileSync(`${EXAMPLE}facts.mjs`, join(project, "facts.mjs"));
    const { stdout, stderr } = await run(process.execPath, ["facts.mjs"], { cwd: project });
    expect(stderr).toBe("");
    const counts = Object.entries(countsPerInstrument(latestEdition)).map(([id, c]) => `  ${id}: ${c.parties} parties`);
    const rows = latestEdition.conventions.rows.length;
    expect(stdout).toBe(
      [`${latestEdition.title}: ${rows} countries`, ...counts, `conventions.csv: valid, ${rows} countries`, ""].join(
        "\n",
      ),
    );

    // The guide's TypeScript file, with its tsconfig.json, checked by the workspace's tsc.
    for (const file of ["check.mts", "tsconfig.json"]) copyFileSync(`${EXAMPLE}${file}`, join(project, file));
    const tsc = join(REPO, "node_modules", ".bin", "tsc");
    await expect(run(tsc, ["-p", "."], { cwd: project })).resolves.toMatchObject({ stdout: "" });
  }, 300_000);

  it("installs the report-gen command with the PDF engine, and it writes a brief", async () => {
    const block = guideBlock("./tip-*.tgz");
    const { project, stdout } = await follow(block);
    for (const name of ["pdf-engine", "report-gen"]) {
      const installed = join(project, "node_modules", "@tip", name);
      expect({ name, exports: missingExports(installed) }).toEqual({ name, exports: [] });
    }
    const country = /generate --country (\w+)/.exec(block)![1]!;
    expect(stdout).toMatch(/^out\/\d{4}: 1 document written/m);
    const year = /^out\/(\d{4}):/m.exec(stdout)![1]!;
    const { stdout: text } = await run("pdftotext", [join(project, "out", year, "briefs", `${country}.pdf`), "-"]);
    const name = Object.values(editions)
      .flatMap((e) => e.conventions.rows)
      .find((r) => r.country === country)?.name;
    expect(name).toBeDefined();
    expect(text).toContain(name);
  }, 300_000);
});
