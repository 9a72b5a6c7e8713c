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

it("does not count a byte-order mark as a column of line 1", () => {
  const { value, locations } = parseStaff("\uFEFFTHE STAFF IS:\r\nAna Ruiz\r\n", { file: "s.txt" });
  expect(value).toEqual({ heading: "THE STAFF IS:", names: ["Ana Ruiz"] });
  expect(locations.get(["heading"])).toEqual({ file: "s.txt", line: 1, column: 1 });
  expect(locations.get(["names", 0])).toEqual({ file: "s.txt", line: 2, column: 1 });
});

it("leaves an empty file to the schema: no heading, no names, the file's start", () => {
  const { value, locations, issues } = parseStaff("\n\n", { file: "s.txt" });
  expect(value).toEqual({ heading: "", names: [] });
  expect(issues).toEqual([]);
  expect(locations.get([])).toEqual({ file: "s.txt", line: 1, column: 1 });
});
