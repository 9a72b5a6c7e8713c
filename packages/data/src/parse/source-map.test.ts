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
