import type { Link } from "../model/organizations.js";
import { alignOrdered } from "./align.js";
import { change, type Change, type DiffSection } from "./change.js";

const show = (link: Link) => (link.label ? `${link.url} (${link.label})` : link.url);

/**
 * Links gained, lost or replaced in place, in order; a link whose label alone changed is "changed".
 * `subject` is the list's path ("organizations/UN/websites"); `who` starts each summary.
 */
export function diffLinks(
  section: DiffSection,
  subject: string,
  who: string,
  before: readonly Link[],
  after: readonly Link[],
): Change[] {
  const changes: Change[] = [];
  const same = (a: Link, b: Link) => a.url === b.url && a.label === b.label;
  for (const step of alignOrdered(before, after, (l) => l.url, same)) {
    switch (step.op) {
      case "same":
        break;
      case "added":
        changes.push(
          change(
            section,
            "link-added",
            `${subject}/${step.after.url}`,
            { before: null, after: step.after },
            `${who} link added: ${show(step.after)}`,
          ),
        );
        break;
      case "removed":
        changes.push(
          change(
            section,
            "link-removed",
            `${subject}/${step.before.url}`,
            { before: step.before, after: null },
            `${who} link removed: ${show(step.before)}`,
          ),
        );
        break;
      case "changed":
        changes.push(
          change(
            section,
            "link-changed",
            `${subject}/${step.after.url}`,
            { before: step.before, after: step.after },
            `${who} link changed: ${show(step.before)} → ${show(step.after)}`,
          ),
        );
        break;
    }
  }
  return changes;
}
