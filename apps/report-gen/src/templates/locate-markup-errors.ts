import { positionFinder, type MarkupError } from "../document-error.js";

/** A template file and its text, as rendered. */
export interface TemplateSource {
  readonly file: string;
  readonly source: string;
}

/** What the markup at an error says, most specific first: the whole tag, its name, an attribute, an entity, text. */
const snippets = [/^<[^<>]*>/, /^<\/?[^\s>/]+/, /^[^\s=>/]+="[^"]*"/, /^&[A-Za-z0-9#]+;/, /^[^<>\n]{1,40}/];

/**
 * Markup errors carry positions in the rendered markup; loops and partials move lines.
 * When the offending text is written once in the template or one of its partials,
 * point there instead; otherwise keep the markup position and say so in the hint.
 */
export function locateInTemplates(
  errors: readonly MarkupError[],
  markup: string,
  templates: readonly TemplateSource[],
): MarkupError[] {
  const lineStarts = [0, ...[...markup.matchAll(/\n/g)].map((m) => m.index + 1)];
  return errors.map((error) => {
    const offset = (lineStarts[error.line - 1] ?? 0) + error.column - 1;
    const rest = markup.slice(offset);
    for (const pattern of snippets) {
      const snippet = pattern.exec(rest)?.[0];
      if (snippet === undefined) continue;
      const places = templates.flatMap(({ file, source }) =>
        occurrences(source, snippet).map((at) => ({ file, source, at })),
      );
      const [only] = places;
      if (places.length === 1 && only) return { ...error, file: only.file, ...positionFinder(only.source)(only.at) };
    }
    return {
      ...error,
      hint: `${error.hint} (line ${error.line}, column ${error.column} of the markup this template wrote)`,
    };
  });
}

function occurrences(text: string, snippet: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(snippet); at >= 0; at = text.indexOf(snippet, at + 1)) found.push(at);
  return found;
}
