// How the HTML side looks: report-gen's stylesheet (src/markup/stylesheet.ts) and page furniture in CSS,
// with the same Roboto files. Kept apart from briefs.js so the Chromium side loads nothing of report-gen.
import { fileURLToPath } from "node:url";

export const fontsDir = fileURLToPath(new URL("../../packages/pdf-engine/assets/fonts/", import.meta.url));

/** Roboto as report-gen uses it: its "bold" is Roboto Medium. */
export const fontFiles = {
  regular: `${fontsDir}Roboto-Regular.ttf`,
  bold: `${fontsDir}Roboto-Medium.ttf`,
  italic: `${fontsDir}Roboto-Italic.ttf`,
  boldItalic: `${fontsDir}Roboto-MediumItalic.ttf`,
};

/** report-gen's stylesheet (src/markup/stylesheet.ts) and page furniture, in CSS. */
export const css = `
@font-face { font-family: Roboto; font-weight: 400; font-style: normal; src: url("file://${fontFiles.regular}"); }
@font-face { font-family: Roboto; font-weight: 700; font-style: normal; src: url("file://${fontFiles.bold}"); }
@font-face { font-family: Roboto; font-weight: 400; font-style: italic; src: url("file://${fontFiles.italic}"); }
@font-face { font-family: Roboto; font-weight: 700; font-style: italic; src: url("file://${fontFiles.boldItalic}"); }
@page { size: Letter; margin: 66pt 54pt 62pt 54pt; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: Roboto; font-size: 9.5pt; line-height: 1.25; color: #1f2328; }
h1, h2 { font-weight: 700; color: #1b2f5b; line-height: 1.1; }
h1 { font-size: 18pt; margin: 6pt 0 10pt; }
h2 { font-size: 13pt; margin: 12pt 0 5pt; break-after: avoid; }
p { margin: 0 0 6pt; }
a { color: #1a4f9c; }
.subtitle { font-size: 11pt; color: #5b6270; margin: -6pt 0 4pt; }
.meta { font-size: 8.5pt; color: #5b6270; margin-bottom: 10pt; }
table { width: 100%; border-collapse: collapse; font-size: 8.5pt; line-height: 1.15; margin: 2pt 0 10pt; }
th { font-weight: 700; color: #1b2f5b; background: #e8ebf0; text-align: left; }
th, td { padding: 3pt 5pt; border-bottom: 0.4pt solid #d9dde5; vertical-align: top; }
thead th { border-top: 0.8pt solid #b8bfcc; border-bottom: 0.8pt solid #b8bfcc; }
tr:last-child td { border-bottom: 0.8pt solid #b8bfcc; }
.in-period { background: #fff1c2; font-weight: 700; }
.notation { text-align: center; }
.legend { font-size: 7.5pt; font-style: italic; color: #5b6270; margin: 2pt 0 6pt; }
.chart { text-align: center; margin: 4pt 0 10pt; }
.chart svg { width: 100%; height: auto; }
.footnote { font-size: 7.5pt; color: #5b6270; line-height: 1.2; margin: 2pt 0; }
.source { font-size: 7.5pt; color: #5b6270; margin: 10pt 0 0; }
`;

/**
 * The page footer, as Chromium's footer template: text on the left, "Page N of M" on the right.
 * Templates load no web fonts: the Chromium side puts the Roboto folder on fontconfig's path instead.
 */
export function footerTemplate(text) {
  return `<div style="font-family: Roboto; font-size: 7.5pt; color: #5b6270; width: 100%; box-sizing: border-box; padding: 0 54pt; margin-bottom: 16pt; display: flex; justify-content: space-between; gap: 12pt;">
<span>${escapeHtml(text)}</span><span style="white-space: nowrap">Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
}

/** A fontconfig file: the system's fonts plus report-gen's Roboto, for Chromium's header and footer. */
export function fontconfig(cacheDir) {
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>${fontsDir}</dir><cachedir>${cacheDir}</cachedir></fontconfig>
`;
}

export function escapeHtml(text) {
  return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
}
