import { expect, it } from "vitest";
import { SourceMap } from "./source-map.js";

it("mounts a file's locations under the edition path that holds it", () => {
  const file = new SourceMap();
  file.set([0, "cells", "p029"], { file: "c.csv", line: 2, column: 32 });
  const edition = new SourceMap();
  edition.mount(["conventions", "rows"], file);
  expect(edition.locate(["conventions", "rows", 0, "cells", "p029"])).toEqual({ file: "c.csv", line: 2, column: 32 });
  expect(edition.locate(["conventions", "rows", "0", "cells", "p029"])).toBeUndefined();
});

it("keeps a key's place apart from its value's, and mounts both", () => {
  const file = new SourceMap();
  file.set(["year"], { file: "e.yaml", line: 1, column: 7 });
  file.setKey(["year"], { file: "e.yaml", line: 1, column: 1 });
  const edition = new SourceMap();
  edition.mount(["x"], file);
  expect(edition.size).toBe(1);
  expect(edition.locate(["x", "year"])).toEqual({ file: "e.yaml", line: 1, column: 7 });
  expect(edition.locate(["x", "year"], "key")).toEqual({ file: "e.yaml", line: 1, column: 1 });
  expect(edition.getKey(["x", "year"])).toEqual({ file: "e.yaml", line: 1, column: 1 });
  expect(edition.getKey(["year"])).toBeUndefined();
});
