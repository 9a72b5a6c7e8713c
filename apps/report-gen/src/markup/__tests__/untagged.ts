/** Content without the structure nodes hung on its pieces (`tag`, `lbl`): their tree is tested on its own. */
export const untagged = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(untagged);
  if (value === null || typeof value !== "object" || Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== "tag" && key !== "lbl")
      .map(([key, inner]) => [key, untagged(inner)]),
  );
};
