/** What a PDF/UA and PDF/A reader reads first: the catalog, the metadata, the file's version and encryption. */
import type { PdfRule } from "./rule.js";

const rules: PdfRule[] = [
  {
    id: "marked",
    matterhorn: [],
    clause: "ISO 14289-1 7.1",
    description: "the catalog's MarkInfo says Marked true and the document has a structure tree",
    check: ({ facts }) => [
      ...(facts.catalog.marked === true
        ? []
        : ["the catalog has no /MarkInfo << /Marked true >>: the file does not say it is tagged"]),
      ...(facts.catalog.tagged ? [] : ["the catalog has no /StructTreeRoot: the file has no structure tree"]),
    ],
  },
  {
    id: "suspects",
    matterhorn: ["01-007"],
    clause: "ISO 14289-1 7.1",
    description: "MarkInfo does not flag the tagging as suspect",
    check: ({ facts }) =>
      facts.catalog.suspects ? ["/MarkInfo has /Suspects true: the tagging is flagged as unreliable"] : [],
  },
  {
    id: "language",
    matterhorn: ["11-001", "11-006"],
    clause: "ISO 14289-1 7.2",
    description: "the catalog names the document's natural language (/Lang)",
    check: ({ facts }) => {
      const lang = facts.catalog.lang;
      if (lang === null || lang.trim() === "")
        return ["the catalog has no /Lang: the document's language cannot be determined"];
      return /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(lang)
        ? []
        : [`the catalog's /Lang "${lang}" is not a BCP 47 language tag`];
    },
  },
  {
    id: "display-title",
    matterhorn: ["07-001", "07-002"],
    clause: "ISO 14289-1 7.1",
    description: "ViewerPreferences DisplayDocTitle is true",
    check: ({ facts }) => {
      const display = facts.catalog.displayDocTitle;
      if (display === null)
        return [
          "the catalog's /ViewerPreferences has no /DisplayDocTitle: viewers show the file name instead of the title",
        ];
      return display
        ? []
        : ["/ViewerPreferences /DisplayDocTitle is false: viewers show the file name instead of the title"];
    },
  },
  {
    id: "xmp",
    matterhorn: ["06-001", "06-003"],
    clause: "ISO 14289-1 7.1",
    description: "an XMP metadata stream that is well-formed XML and holds a dc:title",
    check: ({ facts, xmp }) => {
      if (facts.xmp === null || xmp === null) return ["the catalog has no XMP /Metadata stream"];
      if (xmp.malformed !== null) return [`the XMP metadata is not well-formed XML: ${xmp.malformed}`];
      return xmp.values.get("dc:title") ? [] : ["the XMP metadata has no dc:title"];
    },
  },
  {
    id: "pdfua-identification",
    matterhorn: ["06-002"],
    clause: "ISO 14289-1 5",
    description: "the XMP metadata identifies the file as PDF/UA-1 (pdfuaid:part 1)",
    check: ({ xmp }) => {
      if (xmp === null || xmp.malformed !== null) return [];
      const part = xmp.values.get("pdfuaid:part");
      if (part === undefined) return ["the XMP metadata has no pdfuaid:part: the file does not claim PDF/UA"];
      return part === "1" ? [] : [`pdfuaid:part is "${part}", not 1`];
    },
  },
  {
    id: "metadata-consistent",
    matterhorn: [],
    clause: "ISO 19005-2 6.6.3",
    description:
      "the Info dictionary and the XMP metadata say the same (title, author, subject, producer, keywords, dates)",
    check: ({ facts, xmp }) => {
      if (xmp === null || xmp.malformed !== null) return [];
      const problems: string[] = [];
      const pairs: [string, string][] = [
        ["Title", "dc:title"],
        ["Author", "dc:creator"],
        ["Subject", "dc:description"],
        ["Producer", "pdf:Producer"],
        ["Keywords", "pdf:Keywords"],
        ["Creator", "xmp:CreatorTool"],
      ];
      for (const [key, property] of pairs) {
        const info = facts.info[key];
        if (info === undefined || info === null) continue;
        const value = xmp.values.get(property);
        if (value !== info)
          problems.push(
            `Info /${key} "${info}" but XMP ${property} ${value === undefined ? "is missing" : `"${value}"`}`,
          );
      }
      for (const [key, property] of [
        ["CreationDate", "xmp:CreateDate"],
        ["ModDate", "xmp:ModifyDate"],
      ] as const) {
        const info = facts.info[key];
        if (info === undefined || info === null) continue;
        const value = xmp.values.get(property);
        if (value === undefined) problems.push(`Info /${key} is set but XMP ${property} is missing`);
        else if (pdfDateInstant(info) !== xmpDateInstant(value))
          problems.push(`Info /${key} ${info} and XMP ${property} ${value} are different instants`);
      }
      return problems;
    },
  },
  {
    id: "not-encrypted",
    matterhorn: ["26-001", "26-002"],
    clause: "ISO 19005-2 6.1.3; ISO 14289-1 7.16",
    description: "the file is not encrypted (PDF/A forbids it; PDF/UA needs text extraction allowed)",
    check: ({ facts }) =>
      facts.encrypted
        ? [
            `the file is encrypted${facts.permissions.extract ? "" : " and forbids text extraction to assistive technology"}`,
          ]
        : [],
  },
  {
    id: "pdf-version",
    matterhorn: [],
    clause: "ISO 19005-2 6.1.2",
    description: "the file is PDF 1.7, the version PDF/A-2 and PDF/A-3 are based on",
    check: ({ facts }) => (facts.version === "1.7" ? [] : [`the file is PDF ${facts.version}, not 1.7`]),
  },
];

export default rules;

/** "D:20170627000000Z" or "D:20170627000000+02'00'" → milliseconds since the epoch. */
export function pdfDateInstant(date: string): number {
  const m = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?/.exec(date);
  if (!m) return Number.NaN;
  const [, y, mo = "01", d = "01", h = "00", mi = "00", s = "00", zone = "Z"] = m;
  return Date.parse(
    `${y}-${mo}-${d}T${h}:${mi}:${s}${zone === "Z" ? "Z" : zone.replaceAll("'", "").replace(/(\d{2})(\d{2})$/, "$1:$2")}`,
  );
}

/** XMP dates: ISO 8601, possibly without seconds or zone. */
export function xmpDateInstant(date: string): number {
  return Date.parse(/[Zz]|[+-]\d{2}:\d{2}$/.test(date) ? date : `${date}Z`);
}
