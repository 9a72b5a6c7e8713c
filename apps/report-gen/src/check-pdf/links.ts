/** Annotations: links inside Link elements, with a description, reachable from the tree, tab order by structure. */
import { isObjr } from "./facts.js";
import type { PdfRule } from "./rule.js";

/** Annotation subtypes PDF/UA does not ask to find in an Annot element. */
const notInAnnot = new Set(["Link", "Widget", "PrinterMark", "Popup"]);

const rules: PdfRule[] = [
  {
    id: "link-in-structure",
    matterhorn: ["28-011"],
    clause: "ISO 14289-1 7.18.5",
    description: "every link annotation sits in a Link element through an OBJR, and its /StructParent leads back there",
    check: ({ facts, elements }) => {
      const owners = new Map<string, { role: string; id: string | null }>();
      for (const { element, role } of elements)
        for (const kid of element.kids)
          if (isObjr(kid) && kid.objr !== null) owners.set(kid.objr, { role, id: element.id });
      const problems: string[] = [];
      for (const p of facts.pages) {
        for (const annot of p.annots.filter((a) => a.subtype === "Link")) {
          const owner = annot.id === null ? undefined : owners.get(annot.id);
          const where = `page ${p.index + 1}: link annotation ${annot.id ?? "(direct)"}`;
          if (owner === undefined) problems.push(`${where} is not in the structure tree (no OBJR refers to it)`);
          else if (owner.role !== "Link") problems.push(`${where} is inside <${owner.role}>, not <Link>`);
          if (annot.structParent === null) problems.push(`${where} has no /StructParent`);
          else if (owner !== undefined && facts.parentTree[String(annot.structParent)] !== owner.id)
            problems.push(`${where}: its /StructParent does not lead to the element that holds it`);
        }
      }
      return problems;
    },
  },
  {
    id: "link-description",
    matterhorn: ["28-012"],
    clause: "ISO 14289-1 7.18.5",
    description: "every link annotation describes where it leads (/Contents)",
    check: ({ facts }) =>
      facts.pages.flatMap((p) =>
        p.annots
          .filter((a) => a.subtype === "Link" && !(a.contents ?? "").trim())
          .map((a) => `page ${p.index + 1}: link annotation ${a.id ?? "(direct)"} has no /Contents`),
      ),
  },
  {
    id: "other-annotations",
    matterhorn: ["28-002", "28-004"],
    clause: "ISO 14289-1 7.18.1",
    description: "annotations other than links and widgets sit in Annot elements and have /Contents",
    check: ({ facts, elements }) => {
      const owners = new Map<string, string>();
      for (const { element, role } of elements)
        for (const kid of element.kids) if (isObjr(kid) && kid.objr !== null) owners.set(kid.objr, role);
      return facts.pages.flatMap((p) =>
        p.annots
          .filter((a) => a.subtype !== null && !notInAnnot.has(a.subtype))
          .flatMap((a) => [
            ...(a.id !== null && owners.get(a.id) === "Annot"
              ? []
              : [`page ${p.index + 1}: ${a.subtype} annotation ${a.id ?? "(direct)"} is not in an <Annot> element`]),
            ...((a.contents ?? "").trim()
              ? []
              : [`page ${p.index + 1}: ${a.subtype} annotation ${a.id ?? "(direct)"} has no /Contents`]),
          ]),
      );
    },
  },
  {
    id: "tab-order",
    matterhorn: ["28-008", "28-009"],
    clause: "ISO 14289-1 7.18.3",
    description: "every page with annotations has /Tabs /S (tab order follows the structure)",
    check: ({ facts }) =>
      facts.pages
        .filter((p) => p.annots.length > 0 && p.tabs !== "S")
        .map(
          (p) =>
            `page ${p.index + 1}: has annotations but ${p.tabs === null ? "no /Tabs" : `/Tabs /${p.tabs}`} (needs /Tabs /S)`,
        ),
  },
];

export default rules;
