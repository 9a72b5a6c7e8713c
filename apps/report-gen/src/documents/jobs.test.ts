import { edition2017 } from "@tip/data";
import { diffEditions, publicationFacts, type Edition } from "@tip/domain";
import { describe, expect, it } from "vitest";
import { jobDocument } from "../generate/render-job.js";
import { planChangesDocument, sharedTemplatesDir } from "./jobs.js";

// A next edition: a year on, under a new title.
const before: Edition = edition2017;
const after: Edition = { ...before, year: before.year + 1, title: `${before.year + 1} Trafficking in Persons Report` };
const diff = diffEditions(before, after);
const options = { templateDirs: [sharedTemplatesDir], creationDate: new Date("2018-06-28T00:00:00Z") };

describe("planChangesDocument", () => {
  it("plans the diff's PDF as a job like the others: the changes template, both titles, the newer edition's date", () => {
    const job = planChangesDocument(diff, before, after, options);
    expect(job).toMatchObject({
      kind: "diff",
      path: `changes-${before.year}-${after.year}.pdf`,
      template: "changes",
      dirs: [sharedTemplatesDir],
      title: `Changes from ${before.title} to ${after.title}`,
      header: `Changes since the ${before.year} edition`,
      footer: publicationFacts(after).footer,
      creationDate: "2018-06-28T00:00:00.000Z",
    });
    expect(job.viewModel).toMatchObject({ total: diff.changes.length });
    expect(JSON.parse(JSON.stringify(job))).toEqual(job); // a worker thread can take it
  });

  it("takes the file name it is asked for, and builds a document from the shared templates", () => {
    const job = planChangesDocument(diff, before, after, { ...options, path: "what-changed.pdf" });
    expect(job.path).toBe("what-changed.pdf");
    expect("errors" in jobDocument(job)).toBe(false);
  });
});
