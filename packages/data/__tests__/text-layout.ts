// A convention table (tab-separated lines) laid out as text, the way a PDF reader copies it or
// pdftotext -layout writes it: the input of the importer's "read back as text" tests.

const cellsOf = (line: string) => line.split("\t");

/** Words wrapped to lines of at most `width` characters. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * The table as pdftotext -layout writes one: each cell wrapped to its column's width and
 * placed at the column's position (headings left-aligned or centred, cells centred), a blank
 * line between blocks and between rows (none between rows when `tight`).
 */
export function layout(
  rows: readonly string[],
  options: { width: number; centreHeadings: boolean; tight?: boolean },
): string {
  const { width, centreHeadings } = options;
  // Rows printed close together come out of pdftotext with no blank line between them.
  const gap = options.tight ? [] : [""];
  const table = rows.map((r) => cellsOf(r).map((c) => (c === "" ? [] : wrap(c, width))));
  // Each column as wide as its longest line (a word longer than the width stays whole).
  const widths = table[0]!.map((_, column) =>
    Math.max(width, ...table.flatMap((r) => (r[column] ?? []).map((l) => l.length))),
  );
  const place = (wrapped: readonly string[][], centre: (column: number) => boolean): string[] => {
    const height = Math.max(...wrapped.map((w) => w.length));
    return Array.from({ length: height }, (_, line) =>
      wrapped
        .map((w, column) => {
          // Centred cells are centred vertically too, as a PDF table prints them.
          const top = centre(column) ? Math.floor((height - w.length) / 2) : 0;
          const text = w[line - top] ?? "";
          const pad = centre(column) ? Math.floor((widths[column]! - text.length) / 2) : 0;
          return (" ".repeat(pad) + text).padEnd(widths[column]! + 3);
        })
        .join("")
        .trimEnd(),
    );
  };
  const [head, sub, ...data] = table;
  return [
    ...place(head!, (c) => centreHeadings && c > 0),
    "",
    ...place(sub!, (c) => centreHeadings && c > 0),
    ...(options.tight ? [""] : []),
    ...data.flatMap((r) => [...gap, ...place(r, (c) => c > 0)]),
    "",
    "* ILO Protocol of 2014 to the Forced Labour Convention entered into force November 9, 2016",
  ].join("\n");
}
