import { loadEdition } from "@tip/data/load";
import type { Edition } from "@tip/domain";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { planDocuments, sharedTemplatesDir, type PlanOptions } from "../documents/jobs.js";
import { planLazily } from "./plan.js";

const shipped2017 = fileURLToPath(new URL("../../../../packages/data/editions/2017/", import.meta.url));
let edition: Edition;

beforeAll(async () => {
  const loaded = await loadEdition(shipped2017);
  if (!loaded.ok) throw new Error("the shipped 2017 edition does not load");
  edition = loaded.edition;
});

const options = (more: Partial<PlanOptions> = {}): PlanOptions => ({
  templateDirs: [sharedTemplatesDir],
  creationDate: new Date("2017-06-27T00:00:00Z"),
  ...more,
});

describe("planLazily", () => {
  // A brief is built from an edition holding only its row: if a brief ever shows more of the table, this fails.
  it.each([
    ["every document", options()],
    ["briefs", options({ only: "brief" })],
    ["the appendix", options({ only: "appendix" })],
    ["some countries", options({ countries: ["FIN", "ARG"] })],
  ])("plans %s exactly as planDocuments does", (_, planOptions) => {
    const planned = planLazily(edition, planOptions);
    const jobs = planned.map((doc) => doc.build());
    expect(jobs).toEqual(planDocuments(edition, planOptions));
    expect(planned.map((doc) => [doc.kind, doc.path, doc.country])).toEqual(
      jobs.map((job) => [job.kind, job.path, job.country]),
    );
  });
});
