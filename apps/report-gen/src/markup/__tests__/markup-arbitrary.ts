import fc from "fast-check";

/** Pieces that make near-valid markup likely, mixed with arbitrary text. */
export const markupPiece = fc.oneof(
  fc.constantFrom(
    "<p>",
    "</p>",
    "<h1>",
    "</h1>",
    "<h2>",
    "</h2>",
    "<h3>",
    "</h3>",
    "<em>",
    "</em>",
    "<strong>",
    "</strong>",
    '<a href="https://www.state.gov/">',
    '<a href="javascript:x">',
    "</a>",
    "<ul>",
    "</ul>",
    "<ol>",
    "</ol>",
    "<li>",
    "</li>",
    "<table>",
    '<table widths="auto,*">',
    '<table class="zebra">',
    "</table>",
    "<thead>",
    "</thead>",
    "<tbody>",
    "</tbody>",
    "<tr>",
    "</tr>",
    "<th>",
    "</th>",
    "<td>",
    '<td colspan="2">',
    '<td rowspan="2">',
    '<td colspan="0">',
    "</td>",
    "<br/>",
    "<page-break/>",
    "<toc/>",
    '<chart ref="c"/>',
    '<chart ref="nope"/>',
    "<footnote>",
    "</footnote>",
    '<section title="S">',
    '<section orientation="landscape">',
    "</section>",
    '<span class="muted">',
    "</span>",
    '<div class="note">',
    "</div>",
    "<blink>",
    "</blink>",
    '<p bogus="1">',
    "&amp;",
    "&lt;",
    "&#x27;",
    "&nbsp;",
    "&",
    "<",
    ">",
    "<!-- c -->",
    "<![CDATA[x]]>",
    "<?xml?>",
    "<!DOCTYPE x>",
    "\n",
    "  ",
    "Côte d'Ivoire",
    '"',
    "\\",
  ),
  fc.string({ maxLength: 6 }),
);

export const markupString = fc.array(markupPiece, { maxLength: 40 }).map((pieces) => pieces.join(""));

/** Text as Handlebars would write it: markup characters escaped. */
const text = fc
  .string({ unit: fc.constantFrom(..."ab XYZ çÖΩЖ,.'\"&<>\\\n\t—".split("")), maxLength: 16 })
  .map((s) =>
    s
      .replaceAll("&", "&amp;")
      .replaceAll("<", "&lt;")
      .replaceAll(">", "&gt;")
      .replaceAll('"', "&quot;")
      .replaceAll("'", "&#x27;"),
  );

const { inline } = fc.letrec<{ inline: string }>((tie) => ({
  inline: fc.oneof(
    { depthSize: "small" },
    text,
    fc.constant("<br/>"),
    tie("inline").map((x) => `<em>${x}</em>`),
    tie("inline").map((x) => `<strong>${x}</strong>`),
    tie("inline").map((x) => `<a href="https://example.org/">${x}</a>`),
    tie("inline").map((x) => `<span class="muted small">${x}</span>`),
    fc.array(tie("inline"), { maxLength: 3 }).map((xs) => xs.join("")),
  ),
}));

const table = fc.integer({ min: 1, max: 4 }).chain((columns) => {
  const row = (cell: string) =>
    fc
      .array(inline, { minLength: columns, maxLength: columns })
      .map((cells) => `<tr>${cells.map((c) => `<${cell}>${c}</${cell}>`).join("")}</tr>`);
  return fc
    .tuple(
      fc.option(row("th")),
      fc.array(row("td"), { minLength: 1, maxLength: 12 }),
      fc.constantFrom("", ' class="zebra"'),
    )
    .map(
      ([head, body, layout]) =>
        `<table${layout}>${head === null ? "" : `<thead>${head}</thead>`}<tbody>${body.join("\n")}</tbody></table>`,
    );
});

/** Markup the vocabulary accepts, with charts named "c": every one must convert and render. */
const blocks = fc.letrec<{ block: string; blocks: string }>((tie) => ({
  block: fc.oneof(
    { depthSize: "small" },
    inline.map((x) => `<p>${x}</p>`),
    fc.constantFrom("h1", "h2", "h3").chain((h) => inline.map((x) => `<${h}>${x}</${h}>`)),
    fc
      .array(inline, { minLength: 1, maxLength: 4 })
      .map((items) => `<ul>${items.map((x) => `<li>${x}</li>`).join("")}</ul>`),
    table,
    inline.map((x) => `<footnote>${x}</footnote>`),
    fc.constantFrom('<chart ref="c" alt="A chart"/>', "<page-break/>"),
    fc
      .tuple(
        fc.constantFrom("", ' title="Part"'),
        fc.constantFrom("", ' orientation="landscape"', ' orientation="portrait"'),
        tie("blocks"),
      )
      .map(([title, orientation, body]) => `<section${title}${orientation}>${body}</section>`),
    tie("blocks").map((body) => `<div class="note">${body}</div>`),
  ),
  blocks: fc.array(tie("block"), { maxLength: 4 }).map((blocks) => blocks.join("\n")),
})).blocks;

export const validMarkup = fc
  .tuple(fc.boolean(), blocks)
  .map(([toc, body]) => withHeadingsInTurn(toc ? `<toc/>\n${body}` : body));

/** Headings as tagging wants them: the first an h1, each at most one level below the one before. */
function withHeadingsInTurn(markup: string): string {
  let level = 0;
  return markup.replace(/<h([123])>([\s\S]*?)<\/h\1>/g, (_, wanted: string, inner: string) => {
    level = Math.min(Number(wanted), level + 1);
    return `<h${level}>${inner}</h${level}>`;
  });
}
