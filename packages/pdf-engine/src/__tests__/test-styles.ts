import { fontFamily } from "../assets.js";

/** A stylesheet like a report's (report-gen's markup/stylesheet.ts): the named styles the engine's tests use. */
export const defaultStyle = { font: fontFamily, fontSize: 9.5, lineHeight: 1.25, color: "#1f2328" };

export const styles: Readonly<Record<string, Record<string, unknown>>> = {
  h1: { fontSize: 18, bold: true, color: "#1b2f5b", margin: [0, 6, 0, 10], lineHeight: 1.1 },
  em: { italics: true },
  strong: { bold: true },
  table: { fontSize: 8.5, lineHeight: 1.15, margin: [0, 2, 0, 10] },
  tableHeader: { bold: true, color: "#1b2f5b" },
  muted: { color: "#5b6270" },
  small: { fontSize: 8 },
  lead: { fontSize: 11, lineHeight: 1.35 },
  note: { italics: true, color: "#5b6270" },
  numeric: { alignment: "right" },
  body: { alignment: "left" },
  "in-period": { fillColor: "#fff1c2", bold: true },
};
