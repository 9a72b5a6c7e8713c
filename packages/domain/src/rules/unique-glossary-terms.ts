import { lookupKey } from "../queries/lookup-key.js";
import { defineRule, type Offense } from "./rule.js";

export const uniqueGlossaryTerms = defineRule({
  name: "unique-glossary-terms",
  description: "No glossary term is listed twice (ignoring case and spacing, as look-ups do).",
  check(edition) {
    const first = new Map<string, number>();
    return edition.glossary.entries.flatMap((entry, i): Offense[] => {
      const key = lookupKey(entry.term);
      const seen = first.get(key);
      if (seen === undefined) {
        first.set(key, i);
        return [];
      }
      return [
        {
          path: ["glossary", "entries", i, "term"],
          subject: entry.term,
          message: `the glossary term "${entry.term}" is listed twice`,
          first: { path: ["glossary", "entries", seen, "term"], fallback: `entry ${seen + 1}` },
          hint: "merge the two entries into one",
        },
      ];
    });
  },
});
