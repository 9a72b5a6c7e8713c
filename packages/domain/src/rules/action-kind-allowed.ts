import { ACTION_KINDS, type ActionKind } from "../model/actions.js";
import { INSTRUMENTS } from "../model/instruments.js";
import { tableActions } from "../queries/table.js";
import { defineRule } from "./rule.js";
import { cellLabel, cellSubject, cellValue } from "./table-cell.js";

/** "accession (a)", "ratification (the year alone)". */
const describeKind = (kind: ActionKind): string => {
  const { label, code } = ACTION_KINDS[kind];
  return `${label.toLowerCase()} ${code || "(the year alone)"}`;
};

export const actionKindAllowed = defineRule({
  name: "action-kind-allowed",
  description: "Each action is of a kind its instrument takes (ILO instruments are ratified, never acceded to).",
  check(edition) {
    return tableActions(edition).flatMap((a) => {
      const { shortTitle, actionKinds } = INSTRUMENTS[a.instrument];
      const allowed: readonly ActionKind[] = actionKinds;
      if (allowed.includes(a.action.kind)) return [];
      return [
        {
          path: a.path,
          subject: cellSubject(a),
          message: `${cellLabel(a)}: ${cellValue(a)} is coded as ${describeKind(a.action.kind)}, which ${shortTitle} does not take`,
          hint: `${shortTitle} takes only ${allowed.map(describeKind).join(", ")}`,
        },
      ];
    });
  },
});
