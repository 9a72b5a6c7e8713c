import type { DataPath } from "../issues.js";
import type { Edition } from "../model/edition.js";
import { inlineLinks } from "../model/text.js";
import { linkHref } from "../queries/links.js";
import { defineRule } from "./rule.js";

interface PublishedLink {
  readonly url: string;
  readonly path: DataPath;
}

/** Every link the edition publishes, with where it stands. */
function publishedLinks(edition: Edition): PublishedLink[] {
  const inline = (text: string, path: DataPath) => inlineLinks(text).map((url) => ({ url, path }));
  const { conventions, peacekeeping, organizations } = edition;
  return [
    { url: edition.source.url, path: ["source", "url"] },
    ...inline(conventions.intro, ["conventions", "intro"]),
    ...conventions.footnotes.flatMap((f, i) => inline(f.text, ["conventions", "footnotes", i, "text"])),
    ...inline(peacekeeping.intro, ["peacekeeping", "intro"]),
    ...peacekeeping.organizations.flatMap((o, k) =>
      o.links.map((url, j) => ({ url, path: ["peacekeeping", "organizations", k, "links", j] })),
    ),
    ...organizations.organizations.flatMap((o, k) => {
      const at = ["organizations", "organizations", k];
      return [
        ...o.websites.map((w, j) => ({ url: w.url, path: [...at, "websites", j, "url"] })),
        ...o.linkGroups.flatMap((g, n) =>
          g.links.map((l, j) => ({ url: l.url, path: [...at, "linkGroups", n, "links", j, "url"] })),
        ),
      ];
    }),
    ...edition.notes.flatMap((n, i) => inline(n.text, ["notes", i, "text"])),
    ...edition.closingNote.paragraphs.flatMap((p, i) => inline(p, ["closingNote", "paragraphs", i])),
  ];
}

export const linksHttp = defineRule({
  name: "links-http",
  description: "Every link is an http(s) address, or a published scheme-less host such as www.un.org.",
  check(edition) {
    return publishedLinks(edition)
      .filter((link) => linkHref(link.url) === undefined)
      .map(({ url, path }) => ({
        path,
        subject: url,
        message: `"${url}" is not an http(s) link`,
        hint: "write the address as http://… or https://… (or a bare host such as www.un.org), with no spaces",
      }));
  },
});
