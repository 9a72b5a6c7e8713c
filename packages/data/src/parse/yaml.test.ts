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

  it("gives each syntax error its own hint and a message without the parser's position suffix", () => {
    const { issues } = parseYaml("year: 2017\n\ttitle: x\n", { file: "e.yaml" });
    expect(issues).toEqual([
      {
        file: "e.yaml",
        line: 2,
        column: 1,
        rule: "yaml/tab-as-indent",
        message: "Tabs are not allowed as indentation",
        hint: "indent with spaces; YAML does not allow tabs for indentation",
        severity: "error",
      },
    ]);
    const [missing] = parseYaml('a: "open\n', { file: "e.yaml" }).issues;
    expect(missing).toMatchObject({ rule: "yaml/missing-char", hint: "a quote or bracket is not closed" });
    expect(missing!.message).not.toMatch(/line|column/);
  });

  it("reports a list or mapping written as a key at the key, in the editor's words, and prints nothing", async () => {
    const warnings: string[] = [];
    const listen = (w: Error) => warnings.push(w.message);
    process.on("warning", listen);
    try {
      const text = "- term: Forced labour\n  ? [definition, text]\n  : work exacted under menace\n";
      expect(parseYaml(text, { file: "glossary.yaml" }).issues).toEqual([
        {
          file: "glossary.yaml",
          line: 2,
          column: 5,
          rule: "yaml/non-string-key",
          message: "a key must be text, not a list or mapping",
          hint: "write the key as text; '?', '[' or '{' before it makes it a list or mapping",
          severity: "error",
        },
      ]);
      // Node emits a process warning on the next turn of the event loop.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off("warning", listen);
    }
    expect(warnings).toEqual([]);
  });

  it("reports what the parser only warns about as a warning, with the general hint", () => {
    const { issues, value } = parseYaml("year: 2017\ntitle: !upper x\n", { file: "e.yaml" });
    expect(issues.map((i) => `${i.line}:${i.column} ${i.severity} ${i.rule} ${i.message}`)).toEqual([
      "2:8 warning yaml/tag-resolve-failed Unresolved tag: !upper",
    ]);
    expect(issues[0]!.hint).toBe(
      "fix the YAML syntax here; quote texts that contain ': ' or start with a special character",
    );
    expect(value).toEqual({ year: 2017, title: "x" });
  });

  it("refuses a document of aliases that would expand without bound, without expanding it", () => {
    const lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (const [prev, name] of [..."abcdef"].slice(0, -1).map((c, i) => [c, "abcdef"[i + 1]!])) {
      lines.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(", ")}]`);
    }
    const { issues, value } = parseYaml(`${lines.join("\n")}\n`, { file: "bomb.yaml" });
    expect(value).toBeUndefined();
    expect(issues.map((i) => `${i.line}:${i.column} ${i.rule}`)).toEqual(["1:1 yaml/unreadable"]);
    expect(issues[0]!.message).toMatch(/^the document cannot be read: /);
  });

  it("places an alias at the alias, and the document at its first line of content", () => {
    const { value, locations } = parseYaml("# A comment.\n\nlist:\n  - &n x\n  - *n\n  -\n", { file: "a.yaml" });
    expect(value).toEqual({ list: ["x", "x", null] });
    expect(locations.get(["list", 1])).toEqual({ file: "a.yaml", line: 5, column: 5 });
    expect(locations.get(["list", 2])?.line).toBe(6); // an empty entry, on its own line
    expect(locations.get([])).toEqual({ file: "a.yaml", line: 3, column: 1 });
    expect(locations.getKey(["list"])).toEqual({ file: "a.yaml", line: 3, column: 1 });
    expect(parseYaml("", { file: "e.yaml" }).locations.get([])).toEqual({ file: "e.yaml", line: 1, column: 1 });
  });
});
