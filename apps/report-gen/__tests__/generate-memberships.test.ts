/**
 * Each brief lists the organizations of the edition's multilateral organizations table that its
 * country belongs to, with the appendix's framework documents and focal points, says which
 * organizations the membership source does not cover, and cites the source.
 */
import { countryMemberships, parseParticipation, type Edition } from "@tip/domain";
import { loadEdition } from "@tip/data/load";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyEdition, replaceIn, shipped2017, tempRoot } from "./support/editions.js";
import { missingFrom, rawPages, readPdf, squash } from "./support/pdf.js";
import { runCli } from "./support/run-cli.js";
import { pdfLinks } from "@tip/pdf-engine/pdf-text";

const root = tempRoot("memberships");
afterAll(() => root.remove());

let edition: Edition;
const briefs = new Map<string, string>();

async function briefText(out: string, code: string): Promise<string> {
  return (await rawPages(readPdf(join(root.dir, out, "2017", "briefs", `${code}.pdf`)))).join("\n");
}

beforeAll(async () => {
  const loaded = await loadEdition(shipped2017);
  if (!loaded.ok) throw new Error("the shipped 2017 edition does not load");
  edition = loaded.edition;
  const run = await runCli(["generate", "--edition", "2017", "--out", "out", "--only", "briefs"], { cwd: root.dir });
  expect(run, run.stderr).toMatchObject({ code: 0, stderr: "" });
  for (const row of edition.conventions.rows) briefs.set(row.country, await briefText("out", row.country));
});

/** The table's organizations a country's participation list names without a qualifier, read from the data here. */
function expectedMembers(code: string): string[] {
  const m = edition.memberships!;
  const entries = parseParticipation(m.countries.find((c) => c.country === code)!.participation);
  return edition.organizations.organizations
    .filter((o) => {
      const mapping = m.organizations.find((x) => x.organization === (o.abbreviation ?? o.name));
      return (
        mapping !== undefined &&
        "factbook" in mapping &&
        entries.some((e) => e.abbreviation === mapping.factbook && e.qualifier === null)
      );
    })
    .map((o) => o.name);
}

describe("briefs: multilateral organizations", () => {
  it("lists, in every brief, each organization its country belongs to with its framework documents and focal points", () => {
    const missing = edition.conventions.rows.flatMap((row) => {
      const text = briefs.get(row.country)!;
      const members = edition.organizations.organizations.filter((o) => expectedMembers(row.country).includes(o.name));
      const facts = members.flatMap((o) => [o.name, ...o.frameworkDocuments.map((d) => d.title), ...o.focalPoints]);
      return [
        ...missingFrom(text, facts).map((f) => `${row.country}: ${f}`),
        ...(squash(text).includes(squash(`is a member of ${members.length}`))
          ? []
          : [`${row.country}: no count of ${members.length}`]),
      ];
    });
    expect(missing).toEqual([]);
  });

  it("names France's memberships and observer seats as the 2017-03-28 Factbook gives them", () => {
    const text = squash(briefs.get("FRA")!);
    for (const name of [
      "United Nations (UN)",
      "Council of Europe (COE)",
      "European Union (EU)",
      "Organization for Security and Cooperation in Europe (OSCE)",
    ]) {
      expect(text).toContain(squash(name));
    }
    expect(text).toContain(squash("is a member of 4"));
    expect(text).toContain(
      squash(
        "not as a member, in: Council of the Baltic Sea States (CBSS), observer; Organization of American States (OAS), observer.",
      ),
    );
    expect(text).not.toContain(squash("African Union"));
  });

  it("says which organizations of the table the source does not cover, and cites the source with its commit", () => {
    const missing = edition.conventions.rows.flatMap((row) => {
      const text = briefs.get(row.country)!;
      const m = countryMemberships(edition, row.country)!;
      return missingFrom(text, [
        `Not covered by the source: Bali Process (${m.notCovered[0]!.reason}); COMMIT (${m.notCovered[1]!.reason}); RCM (${m.notCovered[2]!.reason}).`,
        `Source: CIA World Factbook, "International organization participation", as of 2017-03-28 (factbook/factbook.json, ${m.file} at commit 2ea746ff)`,
      ]).map((f) => `${row.country}: ${f}`);
    });
    expect(missing).toEqual([]);
  });

  it("says so when the edition's membership data has no entry for the country, or records no memberships", async () => {
    const dir = copyEdition(join(root.dir, "edited", "2017"));
    replaceIn(join(dir, "memberships.yaml"), "  - country: POL\n", "  - country: DEU\n");
    const run = await runCli(["generate", "--data", dir, "--out", "out-edited", "--country", "POL"], { cwd: root.dir });
    expect(run, run.stderr).toMatchObject({ code: 0, stderr: "" });
    const edited = squash(await briefText("out-edited", "POL"));
    expect(edited).toContain(
      squash(
        "This edition’s membership data has no entry for Poland: which of the table’s organizations it belongs to is not recorded.",
      ),
    );
    // The source was not read for Poland: nothing may be said of what it records, and the citation
    // leads to the commit's tree, not to a file pattern.
    expect(edited).not.toContain(squash("source records nothing"));
    const links = (await pdfLinks(readPdf(join(root.dir, "out-edited", "2017", "briefs", "POL.pdf")))).map(
      (l) => l.url,
    );
    const { repository, commit } = edition.memberships!.source;
    expect(links).toContain(`https://github.com/${repository}/tree/${commit}`);
    expect(links.filter((url) => url.includes("*"))).toEqual([]);

    rmSync(join(dir, "memberships.yaml"));
    const again = await runCli(["generate", "--data", dir, "--out", "out-none", "--country", "POL"], { cwd: root.dir });
    expect(again, again.stderr).toMatchObject({ code: 0, stderr: "" });
    const text = squash(await briefText("out-none", "POL"));
    expect(text).toContain(squash("This edition records no memberships of multilateral organizations."));
    expect(text).not.toContain(squash("Factbook"));
  });
});
