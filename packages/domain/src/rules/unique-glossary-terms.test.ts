import { describe, expect, it } from "vitest";
import { edited, minimalEdition } from "./__tests__/fixtures.js";
import { uniqueGlossaryTerms } from "./unique-glossary-terms.js";

const unodcTwice = edited((e) => {
  e.glossary.entries.push({ term: "unodc ", definition: "United Nations Office on Drugs and Crime" });
});

describe("unique-glossary-terms", () => {
  it("passes the minimal edition", () => {
    expect(uniqueGlossaryTerms.check(minimalEdition())).toEqual([]);
  });

  it("reports a term listed twice, ignoring case and spacing", () => {
    expect(uniqueGlossaryTerms.check(unodcTwice)).toEqual([
      {
        path: ["glossary", "entries", 2, "term"],
        subject: "unodc ",
        message: 'the glossary term "unodc " is listed twice',
        first: { path: ["glossary", "entries", 1, "term"], fallback: "entry 2" },
        hint: "merge the two entries into one",
      },
    ]);
  });
});
