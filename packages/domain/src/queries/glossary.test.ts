import { describe, expect, it } from "vitest";
import { minimalEdition } from "../rules/__tests__/fixtures.js";
import { abbreviationFor, expandAbbreviation } from "./glossary.js";

describe("glossary look-up", () => {
  const edition = minimalEdition();

  it("expands an abbreviation, ignoring case and spacing", () => {
    expect(expandAbbreviation(edition, "UNODC")).toBe("United Nations Office on Drugs and Crime");
    expect(expandAbbreviation(edition, " unodc ")).toBe("United Nations Office on Drugs and Crime");
    expect(expandAbbreviation(edition, "ASEAN")).toBeUndefined();
  });

  it("finds the abbreviation for a full name, ignoring case and spacing", () => {
    expect(abbreviationFor(edition, "United Nations Office on Drugs and Crime")).toBe("UNODC");
    expect(abbreviationFor(edition, "  united nations\n office ON drugs and crime")).toBe("UNODC");
    expect(abbreviationFor(edition, "United Nations Office")).toBeUndefined();
  });
});
