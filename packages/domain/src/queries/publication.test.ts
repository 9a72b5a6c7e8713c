import { describe, expect, it } from "vitest";
import { publicationFacts } from "./publication.js";

const edition = {
  title: "2031 Trafficking in Persons Report",
  source: {
    name: "U.S. Department of State, Office to Monitor and Combat Trafficking in Persons",
    url: "https://www.state.gov/tipreport",
    publisher: "U.S. Department of State",
  },
};

describe("publicationFacts", () => {
  it("says by default that the documents are derived from the edition's report, and names no author", () => {
    expect(publicationFacts(edition)).toEqual({
      publisher: null,
      author: null,
      derivedFrom: "2031 Trafficking in Persons Report, U.S. Department of State",
      footer: "Source: 2031 Trafficking in Persons Report, U.S. Department of State",
    });
  });

  it("credits the source's name when it gives no publisher", () => {
    const { publisher: _, ...source } = edition.source;
    expect(publicationFacts({ ...edition, source }).footer).toBe(
      "Source: 2031 Trafficking in Persons Report, U.S. Department of State, Office to Monitor and Combat Trafficking in Persons",
    );
  });

  it("names a publisher in the footer and as the author unless an author is given", () => {
    expect(publicationFacts({ ...edition, publication: { publisher: "Example Institute" } })).toMatchObject({
      author: "Example Institute",
      footer: "Example Institute · Source: 2031 Trafficking in Persons Report, U.S. Department of State",
    });
    expect(
      publicationFacts({ ...edition, publication: { publisher: "Example Institute", author: "J. Doe" } }).author,
    ).toBe("J. Doe");
  });

  it("uses the edition's footer as written", () => {
    expect(publicationFacts({ ...edition, publication: { footer: "Prepared from the TIP Report" } }).footer).toBe(
      "Prepared from the TIP Report",
    );
  });
});
