import { existsSync, readdirSync } from "node:fs";
import { sep } from "node:path";
import { fileURLToPath } from "node:url";

export const DOCS_ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const DIST = `${DOCS_ROOT}.vitepress/dist`;
export const REPORTS = `${DOCS_ROOT}.reports`;

/** The built site; the tests run against what `pnpm build` wrote, never a dev server. */
export function builtSite(): string {
  if (!existsSync(`${DIST}/index.html`)) {
    throw new Error(`${DIST} has no built site: run \`pnpm --filter @tip/docs build\` (turbo run test does it first)`);
  }
  return DIST;
}

/** Every page of the built site as the path a browser asks for (`/`, `/data/`, `/guide/analysts.html`), sorted. */
export function builtPages(root = builtSite()): string[] {
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html"))
    .map((file) => `/${file.split(sep).join("/")}`.replace(/(^|\/)index\.html$/, "$1"))
    .sort();
}
