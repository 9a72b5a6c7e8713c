import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assetsDir, isAssetPath, robotoFaces } from "./assets.js";

describe("assets", () => {
  it("ship the four Roboto faces with their licence", () => {
    expect(Object.values(robotoFaces).filter((path) => !existsSync(path))).toEqual([]);
    expect(readFileSync(join(assetsDir, "fonts", "OFL.txt"), "utf8")).toContain("SIL OPEN FONT LICENSE Version 1.1");
  });

  it("are the only local files a document may read", () => {
    expect(isAssetPath(robotoFaces.normal)).toBe(true);
    expect(isAssetPath(join(assetsDir, "..", "package.json"))).toBe(false);
    expect(isAssetPath(join(assetsDir, "fonts", "..", "..", "..", "..", "etc", "passwd"))).toBe(false);
    expect(isAssetPath(`${assetsDir.replace(/\/$/, "")}-elsewhere/x.ttf`)).toBe(false);
    expect(isAssetPath("/etc/hostname")).toBe(false);
  });
});
