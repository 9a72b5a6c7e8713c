/**
 * Checks a PDF against what PDF/UA-1 and PDF/A-2/3 (level A) ask and a program can decide: the
 * rules below, each one module with the Matterhorn Protocol conditions it covers. What only a person
 * can judge (is the alternative text right, is the reading order the intended one) is left out, and
 * listed in the docs' accessibility page.
 */
import archival from "./archival.js";
import content from "./content.js";
import document from "./document.js";
import { isElement, readPdfFacts, type PdfFacts, type StructElement } from "./facts.js";
import fonts from "./fonts.js";
import links from "./links.js";
import type { CheckContext, PdfRule, PlacedElement } from "./rule.js";
import structure, { STANDARD_TYPES } from "./structure.js";
import { readXmp } from "./xmp.js";

export type { PdfRule } from "./rule.js";
export { CheckerUnavailable, UnreadablePdf } from "./facts.js";

/** Every rule, in the order its failures are printed. */
export const PDF_RULES: readonly PdfRule[] = [...document, ...archival, ...structure, ...content, ...links, ...fonts];

export interface PdfFailure {
  readonly rule: string;
  readonly matterhorn: readonly string[];
  readonly message: string;
}

/** A type through the RoleMap to a standard type; "(cycle)" for a circular mapping. */
function standardRole(type: string, roleMap: PdfFacts["roleMap"]): string {
  let role = type;
  const seen = new Set<string>();
  while (!STANDARD_TYPES.has(role) && Object.hasOwn(roleMap, role)) {
    if (seen.has(role)) return "(cycle)";
    seen.add(role);
    role = roleMap[role] ?? role;
  }
  return role;
}

export function placeElements(facts: PdfFacts): PlacedElement[] {
  const placed: PlacedElement[] = [];
  const walk = (element: StructElement, parent: PlacedElement | null, position: number, siblings: number) => {
    const role = standardRole(element.type, facts.roleMap);
    const step = siblings > 1 ? `${role}[${position}]` : role;
    const entry: PlacedElement = { element, parent, role, path: parent === null ? step : `${parent.path} > ${step}` };
    placed.push(entry);
    const kids = element.kids.filter(isElement);
    const counts = new Map<string, number>();
    for (const kid of kids) counts.set(kid.type, (counts.get(kid.type) ?? 0) + 1);
    const seen = new Map<string, number>();
    for (const kid of kids) {
      const n = (seen.get(kid.type) ?? 0) + 1;
      seen.set(kid.type, n);
      walk(kid, entry, n, counts.get(kid.type) ?? 1);
    }
  };
  const top = facts.structure ?? [];
  top.forEach((element, i) => walk(element, null, i + 1, top.length));
  return placed;
}

/** Every failed condition of one file's facts, rule by rule. */
export function checkFacts(facts: PdfFacts): PdfFailure[] {
  const context: CheckContext = {
    facts,
    xmp: facts.xmp === null ? null : readXmp(facts.xmp),
    elements: placeElements(facts),
  };
  const failures: PdfFailure[] = facts.problems.map((message) => ({ rule: "readable", matterhorn: [], message }));
  for (const rule of PDF_RULES) {
    for (const message of rule.check(context)) failures.push({ rule: rule.id, matterhorn: rule.matterhorn, message });
  }
  return failures;
}

/** Reads and checks one PDF. Throws UnreadablePdf for a file that is not a PDF. */
export async function checkPdf(file: string): Promise<PdfFailure[]> {
  const facts = await readPdfFacts(file);
  if (facts.needsPassword)
    return [
      {
        rule: "not-encrypted",
        matterhorn: ["26-001"],
        message: "the file is encrypted with a password: nothing else can be checked",
      },
    ];
  return checkFacts(facts);
}
