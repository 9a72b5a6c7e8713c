import { describe, expect, it } from "vitest";
import { parseParticipation } from "./memberships.js";

describe("parseParticipation", () => {
  it("splits at commas outside parentheses and keeps each qualifier as published", () => {
    expect(
      parseParticipation(
        "ADB (nonregional member), Arctic Council (observer, since 2013), CE, UN Security Council (temporary)",
      ),
    ).toEqual([
      { abbreviation: "ADB", qualifier: "nonregional member", text: "ADB (nonregional member)" },
      {
        abbreviation: "Arctic Council",
        qualifier: "observer, since 2013",
        text: "Arctic Council (observer, since 2013)",
      },
      { abbreviation: "CE", qualifier: null, text: "CE" },
      { abbreviation: "UN Security Council", qualifier: "temporary", text: "UN Security Council (temporary)" },
    ]);
  });
});
