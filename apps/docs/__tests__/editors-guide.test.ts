// The editors' guide is followed end to end, on a copy of the repository, by scripts/next-edition-check.sh
// (run by .ci/run). This keeps the two together: every command the guide tells an editor to run is one the check runs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DOCS_ROOT } from "./support/site.js";

const guide = readFileSync(join(DOCS_ROOT, "guide/editors.md"), "utf8");
const check = readFileSync(join(DOCS_ROOT, "../../scripts/next-edition-check.sh"), "utf8");

/** `pnpm report-gen <command> <options>` and `pnpm build|test`, with values left out: what a step does. */
function steps(text: string): string[] {
  return [...text.matchAll(/^\s*(pnpm (?:--silent )?(?:report-gen \S+(?: new)?|build|test))((?: [^\n>|]*)?)/gm)].map(
    (m) => {
      const options = [...m[2]!.matchAll(/(--[a-z-]+)/g)]
        .map((o) => o[1])
        .filter((o) => o !== "--out" && o !== "--quiet" && o !== "--output-logs");
      return [m[1]!.replace("--silent ", ""), ...new Set(options)].join(" ");
    },
  );
}

describe("the editors' guide", () => {
  it("runs, in the next-edition check, every command it gives", () => {
    const guided = [
      ...new Set(
        steps(
          guide
            .split("```sh")
            .slice(1)
            .map((b) => b.split("```")[0])
            .join("\n"),
        ),
      ),
    ];
    const done = new Set(steps(check));
    expect(guided.filter((s) => !done.has(s) && !s.includes("--data") && !s.includes("--format markdown"))).toEqual([]);
    expect(guided.length).toBeGreaterThan(8);
  });
});
