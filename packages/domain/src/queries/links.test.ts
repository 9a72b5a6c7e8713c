import { describe, expect, it } from "vitest";
import { linkHref } from "./links.js";

describe("linkHref", () => {
  it("keeps http(s) links as published", () => {
    expect(linkHref("https://conduct.unmissions.org/")).toBe("https://conduct.unmissions.org/");
    expect(linkHref("http://www.nato.int/cps/en/natolive/topics_50315.htm")).toBe(
      "http://www.nato.int/cps/en/natolive/topics_50315.htm",
    );
  });

  it("links a published scheme-less host as http", () => {
    expect(linkHref("www.un.org")).toBe("http://www.un.org");
    expect(linkHref("www.cis.minsk.by/")).toBe("http://www.cis.minsk.by/");
    expect(linkHref("www.oas.org/dsp/english/cpo_trata.asp")).toBe("http://www.oas.org/dsp/english/cpo_trata.asp");
  });

  it("refuses anything else", () => {
    for (const url of [
      "",
      " ",
      "ftp://ftp.un.org",
      "javascript:alert(1)",
      "mailto:tip@state.gov",
      "www.un .org",
      "http://",
      "un",
      "-http://www.un.org/",
    ]) {
      expect(linkHref(url), url).toBeUndefined();
    }
  });
});
