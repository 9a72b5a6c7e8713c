// The importer never throws, whatever it is given: random text, and the published table mangled at
// random, as TSV and as text read back from a PDF. Each test imports some hundreds of tables, so
// mutation testing leaves this file out (packages/data/vitest.mutate.config.ts): every mutant of the
// importer would run them all. `pnpm test` runs them.
import type { ConventionColumn } from "@tip/domain";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { importConventionTable, loadEdition } from "../src/load/index.js";
import { edition2017Dir, publishedConventionTable } from "./source.js";
import { layout } from "./text-layout.js";

let columns: readonly ConventionColumn[];
/** The table as published: from the "Country" heading row through the Poland row. */
let published: string[];

beforeAll(async () => {
  const result = await loadEdition(edition2017Dir);
  if (!result.ok) throw new Error("the 2017 edition does not load");
  columns = result.edition.conventions.columns;
  published = publishedConventionTable();
});

describe("importConventionTable", () => {
  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
        const result = importConventionTable(text, { file: "x" });
        expect(typeof result.ok).toBe("boolean");
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on a mangled published table", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom("", "\t", ",", '"', "\r\n", "—", "(a)", "x")), {
          maxLength: 8,
        }),
        (edits) => {
          let text = published.join("\n");
          for (const [at, length, insert] of edits) {
            const i = at % (text.length + 1);
            text = text.slice(0, i) + insert + text.slice(i + (length % 5));
          }
          const result = importConventionTable(text, { file: "x" });
          for (const issue of result.issues) expect(issue.line).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  describe("a table read back as text (cells apart by spaces)", () => {
    it("never throws on a mangled text table", () => {
      fc.assert(
        fc.property(
          fc.array(
            fc.tuple(fc.nat(), fc.nat(), fc.constantFrom("", " ", "   ", "\n", "\n\n", "—", "(a)", "2001", "*", "x")),
            { maxLength: 8 },
          ),
          (edits) => {
            let text = layout(published, { width: 16, centreHeadings: true });
            for (const [at, length, insert] of edits) {
              const i = at % (text.length + 1);
              text = text.slice(0, i) + insert + text.slice(i + (length % 5));
            }
            const result = importConventionTable(text, { file: "x", columns });
            for (const issue of result.issues) expect(issue.line).toBeGreaterThan(0);
          },
        ),
        { numRuns: 300 },
      );
    });
  });
});
