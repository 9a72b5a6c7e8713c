import { expect, it } from "vitest";
import { parseStaff } from "./staff.js";

it("reads the heading, then one name a line, blank lines free", () => {
  const { value, locations } = parseStaff(
    "THE STAFF IS:\n\nKaren Vierling Allen\n  Amy O’Neill Richard\n\nDesirée M. Suo\r\n",
    { file: "s.txt" },
  );
  expect(value).toEqual({
    heading: "THE STAFF IS:",
    names: ["Karen Vierling Allen", "Amy O’Neill Richard", "Desirée M. Suo"],
  });
  expect(locations.get(["names", 1])).toEqual({ file: "s.txt", line: 4, column: 3 });
});
