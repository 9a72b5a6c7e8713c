import { describe, expect, it } from "vitest";
import { templateDirs } from "../templates/__tests__/template-dirs.js";
import { codeHashOf, templatesFingerprint } from "./fingerprint.js";

// Two different sets of files must never share a fingerprint: if they did, a PDF made from the first
// would be kept as current after an edit to the second. Each pair below runs together into the same
// characters when names and contents are hashed without a boundary between them.

describe("the generator's code hash tells apart modules that run together", () => {
  const hashOf = (files: Record<string, string>) => codeHashOf(templateDirs({ dist: files }).dist);

  it("a module a.js.js saying X is not a module a.js saying .jsX", () => {
    expect(hashOf({ "a.js.js": "X" })).not.toBe(hashOf({ "a.js": ".jsX" }));
  });

  it("a.js saying X beside ab.js is not a.js saying Xa beside b.js", () => {
    expect(hashOf({ "a.js": "X", "ab.js": "Y" })).not.toBe(hashOf({ "a.js": "Xa", "b.js": "Y" }));
  });
});

describe("the templates' fingerprint tells apart files that run together", () => {
  it("template t saying xp is not template tx saying p", () => {
    const t = templateDirs({ shared: { "t.hbs": "xp" } });
    const tx = templateDirs({ shared: { "tx.hbs": "p" } });
    expect(templatesFingerprint("t", [t.shared])).not.toBe(templatesFingerprint("tx", [tx.shared]));
  });

  it("partial a saying X beside partial ab is not partial a saying Xa beside partial b", () => {
    const of = (files: Record<string, string>) => templatesFingerprint("t", [templateDirs({ shared: files }).shared]);
    expect(of({ "t.hbs": "x", "partials/a.hbs": "X", "partials/ab.hbs": "Y" })).not.toBe(
      of({ "t.hbs": "x", "partials/a.hbs": "Xa", "partials/b.hbs": "Y" }),
    );
  });

  it("a partial that may not be read is not taken for an empty one: fixing it re-renders", () => {
    const of = (edition: Record<string, string>) => {
      const dirs = templateDirs({ edition, shared: { "t.hbs": "{{> bad}}" } });
      return templatesFingerprint("t", [dirs.edition, dirs.shared]);
    };
    // partials/bad.hbs is a folder (rendering reports "not a regular file"), then an empty file.
    expect(of({ "partials/bad.hbs/x": "" })).not.toBe(of({ "partials/bad.hbs": "" }));
  });
});
