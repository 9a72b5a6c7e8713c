import { describe, expect, it } from "vitest";
import { editionJsonSchema } from "./json-schema.js";
import { EditionSchema } from "./model/edition.js";

describe("editionJsonSchema", () => {
  it("is a draft 2020-12 schema requiring every top-level part of an edition, and only those", () => {
    const schema = editionJsonSchema();
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.type).toBe("object");
    // A part the schema accepts left out (the optional `reviewed` list) is not required.
    const required = Object.entries(EditionSchema.shape).filter(([, part]) => !part.safeParse(undefined).success).map(([key]) => key);
    expect(required).not.toContain("reviewed");
    expect(schema.required).toEqual(required);
    expect(schema.additionalProperties).toBe(false);
  });

  it("is plain JSON, the same on every call", () => {
    expect(JSON.parse(JSON.stringify(editionJsonSchema()))).toEqual(editionJsonSchema());
  });
});
