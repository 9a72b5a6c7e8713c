import { describe, expect, it } from "vitest";
import { runningFooter, runningHeader } from "./page-furniture.js";

const letter = { width: 612, height: 792 };

describe("page furniture", () => {
  it("leaves the running header off the first page", () => {
    const header = runningHeader("TIP Report 2017");
    expect(header(1, 3, letter)).toBeNull();
    expect(JSON.stringify(header(2, 3, letter))).toContain("TIP Report 2017");
  });

  it("numbers pages as Page N of M", () => {
    expect(JSON.stringify(runningFooter("U.S. Department of State")(2, 7, letter))).toContain('"Page 2 of 7"');
  });

  it("draws the header rule across the page's text width, landscape too", () => {
    const rule = (size: typeof letter) => JSON.stringify(runningHeader("h")(2, 2, size)).match(/"x2":(\d+)/)?.[1];
    expect([rule(letter), rule({ width: 792, height: 612 })]).toEqual(["558", "738"]);
  });
});
