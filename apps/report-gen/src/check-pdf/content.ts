/** Page content: every piece tagged or an artifact, and tagged pieces reachable from the structure tree. */
import { isMcid } from "./facts.js";
import type { PdfRule } from "./rule.js";

const page = (index: number) => `page ${index + 1}`;

const rules: PdfRule[] = [
  {
    id: "untagged-content",
    matterhorn: ["01-005"],
    clause: "ISO 14289-1 7.1",
    description: "every piece of page content (text, path, image) is tagged real content or an Artifact",
    check: ({ facts }) =>
      facts.pages
        .filter((p) => Object.keys(p.untagged).length > 0)
        .map(
          (p) =>
            `${page(p.index)}: content neither tagged nor an artifact (${Object.entries(p.untagged)
              .map(([kind, n]) => `${n} ${kind}`)
              .join(", ")})`,
        ),
  },
  {
    id: "artifact-nesting",
    matterhorn: ["01-003", "01-004"],
    clause: "ISO 14289-1 7.1",
    description: "no artifact inside tagged content, no tagged content inside an artifact",
    check: ({ facts }) =>
      facts.pages.flatMap((p) => [
        ...(p.artifactInTagged > 0
          ? [`${page(p.index)}: ${p.artifactInTagged} artifact(s) inside tagged content`]
          : []),
        ...(p.taggedInArtifact > 0
          ? [`${page(p.index)}: ${p.taggedInArtifact} tagged sequence(s) inside an artifact`]
          : []),
      ]),
  },
  {
    id: "marked-content-balanced",
    matterhorn: [],
    clause: "ISO 32000-1 14.6",
    description: "every BDC/BMC has its EMC on the same page",
    check: ({ facts }) =>
      facts.pages
        .filter((p) => p.unbalanced > 0)
        .map((p) => `${page(p.index)}: ${p.unbalanced} unbalanced marked-content operator(s)`),
  },
  {
    id: "parent-tree",
    matterhorn: [],
    clause: "ISO 32000-1 14.7.4.4",
    description:
      "each MCID on a page is found through the page's /StructParents in the ParentTree, pointing at the element that claims it",
    check: ({ facts, elements }) => {
      const problems: string[] = [];
      // Which element claims each (page, MCID), from the tree's side.
      const claimed = new Map<string, string | null>();
      for (const { element } of elements) {
        for (const kid of element.kids) if (isMcid(kid)) claimed.set(`${kid.page}:${kid.mcid}`, element.id);
      }
      const seen = new Set<string>();
      for (const p of facts.pages) {
        if (p.mcids.length === 0) continue;
        const ids = new Set<number>();
        for (const { mcid } of p.mcids) {
          if (ids.has(mcid)) problems.push(`${page(p.index)}: MCID ${mcid} is used twice`);
          ids.add(mcid);
        }
        if (p.structParents === null) {
          problems.push(
            `${page(p.index)}: tagged content but no /StructParents: its MCIDs cannot be found in the ParentTree`,
          );
          continue;
        }
        const entry = facts.parentTree[String(p.structParents)];
        if (!Array.isArray(entry)) {
          problems.push(`${page(p.index)}: the ParentTree has no array for /StructParents ${p.structParents}`);
          continue;
        }
        const unreached: number[] = [];
        for (const { mcid } of p.mcids) {
          seen.add(`${p.index}:${mcid}`);
          const parent = entry[mcid];
          const claimer = claimed.get(`${p.index}:${mcid}`);
          if (parent === undefined || parent === null || claimer === undefined || claimer !== parent)
            unreached.push(mcid);
        }
        if (unreached.length > 0) {
          problems.push(
            `${page(p.index)}: ${unreached.length} MCID(s) not reached from the structure tree through the ParentTree (${unreached.slice(0, 8).join(", ")}${unreached.length > 8 ? ", …" : ""})`,
          );
        }
      }
      const dangling = [...claimed.keys()].filter((key) => !seen.has(key));
      if (dangling.length > 0)
        problems.push(
          `the structure tree refers to ${dangling.length} MCID(s) that no page content carries (${dangling
            .slice(0, 5)
            .map((k) => `page ${Number(k.split(":")[0]) + 1} MCID ${k.split(":")[1]}`)
            .join(", ")})`,
        );
      return problems;
    },
  },
];

export default rules;
