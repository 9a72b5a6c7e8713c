/**
 * Every PDF the project writes is tagged (PDF/UA-1) and archival (PDF/A-3a) as far as a program can
 * check: `report-gen check-pdf` passes the appendix, every brief, a diff PDF and briefs from a
 * template override; the data rides inside; tagging moves no pixel; and one brief's structure tree
 * is kept as a golden file, reviewed by eye.
 */
import { loadEdition } from "@tip/data/load";
import { pdfPageGrey } from "@tip/pdf-engine/pdf-text";
import { renderPdfToBuffer } from "@tip/pdf-engine";
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { planDocuments, sharedTemplatesDir } from "../src/documents/jobs.js";
import { jobDocument } from "../src/generate/render-job.js";
import { isElement, readPdfFacts, type StructElement } from "../src/check-pdf/facts.js";
import { buildBriefView } from "../src/views/brief.js";
import { replaceIn } from "./support/editions.js";
import { cli, tempEditions } from "./support/in-process-cli.js";
import { pdfInfo } from "./support/pdf.js";

const run = promisify(execFile);

let root = "";
let pdfs: string[] = [];

/** An editor's override of the brief: every element the markup has, a contents list included. */
const OVERRIDE = `<toc title="On this page"/>
<h1>{{country.name}}</h1>
<p>Prepared for review, with <a href="https://www.state.gov/">a link</a> and <em>emphasis</em>.</p>
<h2>Instruments</h2>
<ol>{{#each parties}}<li>{{label}}</li>{{/each}}</ol>
<ul><li>First point</li><li>Second point, with <strong>strong</strong> words</li></ul>
<h3>As a table</h3>
<table widths="*,*,*"><thead><tr><th>Instrument</th><th colspan="2">Status and notation</th></tr></thead>
<tbody>{{#each instruments}}<tr><th>{{label}}</th><td>{{status}}</td><td>{{notation}}</td></tr>{{/each}}</tbody></table>
<h2>Over time</h2>
<chart ref="timeline" width="300"/>
`;

beforeAll(async () => {
  ({ root } = tempEditions());
  // From the copy, with no edition after 2017 yet: what a brief says depends on whether a newer one exists.
  const generated = await cli(["generate", "--data", "editions", "--edition", "2017", "--out", "out", "--quiet"], root);
  expect(generated.stderr).toBe("");
  // A second edition to compare, with a few changes (a test fixture, not data).
  expect((await cli(["edition", "new", "2018", "--from", "2017", "--data", "editions"], root)).code).toBe(0);
  const next = join(root, "editions", "2018");
  writeFileSync(
    join(next, "conventions.csv"),
    "country,name,palermo,opsc,opac,c029,p029,c105,c182,c189\nGIN,Guinea,2004(a),2011(a),2016(a),1959,2017,1961,2003,—\n",
  );
  replaceIn(join(next, "edition.yaml"), "between April 2016 and March 2017", "between April 2017 and March 2018");
  // The scaffold leaves the release date for the editor: a made-up one for this fixture.
  writeFileSync(
    join(next, "edition.yaml"),
    readFileSync(join(next, "edition.yaml"), "utf8").replace(/^published:.*$/m, "published: 2018-06-28"),
  );
  const diff = await cli(
    ["diff", "2017", "2018", "--data", "editions", "--format", "pdf", "--out", "changes.pdf"],
    root,
  );
  expect(diff.stderr).toBe("");
  writeFileSync(join(next, "templates", "brief.hbs"), OVERRIDE);
  const overridden = await cli(
    ["generate", "--data", "editions/2018", "--out", "out", "--quiet", "--allow-unreviewed"],
    root,
  );
  expect(overridden.stderr).toBe("");
  const briefs = (year: string) =>
    readdirSync(join(root, "out", year, "briefs")).map((name) => join(root, "out", year, "briefs", name));
  pdfs = [
    join(root, "out", "2017", "appendix.pdf"),
    ...briefs("2017"),
    join(root, "changes.pdf"),
    join(root, "out", "2018", "appendix.pdf"),
    ...briefs("2018"),
  ];
});

describe("accessible, archival PDFs", () => {
  it("pass check-pdf: the appendix, every brief, a diff PDF and briefs from a template override", async () => {
    const checked = await cli(["check-pdf", ...pdfs], root);
    expect(checked.stdout).toBe("");
    expect(checked.stderr).toBe(`${pdfs.length} of ${pdfs.length} PDFs pass\n`);
    expect(checked.code).toBe(0);
  });

  it("are tagged, PDF 1.7, with the title shown", async () => {
    for (const file of [pdfs[0]!, pdfs[1]!]) {
      const info = await pdfInfo(readFileSync(file));
      expect(info).toMatchObject({ Tagged: "yes", "PDF version": "1.7", Encrypted: "no", "Metadata Stream": "yes" });
    }
  });

  it("carry their data: the appendix the edition, each brief its country's row, exactly", async () => {
    const loaded = await loadEdition(join(root, "editions", "2017"));
    if (!loaded.ok) throw new Error("the 2017 edition does not load");
    const edition = loaded.edition;
    const out = mkdtempSync(join(root, "detached-"));
    await run("pdfdetach", ["-saveall", "-o", out, join(root, "out", "2017", "appendix.pdf")]);
    expect(JSON.parse(readFileSync(join(out, "tip-report-2017.json"), "utf8"))).toEqual(
      JSON.parse(JSON.stringify(edition)),
    );
    const row = edition.conventions.rows[0]!;
    await run("pdfdetach", ["-saveall", "-o", out, join(root, "out", "2017", "briefs", `${row.country}.pdf`)]);
    const carried = JSON.parse(readFileSync(join(out, `${row.country}.json`), "utf8")) as {
      row: unknown;
      edition: { year: number };
    };
    expect(carried.row).toEqual(JSON.parse(JSON.stringify(row)));
    expect(carried.edition.year).toBe(2017);
  });

  it("read as the golden structure tree (pdfinfo -struct-text of the 2017 brief of France, reviewed by eye)", async () => {
    const { stdout } = await run("pdfinfo", ["-struct-text", join(root, "out", "2017", "briefs", "FRA.pdf")]);
    const golden = new URL("./golden/FRA-2017.structure.txt", import.meta.url);
    if (process.env["UPDATE_GOLDEN"]) writeFileSync(golden, stdout);
    expect(stdout).toBe(readFileSync(golden, "utf8"));
  });

  it("describe the chart in the words the brief's view writes beside the drawing", async () => {
    const loaded = await loadEdition(join(root, "editions", "2017"));
    if (!loaded.ok) throw new Error("the 2017 edition does not load");
    const country = loaded.edition.conventions.rows[0]!.country;
    const facts = await readPdfFacts(join(root, "out", "2017", "briefs", `${country}.pdf`));
    const figures: StructElement[] = [];
    const walk = (element: StructElement) =>
      element.type === "Figure" ? figures.push(element) : element.kids.filter(isElement).forEach(walk);
    facts.structure?.forEach(walk);
    expect(figures.map((figure) => figure.alt)).toEqual([
      buildBriefView(loaded.edition, country).chartAlternatives.timeline,
    ]);
  });

  it("look exactly as untagged ones: every page's pixels are the same", async () => {
    const loaded = await loadEdition(join(root, "editions", "2017"));
    if (!loaded.ok) throw new Error("the 2017 edition does not load");
    const [appendix, brief] = planDocuments(loaded.edition, {
      templateDirs: [sharedTemplatesDir],
      creationDate: new Date("2017-06-27T00:00:00Z"),
    });
    for (const job of [appendix!, brief!]) {
      const [tagged, untagged] = [jobDocument(job), jobDocument(job, { tagged: false })];
      if ("errors" in tagged || "errors" in untagged) throw new Error("the shipped templates do not build");
      const [a, b] = [await renderPdfToBuffer(tagged.docDefinition), await renderPdfToBuffer(untagged.docDefinition)];
      expect((await pdfInfo(b))["Tagged"]).toBe("no");
      const pages = Number((await pdfInfo(a))["Pages"]);
      expect(Number((await pdfInfo(b))["Pages"])).toBe(pages);
      for (let page = 1; page <= pages; page++) {
        const [x, y] = [await pdfPageGrey(a, { page, dpi: 72 }), await pdfPageGrey(b, { page, dpi: 72 })];
        expect(Buffer.from(x.pixels).equals(Buffer.from(y.pixels)), `${job.path} page ${page}`).toBe(true);
      }
    }
  });
});
