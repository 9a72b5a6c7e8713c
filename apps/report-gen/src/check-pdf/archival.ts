/** PDF/A: identification, colour, embedded files. */
import type { PdfRule } from "./rule.js";

const rules: PdfRule[] = [
  {
    id: "pdfa-identification",
    matterhorn: [],
    clause: "ISO 19005-2 6.6.4",
    description:
      "the XMP metadata identifies PDF/A-2 or PDF/A-3 with conformance level A (pdfaid:part, pdfaid:conformance)",
    check: ({ xmp }) => {
      if (xmp === null || xmp.malformed !== null) return [];
      const part = xmp.values.get("pdfaid:part");
      const conformance = xmp.values.get("pdfaid:conformance");
      if (part === undefined) return ["the XMP metadata has no pdfaid:part: the file does not claim PDF/A"];
      const problems: string[] = [];
      if (part !== "2" && part !== "3") problems.push(`pdfaid:part is "${part}", not 2 or 3`);
      if (conformance !== "A")
        problems.push(
          `pdfaid:conformance is ${conformance === undefined ? "missing" : `"${conformance}"`}, not A (accessible)`,
        );
      return problems;
    },
  },
  {
    id: "output-intent",
    matterhorn: [],
    clause: "ISO 19005-2 6.2.3",
    description: "a PDF/A OutputIntent (GTS_PDFA1) with an embedded RGB ICC profile",
    check: ({ facts }) => {
      const intents = facts.outputIntents.filter((intent) => intent.subtype === "GTS_PDFA1");
      if (intents.length === 0) return ["the catalog has no GTS_PDFA1 OutputIntent: colours have no defined meaning"];
      return intents.some((intent) => intent.profile && intent.components === 3)
        ? []
        : ["the GTS_PDFA1 OutputIntent has no embedded 3-component (RGB) ICC profile"];
    },
  },
  {
    id: "embedded-files",
    matterhorn: ["21-001"],
    clause: "ISO 14289-1 7.11; ISO 19005-3 6.8",
    description:
      "embedded files have /F and /UF names, a MIME type and an /AFRelationship, and are listed in the catalog's /AF",
    check: ({ facts, xmp }) => {
      const part = xmp?.values.get("pdfaid:part");
      return facts.embeddedFiles.flatMap((file) => {
        const problems: string[] = [];
        if (!file.f || !file.uf)
          problems.push(
            `embedded file "${file.name}" lacks ${!file.f && !file.uf ? "/F and /UF" : !file.f ? "/F" : "/UF"}`,
          );
        if (part === "2")
          problems.push(
            `embedded file "${file.name}": PDF/A-2 allows only PDF/A files inside; claim PDF/A-3 to embed data`,
          );
        if (part === "3") {
          if (file.relationship === null) problems.push(`embedded file "${file.name}" has no /AFRelationship`);
          if (!file.inAF) problems.push(`embedded file "${file.name}" is not listed in the catalog's /AF`);
          if (file.mimeType === null) problems.push(`embedded file "${file.name}" has no MIME type (/Subtype)`);
        }
        return problems;
      });
    },
  },
];

export default rules;
