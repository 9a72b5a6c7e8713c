import { describe, expect, it } from "vitest";
import { parseYaml } from "./yaml.js";

const TEXT = `heading: PHOTO CREDITS
credits:
  - place: { kind: page, page: 19 }
    credits:
      - position: top
        credit: AP Photo/A.M. Ahad
  - place: { kind: inside-back-cover }
    credits: []
`;

describe("parseYaml", () => {
  it("reads the document and maps every path to its line and column", () => {
    const { value, locations, issues } = parseYaml(TEXT, { file: "p.yaml" });
    expect(issues).toEqual([]);
    expect(value).toMatchObject({ heading: "PHOTO CREDITS" });
    const at = (...path: (string | number)[]) => {
      const l = locations.get(path);
      return l && `${l.line}:${l.column}`;
    };
    expect(at("heading")).toBe("1:10"); // a scalar: the value
    expect(at("credits")).toBe("2:1"); // a list: its key
    expect(at("credits", 0)).toBe("3:5");
    expect(at("credits", 0, "place", "page")).toBe("3:32");
    expect(at("credits", 0, "credits", 0, "credit")).toBe("6:17");
    expect(at("credits", 1, "credits")).toBe("8:5");
    expect(at("nothing")).toBeUndefined();
  });

  it("turns syntax errors into issues with line and column, all of them", () => {
    const { issues } = parseYaml('a: 1\nb: "open\nc:\n  - x\n - y\n', { file: "bad.yaml" });
    expect(issues.length).toBeGreaterThan(0);
    for (const i of issues) expect(i).toMatchObject({ file: "bad.yaml", severity: "error" });
    expect(issues.every((i) => i.rule.startsWith("yaml/") && i.line >= 2)).toBe(true);
  });

  it("reports a duplicate key where the second one stands", () => {
    const { issues } = parseYaml("a: 1\nb: 2\na: 3\n", { file: "d.yaml" });
    expect(issues.map((i) => `${i.line}:${i.column} ${i.rule}`)).toEqual(["3:1 yaml/duplicate-key"]);
  });

  it("tolerates a BOM and CRLF", () => {
    const { value, issues, locations } = parseYaml("\uFEFFa: 1\r\nb: x\r\n", { file: "c.yaml" });
    expect(issues).toEqual([]);
    expect(value).toEqual({ a: 1, b: "x" });
    expect(locations.get(["b"])).toEqual({ file: "c.yaml", line: 2, column: 4 });
    // The BOM is not a column an editor sees: line 1 counts from the first visible character.
    expect(locations.get(["a"])).toEqual({ file: "c.yaml", line: 1, column: 4 });
  });

  it("keeps YAML 1.2 scalars as texts where YAML 1.1 would convert them", () => {
    expect(parseYaml("published: 2017-06-27\nstart: 2016-04\nanswer: no\n", { file: "x" }).value).toEqual({
      published: "2017-06-27",
      start: "2016-04",
      answer: "no",
    });
  });
});
