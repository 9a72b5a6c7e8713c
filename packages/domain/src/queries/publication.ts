import type { Edition } from "../model/edition.js";

/** What a document generated from an edition says about who made it, with the defaults filled in. */
export interface PublicationFacts {
  /** The organization issuing the documents, when the edition names one. */
  readonly publisher: string | null;
  /** The PDF's Author: the edition's author, else its publisher, else none. */
  readonly author: string | null;
  /** The report the documents are derived from, and who publishes it: "2017 Trafficking in Persons Report, U.S. Department of State". */
  readonly derivedFrom: string;
  /** The text on the left of every page footer. */
  readonly footer: string;
}

/**
 * Who publishes an edition's documents. By default they say they are derived from the report
 * ("Source: 2017 Trafficking in Persons Report, U.S. Department of State"), built from the
 * edition's own title and source, and name no author.
 */
export function publicationFacts(edition: Pick<Edition, "title" | "source" | "publication">): PublicationFacts {
  const settings = edition.publication ?? {};
  const derivedFrom = `${edition.title}, ${edition.source.publisher ?? edition.source.name}`;
  const publisher = settings.publisher ?? null;
  const source = `Source: ${derivedFrom}`;
  return {
    publisher,
    author: settings.author ?? publisher,
    derivedFrom,
    footer: settings.footer ?? (publisher === null ? source : `${publisher} · ${source}`),
  };
}
