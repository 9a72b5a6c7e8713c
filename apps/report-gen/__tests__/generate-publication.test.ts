/**
 * Who the documents say made them: by default they are derived from the report and name no
 * author; an edition's `publication` settings name the publisher, author and footer instead.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyEdition, replaceIn, tempRoot } from "./support/editions.js";
import { pdfInfo, pdfPages, readPdf } from "./support/pdf.js";
import { runCli } from "./support/run-cli.js";

const root = tempRoot("publication");
afterAll(() => root.remove());

/** Each page's last line (the footer, in layout mode) and the PDF's metadata. */
async function read(file: string) {
  const pdf = readPdf(file);
  const pages = await pdfPages(pdf, { mode: "layout" });
  const footers = pages.map((p) => p.trimEnd().split("\n").at(-1)!.replace(/\s+/g, " ").trim());
  return { footers, info: await pdfInfo(pdf) };
}

async function generate(dir: string, out: string, ...args: string[]) {
  const run = await runCli(["generate", "--data", dir, "--out", out, ...args], { cwd: root.dir });
  expect(run, run.stderr).toMatchObject({ code: 0, stderr: "" });
}

describe("by default", () => {
  let appendix: Awaited<ReturnType<typeof read>>;
  let brief: Awaited<ReturnType<typeof read>>;
  beforeAll(async () => {
    const dir = copyEdition(join(root.dir, "default", "2017"));
    await generate(dir, "out-default", "--country", "POL");
    await generate(dir, "out-default", "--only", "appendix");
    appendix = await read(join(root.dir, "out-default", "2017", "appendix.pdf"));
    brief = await read(join(root.dir, "out-default", "2017", "briefs", "POL.pdf"));
  });

  it("says on every page that the document is derived from the report, and names no author", () => {
    for (const { footers, info } of [appendix, brief]) {
      expect(
        footers.filter(
          (f, i) =>
            f !==
            `Source: 2017 Trafficking in Persons Report, U.S. Department of State Page ${i + 1} of ${footers.length}`,
        ),
      ).toEqual([]);
      expect(info["Author"]).toBeUndefined();
      expect(info["Creator"]).toBe("@tip/report-gen");
    }
  });
});

describe("with the edition's publication settings", () => {
  let appendix: Awaited<ReturnType<typeof read>>;
  let brief: Awaited<ReturnType<typeof read>>;
  beforeAll(async () => {
    const dir = copyEdition(join(root.dir, "set", "2017"));
    replaceIn(
      join(dir, "edition.yaml"),
      "conventions:\n",
      "publication:\n  publisher: Example Research Institute\n  author: Jane Analyst\n  footer: Prepared by Example Research Institute from the 2017 TIP Report\nconventions:\n",
    );
    await generate(dir, "out-set", "--country", "POL");
    await generate(dir, "out-set", "--only", "appendix");
    appendix = await read(join(root.dir, "out-set", "2017", "appendix.pdf"));
    brief = await read(join(root.dir, "out-set", "2017", "briefs", "POL.pdf"));
  });

  it("puts the footer, author and publisher where a reader looks", () => {
    for (const { footers, info } of [appendix, brief]) {
      expect(
        footers.filter(
          (f, i) =>
            f !== `Prepared by Example Research Institute from the 2017 TIP Report Page ${i + 1} of ${footers.length}`,
        ),
      ).toEqual([]);
      expect(info).toMatchObject({ Author: "Jane Analyst", Creator: "Example Research Institute (@tip/report-gen)" });
    }
  });
});
