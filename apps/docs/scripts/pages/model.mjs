// @ts-check
// Partials the hand-written reference pages include, so that facts defined in code are shown, never copied.
import { ACTION_KINDS, INSTRUMENTS, NONE } from "@tip/domain";
import { link, table, text } from "./markdown.mjs";

/** @returns {{ path: string, content: string }[]} */
export function modelPartials() {
  const instruments = table(
    ["Id", "Label", "Instrument", "Family", "Adopted", "In force", "Action kinds"],
    Object.values(INSTRUMENTS).map((i) => [
      `\`${i.id}\``,
      text(i.label),
      `${text(i.shortTitle)}: ${text(i.fullTitle)}`,
      i.family,
      i.adopted,
      i.enteredIntoForce,
      i.actionKinds.join(", "),
    ]),
    { rowHeaders: true },
  );
  const sources = Object.values(INSTRUMENTS)
    .map((i) => `- **${text(i.label)}**: ${i.sources.map((s) => link(s.url, s.name)).join("; ")}`)
    .join("\n");
  const kinds = table(
    ["Kind", "Code", "Published", "In words"],
    [
      ...Object.entries(ACTION_KINDS).map(([kind, k]) => [
        `\`${kind}\``,
        k.code ? `\`${k.code}\`` : "(none)",
        `\`2006${k.code}\``,
        `${text(k.verb)} 2006`,
      ]),
      ["none (`null`)", "", `\`${NONE}\``, "Not a party"],
    ],
    { rowHeaders: true },
  );
  return [
    { path: "partials/instruments.md", content: `${instruments}\n\nSources for the dates:\n\n${sources}\n` },
    { path: "partials/action-kinds.md", content: `${kinds}\n` },
  ];
}
