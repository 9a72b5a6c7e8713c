import { describe, expect, it } from "vitest";
import { editionJsonSchema } from "./json-schema.js";
import { EditionSchema } from "./model/edition.js";

describe("editionJsonSchema", () => {
  it("is a draft 2020-12 schema requiring every top-level part of an edition but the optional ones", () => {
    const schema = editionJsonSchema();
    const optional = ["publication", "memberships"];
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.type).toBe("object");
    expect(schema.required).toEqual(Object.keys(EditionSchema.shape).filter((k) => !optional.includes(k)));
    expect(Object.keys(schema.properties ?? {})).toEqual(Object.keys(EditionSchema.shape));
    expect(schema.additionalProperties).toBe(false);
  });

  it("is plain JSON, the same on every call", () => {
    expect(JSON.parse(JSON.stringify(editionJsonSchema()))).toEqual(editionJsonSchema());
  });
});
