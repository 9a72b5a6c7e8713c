import { describe, expect, it } from "vitest";
import { formatIssue, hasErrors, type Issue, IssuesError, pathToString } from "./issues.js";

const duplicate: Issue = {
  file: "editions/2017/conventions.csv",
  line: 4,
  column: 7,
  rule: "no-duplicate-country",
  message: "ARG (Argentina) is listed twice; first at line 2",
  hint: "merge the two rows into one",
  severity: "error",
};
const unused: Issue = {
  file: "editions/2017/edition.yaml",
  line: 30,
  column: 5,
  rule: "exception-unused",
  message: 'exception for allegations-add-up on "peacekeeping/un/allegations" matches no offense',
  hint: "",
  severity: "warning",
};

describe("issues as a user reads them", () => {
  it("prints file:line:col, the rule (marked when a warning), the message, and the hint on its own line", () => {
    expect(formatIssue(duplicate)).toBe(
      "editions/2017/conventions.csv:4:7  no-duplicate-country  ARG (Argentina) is listed twice; first at line 2\n    hint: merge the two rows into one",
    );
    expect(formatIssue(unused)).toBe(
      'editions/2017/edition.yaml:30:5  exception-unused (warning)  exception for allegations-add-up on "peacekeeping/un/allegations" matches no offense',
    );
  });

  it("fails on errors only, never on warnings alone", () => {
    expect(hasErrors([unused])).toBe(false);
    expect(hasErrors([unused, duplicate])).toBe(true);
    expect(hasErrors([])).toBe(false);
  });

  it("counts the problems in the error's summary, unless given one, sorted by place", () => {
    const one = new IssuesError([duplicate]);
    expect([one.name, one.message]).toEqual(["IssuesError", "1 problem found"]);
    expect(new IssuesError([duplicate, unused]).message).toBe("2 problems found");
    expect(new IssuesError([duplicate], "edition 2017 is not valid").message).toBe("edition 2017 is not valid");
    expect(new IssuesError([unused, duplicate]).issues).toEqual([duplicate, unused]);
  });

  it("names a place in an edition as a path", () => {
    expect(pathToString(["conventions", "rows", 3, "cells", "p029"])).toBe("conventions.rows[3].cells.p029");
    expect(pathToString([2, "name"])).toBe("[2].name");
  });
});
