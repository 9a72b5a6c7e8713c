/** Fonts: embedded, and every character code drawn maps to Unicode text. */
import type { PdfRule } from "./rule.js";

const rules: PdfRule[] = [
  {
    id: "fonts-embedded",
    matterhorn: ["31-009"],
    clause: "ISO 14289-1 7.21.4.1; ISO 19005-2 6.2.11.4",
    description: "every font used is embedded",
    check: ({ facts }) =>
      facts.fonts.filter((font) => !font.embedded).map((font) => `font ${font.name || font.id} is not embedded`),
  },
  {
    id: "unicode-mapping",
    matterhorn: ["10-001"],
    clause: "ISO 14289-1 7.2; ISO 19005-2 6.2.11.7",
    description: "every font has a ToUnicode map that covers every character code drawn",
    check: ({ facts }) =>
      facts.fonts.flatMap((font) => {
        if (
          font.subtype !== "Type0" &&
          font.subtype !== "TrueType" &&
          font.subtype !== "Type3" &&
          font.subtype !== "Type1"
        )
          return [];
        if (!font.toUnicode && font.codesUsed > 0)
          return [`font ${font.name || font.id} has no /ToUnicode: its text cannot be read back`];
        if (font.unmappedCount > 0) {
          const codes = font.unmapped.map((code) => `0x${code.toString(16).padStart(4, "0")}`).join(", ");
          return [
            `font ${font.name || font.id}: ${font.unmappedCount} character code(s) drawn map to no text (${codes}${font.unmappedCount > font.unmapped.length ? ", …" : ""})`,
          ];
        }
        return [];
      }),
  },
];

export default rules;
