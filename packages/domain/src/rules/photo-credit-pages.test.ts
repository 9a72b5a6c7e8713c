import { describe, expect, it } from "vitest";
import { edited, minimalEdition } from "./__tests__/fixtures.js";
import { photoCreditPages } from "./photo-credit-pages.js";

const backwardsAndSinglePageRanges = edited((e) => {
  const credits = [{ credit: "Ian Berry/Magnum Photos" }];
  e.photoCredits.credits = [
    { place: { kind: "pages", from: 36, to: 37 }, credits },
    { place: { kind: "pages", from: 45, to: 44 }, credits },
    { place: { kind: "pages", from: 53, to: 53 }, credits },
  ];
});

describe("photo-credit-pages", () => {
  it("passes the minimal edition", () => {
    expect(photoCreditPages.check(minimalEdition())).toEqual([]);
  });

  it("reports every range that does not run from a lower page to a higher one", () => {
    const hint = "write the first page then the last (36-37); a single page is a place of kind page";
    expect(photoCreditPages.check(backwardsAndSinglePageRanges)).toEqual([
      {
        path: ["photoCredits", "credits", 1, "place"],
        subject: "Pages 45-44",
        message: '"Pages 45-44" does not run from a lower page to a higher one',
        hint,
      },
      {
        path: ["photoCredits", "credits", 2, "place"],
        subject: "Pages 53-53",
        message: '"Pages 53-53" does not run from a lower page to a higher one',
        hint,
      },
    ]);
  });
});
