import { join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** packages/pdf-engine/assets, from src/ or dist/ alike. */
export const assetsDir = fileURLToPath(new URL("../assets/", import.meta.url));

const fontsDir = join(assetsDir, "fonts");

/** The family name documents give `font` for Roboto. */
export const fontFamily = "Roboto";

/** Roboto as pdfmake names its four faces; bold is Roboto Medium, as pdfmake ships it. */
export const robotoFaces = {
  normal: join(fontsDir, "Roboto-Regular.ttf"),
  bold: join(fontsDir, "Roboto-Medium.ttf"),
  italics: join(fontsDir, "Roboto-Italic.ttf"),
  bolditalics: join(fontsDir, "Roboto-MediumItalic.ttf"),
} as const;

/** The only local files a document may read: our own fonts and assets. */
export function isAssetPath(path: string): boolean {
  return resolve(path).startsWith(resolve(assetsDir) + sep);
}
