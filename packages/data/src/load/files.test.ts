import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { countConventionRows, EDITION_FILES, editionFile, isEditionFolder } from "./files.js";

describe("countConventionRows", () => {
  it("counts the records after the header as the loader reads them", () => {
    const text = 'country,name,palermo\r\n\r\nARG,Argentina,2002\n"BRN","Bahrain,\nKingdom of",2004\n\n';
    expect(countConventionRows(text)).toBe(2);
  });

  it("is 0 for an empty file or a header alone", () => {
    expect(countConventionRows("")).toBe(0);
    expect(countConventionRows("country,name,palermo\n")).toBe(0);
  });
});

describe("edition files", () => {
  it("finds an edition folder by its edition file, not by a folder of that name", () => {
    const dir = mkdtempSync(join(tmpdir(), "tip-files-"));
    expect(isEditionFolder(dir)).toBe(false);
    mkdirSync(editionFile(dir, "edition"));
    expect(isEditionFolder(dir)).toBe(false);
    const other = mkdtempSync(join(tmpdir(), "tip-files-"));
    writeFileSync(join(other, EDITION_FILES.edition), "year: 2017\n");
    expect(isEditionFolder(other)).toBe(true);
  });
});
