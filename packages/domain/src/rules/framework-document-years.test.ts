import { describe, expect, it } from "vitest";
import { edited, minimalEdition } from "./__tests__/fixtures.js";
import { frameworkDocumentYears } from "./framework-document-years.js";

const yearsNotInTitles = edited((e) => {
  e.organizations.organizations[0]!.frameworkDocuments = [
    {
      title: "Program of Cooperation between the CIS Member States against Trafficking in Persons for 2014–2018",
      years: [2014, 2018],
    },
    {
      title: "United Nations Global Plan of Action to Combat Trafficking in Persons (A/RES/64/293) (2010)",
      years: [2010, 2011],
    },
  ];
});

describe("framework-document-years", () => {
  it("passes the minimal edition", () => {
    expect(frameworkDocumentYears.check(minimalEdition())).toEqual([]);
  });

  it("reports every listed year its title does not show", () => {
    const title = "United Nations Global Plan of Action to Combat Trafficking in Persons (A/RES/64/293) (2010)";
    expect(frameworkDocumentYears.check(yearsNotInTitles)).toEqual([
      {
        path: ["organizations", "organizations", 0, "frameworkDocuments", 1, "years", 1],
        subject: `${title}/2011`,
        message: `United Nations: "${title}" is listed with the year 2011, which its title does not show`,
        hint: "list only the years printed in the title, or correct the title",
      },
    ]);
  });
});
