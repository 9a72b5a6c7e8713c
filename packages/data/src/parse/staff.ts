import type { Issue } from "@tip/domain";
import { SourceMap } from "./source-map.js";

export interface StaffResult {
  readonly value: { heading: string; names: string[] };
  readonly locations: SourceMap;
  readonly issues: Issue[];
}

/**
 * Reads `staff.txt`: the first non-blank line is the heading, every other non-blank line one
 * name. Blank lines are free (the published list breaks into columns; they carry no fact).
 */
export function parseStaff(text: string, options: { readonly file: string }): StaffResult {
  const { file } = options;
  const lines = (text.startsWith("\uFEFF") ? text.slice(1) : text).split(/\r\n|\r|\n/);
  const locations = new SourceMap();
  locations.set([], { file, line: 1, column: 1 });
  let heading = "";
  const names: string[] = [];
  lines.forEach((raw, index) => {
    const text = raw.trim();
    if (text === "") return;
    const at = { file, line: index + 1, column: raw.indexOf(text) + 1 };
    if (heading === "") {
      heading = text;
      locations.set(["heading"], at);
    } else {
      locations.set(["names", names.length], at);
      names.push(text);
    }
  });
  // An empty heading or list is left to the schema, which reports it at the file's start.
  return { value: { heading, names }, locations, issues: [] };
}
