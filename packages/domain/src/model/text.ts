import * as z from "zod";

/**
 * Running text as published, in a small inline notation: `*emphasis*` and `<https://…>` links.
 * `\*`, `\<` and `\\` escape those characters.
 */
export const InlineTextSchema = z.string().min(1);
export type InlineText = z.infer<typeof InlineTextSchema>;

export { inlineLinks, parseInline, plainText, type Span } from "../inline.js";
