/**
 * `report-gen generate` on the shipped 2017 edition: one brief per country of the table, each
 * holding that country's statuses, and a manifest a reader can check the files against.
 */
import { INSTRUMENTS, type Cell, type Edition } from "@tip/domain";
import { loadEdition } from "@tip/data/load";
import { cpSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyEdition, replaceIn, shipped2017, tempRoot } from "./support/editions.js";
import { changedFiles, fileStates, listFiles, readManifest, sha256Of } from "./support/output.js";
import { pdfInfo, rawPages, readPdf, squash } from "./support/pdf.js";
import { runCli } from "./support/run-cli.js";

const root = tempRoot("briefs");
const out = join(root.dir, "out");
const edition2017 = join(out, "2017");

let edition: Edition;
/** Each brief's text (pdftotext -raw) and page count, by ISO3 code. */
const briefs = new Map<string, { text: string; pages: number }>();
let summaryLine: string;

const STATUS_VERB: Record<string, string> = { ratification: "Ratified", accession: "Acceded", acceptance: "Accepted" };
const NOTATION_CODE: Record<string, string> = { ratification: "", accession: "(a)", acceptance: "(A)" };

/** What the brief says in words, and the report's notation: written out here, not taken from the generator. */
function expectedStatus(cell: Cell | undefined): { status: string; notation: string } {
  if (cell === null || cell === undefined) return { status: "Not a party", notation: "—" };
  const verb = STATUS_VERB[cell.kind];
  if (verb === undefined) throw new Error(`no 2017 cell is a ${cell.kind}`);
  return { status: `${verb} ${cell.year}`, notation: `${cell.year}${NOTATION_CODE[cell.kind]}` };
}

async function readBriefs(dir: string): Promise<Map<string, { text: string; pages: number }>> {
  const read = new Map<string, { text: string; pages: number }>();
  for (const name of listFiles(join(dir, "briefs"))) {
    const pdf = readPdf(join(dir, "briefs", name));
    const pages = await rawPages(pdf);
    read.set(name.replace(/\.pdf$/, ""), { text: pages.join("\n"), pages: Number((await pdfInfo(pdf))["Pages"]) });
  }
  return read;
}

beforeAll(async () => {
  const loaded = await loadEdition(shipped2017);
  if (!loaded.ok) throw new Error("the shipped 2017 edition does not load");
  edition = loaded.edition;
  const run = await runCli(["generate", "--edition", "2017", "--out", "out"], { cwd: root.dir });
  expect(run, run.stderr).toMatchObject({ code: 0, stderr: "" });
  summaryLine = run.stdout;
  for (const [code, brief] of await readBriefs(edition2017)) briefs.set(code, brief);
});

afterAll(() => root.remove());

describe("generate: one brief per country", () => {
  it("writes out/2017/briefs/<ISO3>.pdf for exactly the countries of the table, and the appendix, and says so", () => {
    const codes = edition.conventions.rows.map((r) => r.country);
    expect(listFiles(edition2017)).toEqual(
      ["appendix.pdf", ...codes.map((c) => `briefs/${c}.pdf`), "manifest.json"].sort(),
    );
    expect(summaryLine).toMatch(/^out\/2017: 15 documents written \(edition 2017, \d+\.\d s\)\n$/);
  });

  it("keeps every brief to one or two pages", () => {
    const tooLong = [...briefs]
      .filter(([, b]) => b.pages < 1 || b.pages > 2)
      .map(([code, b]) => `${code}: ${b.pages} pages`);
    expect(briefs.size).toBe(14);
    expect(tooLong).toEqual([]);
  });

  it("titles each brief with its country's name, the edition, the reporting period and its date in words", () => {
    const missing = edition.conventions.rows.flatMap((row) => {
      const text = briefs.get(row.country)?.text ?? "";
      const lines = text.split("\n");
      return [
        lines[0] === row.name ? [] : [`${row.country}: first line is "${lines[0]}"`],
        text.includes("2017 Trafficking in Persons Report") ? [] : [`${row.country}: no edition`],
        squash(text).includes(
          squash(
            "Status as of March 2017 (reporting period April 2016 to March 2017), as published in the 2017 Trafficking in Persons Report",
          ),
        )
          ? []
          : [`${row.country}: no date and reporting period`],
      ].flat();
    });
    expect(missing).toEqual([]);
  });

  it("gives, for every instrument, the country's status in words and the published notation", () => {
    const missing = edition.conventions.rows.flatMap((row) => {
      const text = squash(briefs.get(row.country)?.text ?? "");
      return edition.conventions.columns.flatMap((column) => {
        const { status, notation } = expectedStatus(row.cells[column.instrument]);
        // One table row: label — heading[mark], status, notation.
        const line = `${INSTRUMENTS[column.instrument].label} — ${column.heading}${column.footnote ?? ""} ${status} ${notation}`;
        return text.includes(squash(line)) ? [] : [`${row.country}: ${line}`];
      });
    });
    expect(missing).toEqual([]);
  });

  it("words ratification, accession, acceptance and no party as the report does", () => {
    expect(squash(briefs.get("ARG")!.text)).toContain(squash("Ratified 2002 2002"));
    expect(squash(briefs.get("BRN")!.text)).toContain(squash("Acceded 2006 2006(a)"));
    expect(squash(briefs.get("FIN")!.text)).toContain(squash("Accepted 2006 2006(A)"));
    expect(squash(briefs.get("PAK")!.text)).toContain(squash("Not a party —"));
  });

  it("says in Brunei's summary that it acceded to OPAC within the reporting period", () => {
    const text = briefs.get("BRN")!.text.replace(/\s+/g, " ");
    expect(text).toContain("Brunei is a party to 3 of the 8 instruments in the 2017 table: OPSC, OPAC, C182.");
    expect(text).toContain("Within the reporting period it acceded to OPAC (2016).");
    expect(text).toContain("It is not a party to Palermo, C29, P029, C105 or C189.");
  });

  it("prints P029's footnote, with its mark on the P029 row, in every brief of an edition with a P029 column", () => {
    const footnote = "* ILO Protocol of 2014 to the Forced Labour Convention entered into force November 9, 2016";
    const marked = squash("P029 — ILO Protocol of 2014 to the Forced Labour Convention*");
    const without = [...briefs]
      .filter(([, b]) => !b.text.includes(footnote) || !squash(b.text).includes(marked))
      .map(([code]) => code);
    expect(without).toEqual([]);
  });
});

describe("generate: manifest.json", () => {
  it("lists every file with its kind, country, size and a SHA-256 that matches the bytes, and the edition", () => {
    const manifest = readManifest(edition2017);
    expect(manifest.edition).toBe(2017);
    const listed = manifest.files.map((f) => ({
      path: f.path,
      kind: f.kind,
      country: f.country,
      sha256: f.sha256,
      bytes: f.bytes,
    }));
    const onDisk = listFiles(edition2017)
      .filter((path) => path.endsWith(".pdf"))
      .map((path) => {
        const file = join(edition2017, path);
        const country = /^briefs\/([A-Z]{3})\.pdf$/.exec(path)?.[1];
        return {
          path,
          kind: country ? "brief" : "appendix",
          country,
          sha256: sha256Of(file),
          bytes: statSync(file).size,
        };
      });
    expect(listed).toEqual(onDisk);
  });
});

describe("generate --country and --only", () => {
  it("--country ARG into an empty folder writes ARG's brief and nothing else", async () => {
    const run = await runCli(["generate", "--edition", "2017", "--out", "only-arg", "--country", "ARG"], {
      cwd: root.dir,
    });
    expect(run, run.stderr).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toMatch(/^only-arg\/2017: 1 document written \(/);
    const dir = join(root.dir, "only-arg", "2017");
    expect(listFiles(dir)).toEqual(["briefs/ARG.pdf", "manifest.json"]);
    expect(readManifest(dir).files.map((f) => f.path)).toEqual(["briefs/ARG.pdf"]);
    expect(readFileSync(join(dir, "briefs/ARG.pdf")).equals(readFileSync(join(edition2017, "briefs/ARG.pdf")))).toBe(
      true,
    );
  });

  it("--country takes names as well as codes, and names what it cannot find", async () => {
    const run = await runCli(
      ["generate", "--edition", "2017", "--out", "by-name", "--country", "Czech Republic", "--country", "pol,est"],
      { cwd: root.dir },
    );
    expect(run, run.stderr).toMatchObject({ code: 0, stderr: "" });
    expect(listFiles(join(root.dir, "by-name", "2017"))).toEqual([
      "briefs/CZE.pdf",
      "briefs/EST.pdf",
      "briefs/POL.pdf",
      "manifest.json",
    ]);
    const unknown = await runCli(["generate", "--edition", "2017", "--out", "by-name", "--country", "Atlantis"], {
      cwd: root.dir,
    });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.split("\n")[0]).toBe("report-gen: --country Atlantis: not a country code or name we know");
  });

  it("--country ARG --force over a full output renders ARG's brief again and keeps every other file as it was", async () => {
    cpSync(out, join(root.dir, "again"), { recursive: true });
    const dir = join(root.dir, "again", "2017");
    const before = fileStates(dir);
    const run = await runCli(["generate", "--edition", "2017", "--out", "again", "--country", "ARG", "--force"], {
      cwd: root.dir,
    });
    expect(run, run.stderr).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toMatch(/^again\/2017: 1 document written \(/);
    // The manifest is written anew with the same bytes; ARG's PDF is a new file with the same bytes.
    expect(changedFiles(before, fileStates(dir))).toEqual(["briefs/ARG.pdf", "manifest.json"]);
    expect(readFileSync(join(dir, "manifest.json"), "utf8")).toBe(
      readFileSync(join(edition2017, "manifest.json"), "utf8"),
    );
  });

  it("--only appendix writes the appendix and no brief", async () => {
    const run = await runCli(["generate", "--edition", "2017", "--out", "only-appendix", "--only", "appendix"], {
      cwd: root.dir,
    });
    expect(run, run.stderr).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toMatch(/^only-appendix\/2017: 1 document written \(/);
    expect(listFiles(join(root.dir, "only-appendix", "2017"))).toEqual(["appendix.pdf", "manifest.json"]);
  });

  it("prints no P029 footnote in the briefs of an edition whose table has no P029 column", async () => {
    const dir = copyEdition(join(root.dir, "no-p029"));
    const csv = join(dir, "conventions.csv");
    // Without P029, only the countries with another action in the reporting period stay listed.
    const keep = new Set(["country", "BRN", "GIN", "JAM", "MDV", "PAK"]);
    const rows = readFileSync(csv, "utf8")
      .trimEnd()
      .split("\n")
      .filter((line) => keep.has(line.split(",")[0]!));
    writeFileSync(
      csv,
      `${rows
        .map((line) =>
          line
            .split(",")
            .filter((_, i) => i !== 6)
            .join(","),
        )
        .join("\n")}\n`,
    );
    replaceIn(
      join(dir, "edition.yaml"),
      '    - instrument: p029\n      heading: ILO Protocol of 2014 to the Forced Labour Convention\n      subheading: Ratification\n      footnote: "*"\n',
      "",
    );

    const run = await runCli(["generate", "--data", "no-p029", "--out", "no-p029-out", "--only", "briefs"], {
      cwd: root.dir,
    });
    expect(run, run.stderr).toMatchObject({ code: 0, stderr: "" });
    const written = await readBriefs(join(root.dir, "no-p029-out", "2017"));
    expect([...written.keys()]).toEqual(["BRN", "GIN", "JAM", "MDV", "PAK"]);
    // The memberships part quotes the appendix's framework documents, the UN's "-P029 Protocol of 2014 …" among them.
    const outsideMemberships = (text: string) =>
      text.replace(/\nMultilateral organizations\n[\s\S]*?Membership is not in the report/, "");
    const withFootnote = [...written]
      .filter(([, b]) => /entered into force|P029|\*/.test(outsideMemberships(b.text)))
      .map(([code]) => code);
    expect(withFootnote).toEqual([]);
    expect(written.get("BRN")!.text).toContain("of the 7 instruments");
  });
});
