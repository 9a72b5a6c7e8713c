import { describe, expect, it } from "vitest";
import { standardHelpers, TemplateHelperError } from "./helpers.js";

const { eq, join, plural, yearOf, formatNumber } = standardHelpers;

describe("standard helpers", () => {
  it("compare, join and pluralise", () => {
    expect([eq("2", "2"), eq(2, "2")]).toEqual([true, false]);
    expect([join(["Chad", "Mali"]), join(["Chad", 2017], " · ")]).toEqual(["Chad, Mali", "Chad · 2017"]);
    expect([plural(1, "party", "parties"), plural(0, "party", "parties")]).toEqual(["party", "parties"]);
  });

  it("read years and format numbers", () => {
    expect([yearOf("2017-06-27"), yearOf(new Date(Date.UTC(2016, 3, 1))), yearOf(2017)]).toEqual([2017, 2016, 2017]);
    expect([formatNumber(107574), formatNumber(107574, "compact")]).toEqual(["107,574", "108K"]);
  });

  it("explain what they expected when given the wrong thing", () => {
    expect(() => join("Chad")).toThrow(new TemplateHelperError('join expects a list, got "Chad"'));
    expect(() => plural(undefined, "a", "b")).toThrow("plural expects a number, got nothing");
    expect(() => yearOf("soon")).toThrow(TemplateHelperError);
    expect(() => formatNumber(1, "roman")).toThrow(
      "formatNumber expects one of standard, compact, scientific, engineering",
    );
  });
});
