import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { elements, mayContain, mayContainText, type ElementName } from "./elements.js";
import { classStyles, tableLayouts } from "./stylesheet.js";

const reference = readFileSync(new URL("../../templates/MARKUP.md", import.meta.url), "utf8");

describe("markup vocabulary", () => {
  it("is documented in templates/MARKUP.md: every element, attribute and class", () => {
    const names = Object.keys(elements) as ElementName[];
    const undocumented = [
      ...names.filter((name) => !reference.includes(`<${name}>`) && !reference.includes(`<${name}/>`)),
      ...names.flatMap((name) =>
        elements[name].attributes.filter((a) => !reference.includes(`\`${a}\``)).map((a) => `${name}[${a}]`),
      ),
      ...[...Object.keys(classStyles), ...Object.keys(tableLayouts)].filter(
        (name) => !reference.includes(`\`${name}\``),
      ),
    ];
    expect(undocumented).toEqual([]);
  });

  it("places blocks, inline text, list items and table parts where they belong", () => {
    expect([mayContain("#root", "p"), mayContain("p", "em"), mayContain("p", "p"), mayContain("li", "table")]).toEqual([
      true,
      true,
      false,
      true,
    ]);
    expect([
      mayContain("ul", "li"),
      mayContain("p", "li"),
      mayContain("table", "tr"),
      mayContain("tr", "td"),
      mayContain("table", "td"),
    ]).toEqual([true, false, true, true, false]);
    expect([
      mayContain("section", "toc"),
      mayContain("td", "page-break"),
      mayContain("p", "footnote"),
      mayContain("#root", "footnote"),
    ]).toEqual([true, false, true, true]);
    expect([mayContainText("p"), mayContainText("tr"), mayContainText("br"), mayContainText("#root")]).toEqual([
      true,
      false,
      false,
      true,
    ]);
  });
});
