/** The form in which two names are compared: case, spacing and apostrophe style ignored. */
export function lookupKey(text: string): string {
  return text.replace(/[’‘`]/g, "'").replace(/\s+/g, " ").trim().toLowerCase();
}
