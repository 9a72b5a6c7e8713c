/**
 * XMP metadata for PDF/A and PDF/UA at once, written as XML.
 *
 * pdfkit 0.19 writes its XMP packet by pasting the Info values into XML unescaped (a title with "&"
 * makes the packet unreadable), leaves out xmp:ModifyDate although the Info dictionary has ModDate
 * (PDF/A wants the two to agree), and declares one of PDF/A or PDF/UA through its `subset` option,
 * never both. Its `_addInfo` is replaced here: the same properties, escaped, plus xmp:ModifyDate,
 * dc:format and dc:language, and, for a tagged document, pdfuaid:part 1 with the extension schema
 * PDF/A asks for any property outside its predefined schemas. pdfkit's PDF/A part (`subset:
 * "PDF/A-3a"`) still writes pdfaid:part and pdfaid:conformance and the sRGB OutputIntent.
 * archival.test.ts reads the packet back; check-pdf judges the whole file.
 */
import { method } from "./libraries.js";
import { createRequire } from "node:module";

interface PdfKitInfo {
  Title?: string;
  Author?: string;
  Subject?: string;
  Keywords?: string;
  Creator?: string;
  Producer?: string;
  CreationDate?: Date;
  ModDate?: Date;
}

interface PdfKitPrototype {
  _addInfo(this: PdfKitThis): void;
}

interface PdfKitThis {
  info: PdfKitInfo;
  options: { tagged?: boolean; lang?: string };
  subset?: number;
  appendXML(xml: string, newline?: boolean): void;
}

const escapeXml = (text: string): string =>
  text
    .replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");

/** An instant as XMP writes it: ISO 8601 to the second, in UTC. */
const xmpDate = (date: Date): string => `${date.toISOString().split(".")[0]}Z`;

/** The properties of the packet, without the packet's wrapper (pdfkit writes that). */
export function xmpDescriptions(
  info: PdfKitInfo,
  options: { language?: string | undefined; pdfua: boolean; pdfa: boolean },
): string {
  const out: string[] = [];
  const xmp: string[] = [];
  if (info.CreationDate instanceof Date) xmp.push(`<xmp:CreateDate>${xmpDate(info.CreationDate)}</xmp:CreateDate>`);
  if (info.ModDate instanceof Date) xmp.push(`<xmp:ModifyDate>${xmpDate(info.ModDate)}</xmp:ModifyDate>`);
  if (info.Creator) xmp.push(`<xmp:CreatorTool>${escapeXml(info.Creator)}</xmp:CreatorTool>`);
  out.push(`<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">${xmp.join("")}</rdf:Description>`);
  const dc = ["<dc:format>application/pdf</dc:format>"];
  if (info.Title)
    dc.push(`<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(info.Title)}</rdf:li></rdf:Alt></dc:title>`);
  if (info.Author) dc.push(`<dc:creator><rdf:Seq><rdf:li>${escapeXml(info.Author)}</rdf:li></rdf:Seq></dc:creator>`);
  if (info.Subject)
    dc.push(
      `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(info.Subject)}</rdf:li></rdf:Alt></dc:description>`,
    );
  if (options.language)
    dc.push(`<dc:language><rdf:Bag><rdf:li>${escapeXml(options.language)}</rdf:li></rdf:Bag></dc:language>`);
  out.push(
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">${dc.join("")}</rdf:Description>`,
  );
  const pdf: string[] = [];
  if (info.Producer) pdf.push(`<pdf:Producer>${escapeXml(info.Producer)}</pdf:Producer>`);
  if (info.Keywords) pdf.push(`<pdf:Keywords>${escapeXml(info.Keywords)}</pdf:Keywords>`);
  out.push(`<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">${pdf.join("")}</rdf:Description>`);
  if (options.pdfua) {
    out.push(
      `<rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"><pdfuaid:part>1</pdfuaid:part></rdf:Description>`,
    );
    if (options.pdfa) out.push(PDFUA_EXTENSION_SCHEMA);
  }
  return out.join("\n");
}

/** PDF/A accepts properties outside its predefined schemas only when the packet describes them. */
const PDFUA_EXTENSION_SCHEMA = [
  `<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">`,
  `<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">`,
  `<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>`,
  `<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>`,
  `<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>`,
  `<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">`,
  `<pdfaProperty:name>part</pdfaProperty:name><pdfaProperty:valueType>Integer</pdfaProperty:valueType>`,
  `<pdfaProperty:category>internal</pdfaProperty:category><pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>`,
  `</rdf:li></rdf:Seq></pdfaSchema:property>`,
  `</rdf:li></rdf:Bag></pdfaExtension:schemas></rdf:Description>`,
].join("");

let installed = false;
let written = 0;

/** XMP packets written here in this process (tests check the patch is in effect). */
export function archivalStats(): { packets: number } {
  return { packets: written };
}

let replaced: { prototype: PdfKitPrototype; addInfo: PdfKitPrototype["_addInfo"] } | undefined;

/** Whether pdfkit writes its metadata with our XMP writer. */
export function archivalInEffect(): boolean {
  return replaced !== undefined && replaced.prototype._addInfo === replaced.addInfo;
}

/** Replaces pdfkit's `_addInfo` in the pdfkit that `pdfmakeEntry`'s pdfmake uses, once per process. */
export function installArchivalMetadata(pdfmakeEntry: string): void {
  if (installed) return;
  installed = true;
  const PDFDocument = createRequire(createRequire(pdfmakeEntry).resolve("pdfkit"))("pdfkit") as {
    prototype: PdfKitPrototype;
  };
  // Loud when pdfkit has moved what this replaces: the registry installs it only on verified versions.
  method(PDFDocument.prototype, "_addInfo", "pdfkit PDFDocument.prototype");
  const addInfo = function (this: PdfKitThis) {
    written++;
    this.appendXML(
      xmpDescriptions(this.info, {
        language: this.options.lang,
        pdfua: this.options.tagged === true,
        pdfa: this.subset !== undefined && this.subset > 1,
      }),
    );
  };
  PDFDocument.prototype._addInfo = addInfo;
  replaced = { prototype: PDFDocument.prototype, addInfo };
}
