// Callbacks passed to page.evaluate run in the browser.
/// <reference lib="dom" />
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

/** WCAG 2.1 level A and AA, the level Section 508 points web pages to. */
export const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] as const;

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/**
 * axe leaves a rule tagged "experimental" out of a run by tag, even one tagged with a WCAG level
 * (in 4.14: css-orientation-lock, p-as-heading, table-fake-caption, td-has-header); named here,
 * they run too.
 */
export const EXPERIMENTAL_WCAG_RULES: readonly string[] = (
  require("axe-core") as { getRules(tags: string[]): { ruleId: string; tags: string[] }[] }
)
  .getRules([...WCAG_21_AA])
  .filter((r) => r.tags.includes("experimental"))
  .map((r) => r.ruleId);

/** One failing element of one axe rule, as a reader of the test output needs it. */
export interface Finding {
  readonly rule: string;
  readonly impact: string;
  readonly help: string;
  /** The element's CSS selector (inside iframes/shadow roots joined with " >> "). */
  readonly target: string;
  /** axe's explanation for this element (the contrast ratio and colours, the nested control). */
  readonly summary: string;
}

interface AxeResult {
  violations: {
    id: string;
    impact?: string | null;
    help: string;
    nodes: { target: unknown[]; failureSummary?: string }[];
  }[];
}

/** Loads axe-core into every document `page` opens from now on (cheaper than injecting it after each load). */
export async function installAxe(page: Page): Promise<void> {
  await page.addInitScript({ content: AXE_SOURCE });
}

/**
 * Runs axe-core in `page` against WCAG 2.1 A and AA and returns every failing element: in the
 * whole document, or only in the elements `within` (a CSS selector) matches.
 */
export async function audit(page: Page, within?: string): Promise<Finding[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const result = await page.evaluate(
    ({ tags, experimental, within }) =>
      (window as unknown as { axe: { run(ctx: Document | string, opts: object): Promise<unknown> } }).axe.run(
        within ?? document,
        {
          runOnly: { type: "tag", values: tags },
          rules: Object.fromEntries(experimental.map((id) => [id, { enabled: true }])),
          resultTypes: ["violations"],
        },
      ),
    { tags: [...WCAG_21_AA], experimental: [...EXPERIMENTAL_WCAG_RULES], within },
  );
  return (result as AxeResult).violations.flatMap((v) =>
    v.nodes.map((n) => ({
      rule: v.id,
      impact: v.impact ?? "",
      help: v.help,
      target: n.target.map((t) => (Array.isArray(t) ? t.join(" >> ") : String(t))).join(" >> "),
      summary: (n.failureSummary ?? "").replace(/\s+/g, " ").trim(),
    })),
  );
}
