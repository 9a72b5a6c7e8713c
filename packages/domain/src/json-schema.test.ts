import { describe, expect, it } from "vitest";
import { editionJsonSchema } from "./json-schema.js";
import { EditionSchema } from "./model/edition.js";

describe("editionJsonSchema", () => {
  it("is a draft 2020-12 schema requiring every top-level part of an edition but the optional ones", () => {
    const schema = editionJsonSchema();
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.type).toBe("object");
    // A part the schema accepts left out (publication, memberships, the `reviewed` list) is not required.
    const required = Object.entries(EditionSchema.shape)
      .filter(([, part]) => !part.safeParse(undefined).success)
      .map(([key]) => key);
    for (const optional of ["publication", "memberships", "reviewed"]) expect(required).not.toContain(optional);
    expect(schema.required).toEqual(required);
    expect(Object.keys(schema.properties ?? {})).toEqual(Object.keys(EditionSchema.shape));
    expect(schema.additionalProperties).toBe(false);
  });

  it("is plain JSON, the same on every call", () => {
    expect(JSON.parse(JSON.stringify(editionJsonSchema()))).toEqual(editionJsonSchema());
  });
});
