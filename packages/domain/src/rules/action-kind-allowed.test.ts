import { describe, expect, it } from "vitest";
import { minimalEdition, row, withRows } from "./__tests__/fixtures.js";
import { actionKindAllowed } from "./action-kind-allowed.js";

const c029AccededTo = withRows(
  row("ARG", "Argentina", { palermo: "2002(d)", opac: "2002", c029: "1950(a)", p029: "2016(A)" }),
  row("BRN", "Brunei", { palermo: "—", opac: "2016(a)", c029: "—", p029: "—" }),
);

describe("action-kind-allowed", () => {
  it("passes the minimal edition", () => {
    expect(actionKindAllowed.check(minimalEdition())).toEqual([]);
  });

  it("reports every ILO instrument acceded to or accepted, and allows any UN code", () => {
    const ilo = "ratification (the year alone)";
    expect(actionKindAllowed.check(c029AccededTo)).toEqual([
      {
        path: ["conventions", "rows", 0, "cells", "c029"],
        subject: "ARG/c029",
        message:
          "Argentina (ARG), ILO Convention 29 (Forced Labour): 1950(a) is coded as accession (a), which ILO Convention 29 (Forced Labour) does not take",
        hint: `ILO Convention 29 (Forced Labour) takes only ${ilo}`,
      },
      {
        path: ["conventions", "rows", 0, "cells", "p029"],
        subject: "ARG/p029",
        message:
          "Argentina (ARG), ILO Protocol of 2014 to the Forced Labour Convention: 2016(A) is coded as acceptance (A), which ILO Protocol of 2014 to the Forced Labour Convention does not take",
        hint: `ILO Protocol of 2014 to the Forced Labour Convention takes only ${ilo}`,
      },
    ]);
  });
});
