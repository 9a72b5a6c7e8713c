// Text written four bytes a character (UTF-32), for the tests of how a file's encoding is told.

/** The text in UTF-32, four bytes a character, little- or big-endian. */
export const utf32 = (text: string, order: "le" | "be"): Buffer =>
  Buffer.concat(
    [...text].map((c) => {
      const b = Buffer.alloc(4);
      if (order === "le") b.writeUInt32LE(c.codePointAt(0)!);
      else b.writeUInt32BE(c.codePointAt(0)!);
      return b;
    }),
  );
