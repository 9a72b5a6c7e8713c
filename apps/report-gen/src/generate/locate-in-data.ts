import { readFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative } from "node:path";
import { EDITION_FILES } from "@tip/data/load";
import { positionFinder, type DocumentError } from "../document-error.js";

/** An error about printed text, with that text, as render-job.ts reports content that did not fit. */
type WithSnippet = DocumentError & { readonly snippet?: string };

/**
 * Text that did not fit usually came from the data: an error about it points at the edition file
 * where that text is written (the first place it appears), keeping the template's location in the
 * hint; text the data does not hold keeps the template's location.
 */
export function locateInData<T extends WithSnippet>(errors: readonly T[], editionDir: string): DocumentError[] {
  let files: { file: string; text: string }[] | undefined;
  return errors.map(({ snippet, ...error }) => {
    // The text as printed, else its first word: whitespace in the data may be written otherwise.
    const needles = [snippet ?? "", snippet?.split(/\s/)[0]?.slice(0, 24) ?? ""].filter((n) => n.length >= 4);
    if (needles.length === 0) return error;
    files ??= Object.values(EDITION_FILES).flatMap((name) => {
      try {
        return [{ file: join(editionDir, name), text: readFileSync(join(editionDir, name), "utf8") }];
      } catch {
        return [];
      }
    });
    for (const needle of needles) {
      for (const { file, text } of files) {
        const offset = text.indexOf(needle);
        if (offset < 0) continue;
        const template = relative(dirname(editionDir), error.file);
        const shown = template.startsWith("..") || isAbsolute(template) ? error.file : template;
        const where = / \(line \d+, column \d+ of the markup this template wrote\)$/.test(error.hint)
          ? shown
          : `${shown}:${error.line}:${error.column}`;
        return { ...error, file, ...positionFinder(text)(offset), hint: `${error.hint}; printed by ${where}` };
      }
    }
    return error;
  });
}
