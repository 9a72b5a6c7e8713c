/**
 * Hostile text in every kind of field (issue 13, "Done when"): fast-check writes editions, copies of
 * 2017, whose staff names, column heading, organization name, framework title, focal point and
 * glossary entries hold long tokens, characters of every Unicode category and markup-looking
 * strings. For each: `validate` reports located problems (exit 1), or `generate` succeeds and the
 * appendix's text holds every field's text, with nothing drawn outside a page.
 *
 * Fixed seed, few runs, so CI stays within a minute: FUZZ_RUNS=200 FUZZ_SEED=… runs more.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { drawableCodePoints } from "@tip/pdf-engine/font-coverage";
import { pageMargins } from "../src/documents/page-furniture.js";
import { appendTo, replaceIn } from "./support/editions.js";
import { cli, tempEditions } from "./support/in-process-cli.js";
import { pdfPageSizes, pdfWords, rawPages } from "./support/pdf.js";
import { stackFrames } from "./support/run-cli.js";

const runs = Number(process.env.FUZZ_RUNS ?? 6);
const seed = Number(process.env.FUZZ_SEED ?? 20170627);

const drawable = [...drawableCodePoints()].filter((c) => c > 0x20 && !(c >= 0x7f && c <= 0x9f));

/** Text the fonts can draw: any of their characters, letters favoured. */
const drawableText = fc.string({
  unit: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz ÇéΩЖ".split("")) },
    { weight: 1, arbitrary: fc.constantFrom(...drawable).map((c) => String.fromCodePoint(c)) },
  ),
  minLength: 1,
  maxLength: 60,
});

/** A token no line can hold: letters, or a URL-like run with / _ - . ? & =. */
const longToken = fc.oneof(
  fc
    .integer({ min: 80, max: 3000 })
    .map((n) => Array.from({ length: n }, (_, i) => "abcdefghijklmnopqrstuvwxyz"[(i * 7) % 26]).join("")),
  fc
    .array(
      fc.constantFrom(
        "https://",
        "www.example.org",
        "/",
        "documents",
        "_",
        "Case",
        "-",
        ".",
        "pdf",
        "?",
        "x",
        "&",
        "=",
        "2017",
      ),
      { minLength: 20, maxLength: 200 },
    )
    .map((p) => p.join("")),
);

/** Text that looks like markup or a template, in characters the fonts have. */
const markupLooking = fc
  .array(
    fc.constantFrom(
      "<p>",
      "</p>",
      "<em>",
      "</td>",
      "<div>",
      "<br/>",
      "&amp;",
      "&lt;",
      "&#x27;",
      "{{x}}",
      "{{{y}}}",
      "<!--",
      "-->",
      "<![CDATA[",
      '"',
      "'",
      "\\",
      "`",
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((p) => p.join(" "));

/** Any code points at all: controls, format characters, other scripts, emoji. */
const anyText = fc.string({ unit: "binary", minLength: 1, maxLength: 40 });

/** Hostile, yet all characters the fonts have: such editions should generate. */
const printable = fc.oneof(
  drawableText,
  longToken,
  markupLooking,
  fc.tuple(drawableText, longToken, markupLooking).map((p) => p.join(" ")),
);
const hostile = fc.oneof({ weight: 3, arbitrary: printable }, { weight: 1, arbitrary: anyText });

/** A value on one line (staff.txt holds a name per line). */
const oneLine = (text: string): string => text.replace(/[\r\n\u2028\u2029\u0085\u000b\u000c]/g, " ");

interface Fields {
  staff: string;
  heading: string;
  organization: string;
  framework: string;
  focalPoint: string;
  term: string;
  definition: string;
}

const record = (text: fc.Arbitrary<string>) =>
  fc.record<Fields>({
    staff: text.map(oneLine),
    heading: text,
    organization: text,
    framework: text,
    focalPoint: text,
    term: text,
    definition: text,
  });

/** Half the editions printable throughout (they reach generate), half with anything anywhere (most stop at validate). */
const fields = fc.oneof(record(printable), record(hostile));

const outcomes = { validateFailed: 0, generated: 0 };

/** As a YAML double-quoted scalar: JSON's escapes are YAML's. */
const yaml = (text: string): string => JSON.stringify(text);

function writeEdition(f: Fields): string {
  const { root, edition } = tempEditions();
  appendTo(join(edition, "staff.txt"), `${f.staff}\n`);
  replaceIn(join(edition, "edition.yaml"), "heading: ILO Convention 29, Forced Labour", `heading: ${yaml(f.heading)}`);
  replaceIn(
    join(edition, "organizations.yaml"),
    "name: Commonwealth of Independent States",
    `name: ${yaml(f.organization)}`,
  );
  replaceIn(
    join(edition, "organizations.yaml"),
    "title: AU Commission Initiative against Trafficking Campaign (AU.COMMIT)",
    `title: ${yaml(f.framework)}`,
  );
  replaceIn(
    join(edition, "organizations.yaml"),
    "focalPoints: []\n  - name: Coordinated Mekong",
    `focalPoints: [${yaml(f.focalPoint)}]\n  - name: Coordinated Mekong`,
  );
  appendTo(join(edition, "glossary.yaml"), `  - term: ${yaml(f.term)}\n    definition: ${yaml(f.definition)}\n`);
  return root;
}

/** What reading back may differ in: whitespace (lines wrap anywhere), and Unicode compatibility forms. */
const comparable = (text: string): string =>
  text.normalize("NFKC").replace(/[\s\u00ad\u200b-\u200d\u2060\ufeff]/gu, "");

/**
 * Whether `text` reads back from consecutive pages, in order: a row that goes on over a page is
 * interrupted there by the other cells of the row, so each page holds one piece, a prefix of what is left.
 */
function readsBackOverPages(pages: readonly string[], text: string): boolean {
  if (text === "") return true;
  for (let start = 0; start < pages.length; start++) {
    let rest = text;
    for (let p = start; p < pages.length && rest !== ""; p++) {
      const page = pages[p]!;
      // The longest prefix of what is left that this page holds (if a prefix is held, so are shorter ones).
      let [low, high] = [0, rest.length];
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (page.includes(rest.slice(0, mid))) low = mid;
        else high = mid - 1;
      }
      if (low === 0) break;
      rest = rest.slice(low);
    }
    if (rest === "") return true;
  }
  return false;
}

const [left, , right] = pageMargins;
const furniture = /^2017 Trafficking in Persons Report · |^Page \d+ of \d+$/;

describe("fuzz: hostile text in every field", () => {
  it(`validate reports located problems, or generate prints every field inside its pages (${runs} editions, seed ${seed})`, async () => {
    await fc.assert(
      fc.asyncProperty(fields, async (f) => {
        const root = writeEdition(f);
        const validate = await cli(["validate", "--data", "editions/2017"], root);
        expect(stackFrames(validate.stderr)).toEqual([]);
        if (validate.code !== 0) {
          expect(validate.code).toBe(1);
          const problems = validate.stderr
            .split("\n")
            .filter((line) => line !== "" && !/^\s+hint: |^\d+ errors?/.test(line));
          expect(problems.length).toBeGreaterThan(0);
          for (const line of problems)
            expect(line).toMatch(/^editions\/2017\/[a-z-]+\.(yaml|txt|csv|md):\d+:\d+ {2}\S+ {2}/);
          outcomes.validateFailed++;
          return;
        }
        const generate = await cli(["generate", "--data", "editions/2017", "--out", "out", "--only", "appendix"], root);
        expect(generate, generate.stderr).toMatchObject({ code: 0, stderr: "" });
        const pdf = readFileSync(join(root, "out", "2017", "appendix.pdf"));
        const pages = (await rawPages(pdf)).map((page) =>
          comparable(
            page
              .split("\n")
              .filter((line) => !furniture.test(line))
              .join("\n"),
          ),
        );
        const missing = Object.entries(f).filter(([, value]) => !readsBackOverPages(pages, comparable(value.trim())));
        expect(missing).toEqual([]);
        const sizes = await pdfPageSizes(pdf);
        const outside = (await pdfWords(pdf)).filter(
          (w) =>
            w.xMin < left - 0.5 ||
            w.xMax > sizes[w.page - 1]!.width - right + 0.5 ||
            w.yMin < 0 ||
            w.yMax > sizes[w.page - 1]!.height,
        );
        expect(outside).toEqual([]);
        outcomes.generated++;
      }),
      { numRuns: runs, seed, endOnFailure: true },
    );
    // Both branches ran: a fuzz that only ever stopped at validate would prove nothing of generate.
    expect(outcomes.generated).toBeGreaterThan(0);
    expect(outcomes.validateFailed).toBeGreaterThan(0);
    console.log(`fuzz: ${outcomes.generated} editions generated, ${outcomes.validateFailed} stopped by validate`);
  }, 600_000);
});
