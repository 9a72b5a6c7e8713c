import { describe, expect, it } from "vitest";
import { edited, minimalEdition } from "./__tests__/fixtures.js";
import { linksHttp } from "./links-http.js";

// Scheme-less hosts as the 2017 report prints them are accepted.
const publishedSchemelessHosts = edited((e) => {
  e.organizations.organizations[0]!.websites = [
    { url: "www.un.org" },
    { url: "www.cis.minsk.by/" },
    { url: "www.oas.org/en/default.asp" },
  ];
});

const linksThatAreNotWeb = edited((e) => {
  e.source.url = "ftp://ftp.state.gov/tipreport";
  e.conventions.intro = "Write to <mailto:tip@state.gov>.";
  e.peacekeeping.organizations[0]!.links = ["http://www.osce.org/what/trafficking", "javascript:alert(1)"];
  const un = e.organizations.organizations[0]!;
  un.websites = [{ url: "www.un .org" }];
  un.linkGroups[0]!.links.push({ url: " " });
  e.closingNote.paragraphs.push("See <https://www.state.gov/j/tip/>.");
});

// One mail link (inline text links http(s) and mailto:) in each of the other places an edition
// prints links: a source left out of the rule's input would let its link through.
const badLinkInEveryOtherSource = edited((e) => {
  e.conventions.footnotes[0]!.text = "See <mailto:ilo@ilo.org>.";
  e.peacekeeping.intro = "As required by law <mailto:pk@state.gov>.";
  e.notes[0]!.text = "Rates: <mailto:rates@fiscal.treasury.gov>";
  e.closingNote.paragraphs.push("Write to <mailto:tip@state.gov>.");
});

describe("links-http", () => {
  it("passes the minimal edition and the published scheme-less hosts", () => {
    expect(linksHttp.check(minimalEdition())).toEqual([]);
    expect(linksHttp.check(publishedSchemelessHosts)).toEqual([]);
  });

  it("reports every link that is not http(s), wherever it stands", () => {
    const hint = "write the address as http://… or https://… (or a bare host such as www.un.org), with no spaces";
    expect(linksHttp.check(linksThatAreNotWeb)).toEqual([
      {
        path: ["source", "url"],
        subject: "ftp://ftp.state.gov/tipreport",
        message: '"ftp://ftp.state.gov/tipreport" is not an http(s) link',
        hint,
      },
      {
        path: ["conventions", "intro"],
        subject: "mailto:tip@state.gov",
        message: '"mailto:tip@state.gov" is not an http(s) link',
        hint,
      },
      {
        path: ["peacekeeping", "organizations", 0, "links", 1],
        subject: "javascript:alert(1)",
        message: '"javascript:alert(1)" is not an http(s) link',
        hint,
      },
      {
        path: ["organizations", "organizations", 0, "websites", 0, "url"],
        subject: "www.un .org",
        message: '"www.un .org" is not an http(s) link',
        hint,
      },
      {
        path: ["organizations", "organizations", 0, "linkGroups", 0, "links", 1, "url"],
        subject: " ",
        message: '" " is not an http(s) link',
        hint,
      },
    ]);
  });

  it("reads the links of footnotes, the peacekeeping introduction, notes and the closing note", () => {
    expect(linksHttp.check(badLinkInEveryOtherSource).map((p) => [p.path, p.subject])).toEqual([
      [["conventions", "footnotes", 0, "text"], "mailto:ilo@ilo.org"],
      [["peacekeeping", "intro"], "mailto:pk@state.gov"],
      [["notes", 0, "text"], "mailto:rates@fiscal.treasury.gov"],
      [["closingNote", "paragraphs", 1], "mailto:tip@state.gov"],
    ]);
  });
});
