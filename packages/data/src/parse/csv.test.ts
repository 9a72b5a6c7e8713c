import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCsvField, formatCsvRecord, parseCsv } from "./csv.js";

const values = (text: string, delimiter?: "," | "\t" | ";") =>
  parseCsv(text, { file: "t.csv", ...(delimiter ? { delimiter } : {}) }).records.map((r) =>
    r.fields.map((f) => f.value),
  );
const rules = (text: string) => parseCsv(text, { file: "t.csv" }).issues.map((i) => `${i.line}:${i.column} ${i.rule}`);

describe("parseCsv", () => {
  it("reads fields and records, skipping blank lines", () => {
    expect(values("a,b,c\n\n1,2,3\n")).toEqual([
      ["a", "b", "c"],
      ["1", "2", "3"],
    ]);
    expect(values("a,,c")).toEqual([["a", "", "c"]]);
    expect(values("")).toEqual([]);
  });

  it("reads quoted fields with delimiters, doubled quotes and line breaks", () => {
    expect(values('"ILO Convention 29, Forced Labour","say ""hi""","two\nlines"')).toEqual([
      ["ILO Convention 29, Forced Labour", 'say "hi"', "two\nlines"],
    ]);
  });

  it("tolerates a BOM and CRLF or CR line ends", () => {
    expect(values("\uFEFFa,b\r\n1,2\r\n")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(values("a,b\r1,2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("reads TSV", () => {
    expect(values("Country\tUN\nArgentina\t2002\n", "\t")).toEqual([
      ["Country", "UN"],
      ["Argentina", "2002"],
    ]);
  });

  it("knows the line and column of every field, the BOM not counted", () => {
    const { records } = parseCsv('\uFEFFa,bb\r\n"x\ny",—,z', { file: "t.csv" });
    expect(records.map((r) => r.fields.map((f) => `${f.line}:${f.column}`))).toEqual([
      ["1:1", "1:3"],
      ["2:1", "3:4", "3:6"],
    ]);
    expect(records.map((r) => [r.line, r.endLine])).toEqual([
      [1, 1],
      [2, 3],
    ]);
  });

  it("reports an unterminated quote where the field starts, and keeps going", () => {
    const result = parseCsv('a,b\n1,"2,3\n4,5\n', { file: "t.csv" });
    expect(result.issues.map((i) => `${i.file}:${i.line}:${i.column} ${i.rule}`)).toEqual([
      "t.csv:2:3 csv/unterminated-quote",
    ]);
    expect(result.records[1]!.complete).toBe(false);
  });

  it("reports a stray quote and text after a closing quote", () => {
    expect(rules('a,b"c\n"x"y,z')).toEqual(["1:4 csv/stray-quote", "2:4 csv/text-after-quote"]);
  });

  it("never throws, and reports positions inside the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), fc.constantFrom(",", "\t"), (text, delimiter) => {
        const result = parseCsv(text, { file: "x", delimiter: delimiter as "," | "\t" });
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const r of result.records) for (const f of r.fields) expect(f.line).toBeLessThanOrEqual(lines);
        for (const i of result.issues) expect(i.line).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });

  it("reads back what formatCsvRecord writes", () => {
    const field = fc.string({ unit: "grapheme", maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const text = rows.map((r) => formatCsvRecord(r)).join("\r\n");
        const result = parseCsv(text, { file: "x" });
        expect(result.issues).toEqual([]);
        expect(result.records.map((r) => r.fields.map((f) => f.value))).toEqual(rows);
      }),
      { numRuns: 500 },
    );
  });

  it("keeps an empty last field at the end of the text, with no line end after it", () => {
    expect(values("country,name,opsc\nBRN,Brunei,")).toEqual([
      ["country", "name", "opsc"],
      ["BRN", "Brunei", ""],
    ]);
  });

  it("keeps a record of one empty quoted field, which is not a blank line", () => {
    expect(values('a\n""\n\nb\n')).toEqual([["a"], [""], ["b"]]);
    expect(values(",\n")).toEqual([["", ""]]);
  });

  it("keeps the text after a closing quote in the field it belongs to, and reads on", () => {
    const { records, issues } = parseCsv('"x"y z,1\nARG,2\n', { file: "t.csv" });
    expect(records.map((r) => r.fields.map((f) => f.value))).toEqual([
      ["xy z", "1"],
      ["ARG", "2"],
    ]);
    expect(issues.map((i) => `${i.line}:${i.column} ${i.rule}`)).toEqual(["1:4 csv/text-after-quote"]);
  });

  it("takes a closing quote before a delimiter, a line end or the end of the text as no issue", () => {
    expect(parseCsv('"a, b","c"\r\n"d"\n"e"', { file: "t.csv" })).toMatchObject({
      issues: [],
      records: [
        { fields: [{ value: "a, b" }, { value: "c" }] },
        { fields: [{ value: "d" }] },
        { fields: [{ value: "e" }] },
      ],
    });
    expect(values('"x"y')).toEqual([["xy"]]);
  });

  it("marks only the record whose quote never closes as incomplete, and where it ends", () => {
    const { records } = parseCsv('a,b\nc,"open\nd,e\n', { file: "t.csv" });
    expect(records.map((r) => [r.line, r.endLine, r.complete])).toEqual([
      [1, 1, true],
      [2, 4, false],
    ]);
    expect(records[1]!.fields.map((f) => f.value)).toEqual(["c", "open\nd,e\n"]);
  });

  it("reports every stray quote of a field, each at its column", () => {
    expect(rules('ab"c"d,e')).toEqual(["1:3 csv/stray-quote", "1:5 csv/stray-quote"]);
  });

  it("keeps a quoted line break as written, CRLF or LF", () => {
    expect(values('"a\r\nb",c\r\n"d\ne",f')).toEqual([
      ["a\r\nb", "c"],
      ["d\ne", "f"],
    ]);
  });

  it("reads semicolon-separated values", () => {
    expect(values("a;b,c\n1;2", ";")).toEqual([
      ["a", "b,c"],
      ["1", "2"],
    ]);
  });
});

describe("what each CSV issue tells the editor", () => {
  it("says what is wrong and how to fix it", () => {
    const told = (text: string) => parseCsv(text, { file: "t.csv" }).issues.map((i) => [i.rule, i.message, i.hint]);
    expect(told('a,"open\n')).toEqual([
      [
        "csv/unterminated-quote",
        "this quoted field is never closed",
        'end the field with a " (write "" for a quote inside a quoted field)',
      ],
    ]);
    expect(told('"x"y,1\n')).toEqual([
      [
        "csv/text-after-quote",
        "text follows the closing quote of a quoted field",
        'quote the whole field, and write "" for a quote inside it',
      ],
    ]);
    expect(told('a,b"c\n')).toEqual([
      [
        "csv/stray-quote",
        "a quote inside an unquoted field",
        'quote the whole field and double the quote inside it: "say ""this"""',
      ],
    ]);
  });
});

describe("formatCsvRecord", () => {
  it("quotes a field only when a reader would misread it: delimiter, quote, line break, or spaces at its ends", () => {
    expect(
      formatCsvRecord(["Argentina", "Brunei, Darussalam", 'say "hi"', "two\nlines", "cr\rhere", " lead", "trail "]),
    ).toBe('Argentina,"Brunei, Darussalam","say ""hi""","two\nlines","cr\rhere"," lead","trail "');
    expect(formatCsvRecord(["Korea, South", "tab\there", "x"], "\t")).toBe('Korea, South\t"tab\there"\tx');
    expect([formatCsvField("Argentina"), formatCsvField("Korea, South")]).toEqual(["Argentina", '"Korea, South"']);
  });
});
