/** Text from data files and paths, made safe to print on a terminal: nothing in it is read as a command. */

// C0 and C1 controls (escape sequences start with ESC or CSI), DEL, and the Unicode controls that
// reorder or break lines of text (bidirectional overrides and isolates, line and paragraph separators).
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Every control character shown escaped: ESC as `\x1b`, a tab as `\t`, U+202E as `\u202e`. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => {
    if (c === "\t") return "\\t";
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

/** Each line made safe on its own: the line breaks a command prints stay line breaks. */
export function terminalSafeLines(text: string): string {
  return text.split("\n").map(terminalSafe).join("\n");
}

/** Quoted values longer than this are cut in messages. */
export const QUOTE_LIMIT = 80;
/** No message line is longer than this. */
export const MESSAGE_LIMIT = 400;

/** A message with each long quoted value cut to a readable length, saying how long it was, and the whole capped. */
export function readableMessage(message: string): string {
  const cut = message.replace(
    /"([^"]{81,})"/g,
    (_, value: string) => `"${[...value].slice(0, QUOTE_LIMIT - 20).join("")}… (${[...value].length} characters)"`,
  );
  const chars = [...cut];
  return chars.length <= MESSAGE_LIMIT ? cut : `${chars.slice(0, MESSAGE_LIMIT - 1).join("")}…`;
}
