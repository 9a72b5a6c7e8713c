import { describe, expect, it } from "vitest";
import { instrument } from "./instruments.js";

describe("instrument", () => {
  it("gives a developer an instrument's titles, dates and the actions it takes, by its id", () => {
    const c29 = instrument("c029");
    expect([c29.shortTitle, c29.fullTitle, c29.adopted]).toEqual([
      "ILO Convention 29 (Forced Labour)",
      "Forced Labour Convention, 1930 (No. 29)",
      "1930-06-28",
    ]);
    // ILO instruments are only ratified; the Palermo Protocol also takes accessions and more.
    expect(c29.actionKinds).toEqual(["ratification"]);
    expect(instrument("palermo").actionKinds).toContain("accession");
  });
});
