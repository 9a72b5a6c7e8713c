import { describe, expect, it } from "vitest";
import type { Organization } from "../model/organizations.js";
import { edited } from "../rules/__tests__/fixtures.js";
import { findOrganization } from "./organizations.js";

const ecowas: Organization = {
  name: "Economic Community of West African States",
  abbreviation: "ECOWAS",
  websites: [{ url: "www.ecowas.int" }],
  linkGroups: [
    { title: "Economic Community of Central African States (ECCAS)", links: [{ url: "www.ceeac-eccas.org/" }] },
  ],
  frameworkDocuments: [],
  focalPoints: ["Anti-Trafficking Unit"],
};
const oic: Organization = {
  name: "Organization of Islamic Cooperation (OIC)",
  websites: [],
  linkGroups: [],
  frameworkDocuments: [],
  focalPoints: [],
};
// UN's link group names ECOWAS too: an organization's own name wins over another's link group.
const unEcowasOic = edited((e) => {
  const un = e.organizations.organizations[0]!;
  un.linkGroups.push({ title: "Economic Community of West African States (ECOWAS):", links: [] });
  e.organizations.organizations.push(ecowas, oic);
});

describe("findOrganization", () => {
  const nameOf = (query: string) => findOrganization(unEcowasOic, query)?.name;

  it("matches an organization's name or abbreviation, in any case", () => {
    expect(nameOf("UN")).toBe("United Nations");
    expect(nameOf(" united  nations ")).toBe("United Nations");
    expect(nameOf("ecowas")).toBe("Economic Community of West African States");
    expect(nameOf("OIC")).toBe("Organization of Islamic Cooperation (OIC)");
    expect(nameOf("Organization of Islamic Cooperation")).toBe("Organization of Islamic Cooperation (OIC)");
  });

  it("matches names and abbreviations in link-group titles", () => {
    expect(nameOf("UNODC")).toBe("United Nations");
    expect(nameOf("United Nations Office on Drugs and Crime")).toBe("United Nations");
    expect(nameOf("United Nations Office on Drugs and Crime (UNODC)")).toBe("United Nations");
    expect(nameOf("ECCAS")).toBe("Economic Community of West African States");
  });

  it("reads link-group titles as the report prints them: no space before the parenthesis, a closing colon", () => {
    // Titles as the 2017 appendix prints them.
    const printed = edited((e) => {
      e.organizations.organizations[0]!.linkGroups.push(
        { title: "United Nations Sustainable Development Goals(SDGs)", links: [] },
        { title: "ILO Conventions:", links: [] },
        // A colon inside a title is part of it (the 2017 appendix, under the Mekong initiative).
        { title: "Victim Identification and Referral Mechanisms: Common Guidelines", links: [] },
      );
    });
    const found = (query: string) => findOrganization(printed, query)?.name;
    expect(found("SDGs")).toBe("United Nations");
    expect(found("United Nations Sustainable Development Goals")).toBe("United Nations");
    expect(found("ILO Conventions")).toBe("United Nations");
    expect(found("Victim Identification and Referral Mechanisms: Common Guidelines")).toBe("United Nations");
  });

  it("reads a title an editor spaced a little differently: a space before the colon, spaces after it", () => {
    // The 2017 appendix itself prints "International Labour Organization (ILO) :"; a quoted YAML value
    // keeps the spaces after a colon.
    const spaced = edited((e) => {
      e.organizations.organizations[0]!.linkGroups.push(
        { title: "International Labour Organization (ILO) :", links: [] },
        { title: "United Nations Security Council (UNSC):  ", links: [] },
        { title: "United Nations Office of the High Commissioner on Human Rights :  ", links: [] },
      );
    });
    const found = (query: string) => findOrganization(spaced, query)?.name;
    expect(found("ILO")).toBe("United Nations");
    expect(found("International Labour Organization")).toBe("United Nations");
    expect(found("UNSC")).toBe("United Nations");
    expect(found("United Nations Security Council")).toBe("United Nations");
    expect(found("United Nations Office of the High Commissioner on Human Rights")).toBe("United Nations");
  });

  it("reads a title with words after its parenthesis whole: the parenthesis is not an abbreviation there", () => {
    // As the 2017 appendix prints it under ECOWAS: the parenthesis holds the plan's years.
    const title = "ECOWAS Initial Plan of Action against Trafficking in Persons (2002-2003), extended until 2011";
    const plan = edited((e) => {
      e.organizations.organizations[0]!.linkGroups.push({ title, links: [] });
    });
    const found = (query: string) => findOrganization(plan, query)?.name;
    expect(found(title)).toBe("United Nations");
    expect(found("2002-2003")).toBeUndefined();
    expect(found("ECOWAS Initial Plan of Action against Trafficking in Persons")).toBeUndefined();
  });

  it("is undefined for an organization the edition lacks", () => {
    expect(nameOf("ASEAN")).toBeUndefined();
    expect(nameOf("")).toBeUndefined();
  });
});
