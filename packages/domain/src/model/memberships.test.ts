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

describe("parseParticipation, on lists as sources print them", () => {
  it("skips empty entries, trims each, and survives an unbalanced parenthesis", () => {
    expect(parseParticipation(" OAS ,, UN (observer) , ")).toEqual([
      { abbreviation: "OAS", qualifier: null, text: "OAS" },
      { abbreviation: "UN", qualifier: "observer", text: "UN (observer)" },
    ]);
    // A stray ")" must not make the next comma look nested.
    expect(parseParticipation("CE), UN").map((e) => e.text)).toEqual(["CE)", "UN"]);
    expect(parseParticipation("ASEAN (dialogue partner)x, UN").map((e) => e.qualifier)).toEqual([null, null]);
    // A qualifier with no space before it, and one with parentheses inside.
    expect(parseParticipation("UN(observer)")).toEqual([
      { abbreviation: "UN", qualifier: "observer", text: "UN(observer)" },
    ]);
    expect(parseParticipation("WTO (observer (since 2014), candidate), UN").map((e) => e.text)).toEqual([
      "WTO (observer (since 2014), candidate)",
      "UN",
    ]);
  });
});
