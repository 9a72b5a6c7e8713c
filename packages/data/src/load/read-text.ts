import { open, realpath, stat } from "node:fs/promises";
import { constants } from "node:fs";
import { relative, isAbsolute } from "node:path";
import type { Issue } from "@tip/domain";
import { issueAt } from "../parse/source-map.js";

/** The largest edition file read: the 2017 edition's largest is about 20 KB, so this leaves room for fifty times that. */
export const MAX_FILE_BYTES = 1024 * 1024;

export type TextRead = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly issue: Issue };
// A Buffer, declared as the Uint8Array it is: the package's types then need no @types/node.
export type BytesRead =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly issue: Issue };

export interface ReadTextOptions {
  /** How the file is named in issues. */
  readonly file: string;
  /** The folder the file must resolve inside, symbolic links followed (the edition's folder). */
  readonly root?: string | undefined;
  readonly maxBytes?: number | undefined;
  /** The hint for a missing file. */
  readonly missingHint?: string | undefined;
}

const KINDS: [keyof import("node:fs").Stats, string][] = [
  ["isDirectory", "a folder"],
  ["isFIFO", "a named pipe (FIFO)"],
  ["isSocket", "a socket"],
  ["isCharacterDevice", "a device"],
  ["isBlockDevice", "a device"],
];

/**
 * Reads a text file as the untrusted input it is: only a regular file, only inside `root`, at
 * most `maxBytes`, and only UTF-8 (a UTF-16 or UTF-32 file, a binary file or stray bytes are each named
 * as such, with where). Never throws for a user's file; every refusal is one located issue.
 */
export async function readTextFile(path: string, options: ReadTextOptions): Promise<TextRead> {
  const read = await readFileChecked(path, options);
  return read.ok ? decodeText(read.bytes, options.file) : read;
}

/** The bytes of a regular file inside `root`, of at most `maxBytes`; otherwise the one issue that says why not. */
export async function readFileChecked(path: string, options: ReadTextOptions): Promise<BytesRead> {
  const { file } = options;
  const at = { file, line: 1, column: 1 };
  const fail = (rule: string, message: string, hint: string, where = at): BytesRead => ({
    ok: false,
    issue: issueAt(where, rule, message, hint),
  });
  const info = await stat(path).catch((e: NodeJS.ErrnoException) => e);
  if (info instanceof Error) {
    if (info.code === "ENOENT")
      return fail("file/missing", `${file} is missing`, options.missingHint ?? "check the file's name and folder");
    return fail(
      "file/unreadable",
      `the file cannot be read (${info.code ?? info.message})`,
      "check that it is a readable file",
    );
  }
  if (options.root !== undefined) {
    const [real, root] = await Promise.all([realpath(path), realpath(options.root)]);
    const rel = relative(root, real);
    if (rel.startsWith("..") || isAbsolute(rel)) {
      return fail(
        "file/outside-edition",
        `the file leads out of the edition's folder, to ${real}`,
        "put the file itself in the folder, not a link to a file elsewhere",
      );
    }
  }
  if (!info.isFile()) {
    const kind = KINDS.find(([test]) => (info[test] as () => boolean).call(info))?.[1] ?? "not a regular file";
    return fail("file/not-a-file", `the file is ${kind}, not a regular file`, "replace it with a text file");
  }
  const max = options.maxBytes ?? MAX_FILE_BYTES;
  if (info.size > max) {
    return fail(
      "file/too-large",
      `the file is ${megabytes(info.size)}, more than the ${megabytes(max)} a file may hold`,
      "check that it is the right file: an edition's files are far smaller",
    );
  }
  // O_NONBLOCK: should the file have been swapped for a FIFO since the check, reading it does not hang.
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK).catch((e: NodeJS.ErrnoException) => e);
  if (handle instanceof Error)
    return fail(
      "file/unreadable",
      `the file cannot be read (${handle.code ?? handle.message})`,
      "check that it is a readable file",
    );
  let bytes: Buffer;
  try {
    const buffer = Buffer.alloc(max + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0 || length + bytesRead > max) {
        length += bytesRead;
        break;
      }
      length += bytesRead;
    }
    if (length > max)
      return fail(
        "file/too-large",
        `the file is more than the ${megabytes(max)} a file may hold`,
        "check that it is the right file: an edition's files are far smaller",
      );
    bytes = buffer.subarray(0, length);
  } catch (e) {
    return fail(
      "file/unreadable",
      `the file cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      "check that it is a readable file",
    );
  } finally {
    await handle.close();
  }
  return { ok: true, bytes };
}

/** UTF-8 text, or the issue that says what the bytes are instead: UTF-32, UTF-16, binary, or not UTF-8 at line:col. */
export function decodeText(bytes: Uint8Array, file: string): TextRead {
  const at = (offset: number) => position(bytes, offset, file);
  // UTF-32 first: its little-endian byte-order mark starts with UTF-16's (FF FE).
  const wide = isUtf32(bytes) ? "UTF-32" : isUtf16(bytes) ? "UTF-16" : undefined;
  if (wide) {
    return {
      ok: false,
      issue: issueAt(
        { file, line: 1, column: 1 },
        `file/${wide.toLowerCase()}`,
        `the file is ${wide} text`,
        "save it as UTF-8 (in most editors: Save As, encoding UTF-8)",
      ),
    };
  }
  // A stray NUL in a text file is left to the text checks (text/control-character, at its place);
  // a file of many is a binary file.
  const nul = bytes.indexOf(0);
  if (nul !== -1 && countZeros(bytes) > Math.max(1, bytes.length / 100)) {
    return {
      ok: false,
      issue: issueAt(
        at(nul),
        "file/binary",
        "the file holds a NUL byte: it is not a text file",
        "give the edition's text file (UTF-8), not a binary one",
      ),
    };
  }
  const invalid = firstInvalidUtf8(bytes);
  if (invalid !== -1) {
    const shown = `\\x${bytes[invalid]!.toString(16).padStart(2, "0")}`;
    return {
      ok: false,
      issue: issueAt(
        at(invalid),
        "file/encoding",
        `the file is not UTF-8: the byte ${shown} is not UTF-8 text`,
        "save it as UTF-8 (in most editors: Save As, encoding UTF-8)",
      ),
    };
  }
  return { ok: true, text: new TextDecoder("utf-8").decode(bytes) };
}

function countZeros(bytes: Uint8Array): number {
  let zeros = 0;
  for (const b of bytes) if (b === 0) zeros++;
  return zeros;
}

/**
 * A byte-order mark (FF FE 00 00, or 00 00 FE FF), or the first characters written four bytes each:
 * the high byte of every one NUL (no character is beyond U+10FFFF), the next one NUL in most (every
 * character up to U+FFFF), the low one NUL in few. Either byte order.
 */
function isUtf32(bytes: Uint8Array): boolean {
  const [b0, b1, b2, b3] = bytes;
  if ((b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) || (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff))
    return true;
  const quads = Math.floor(Math.min(bytes.length, 512) / 4);
  if (quads === 0) return false;
  // NULs at each of the four places of a character, for the first `quads` characters.
  const zeros = [0, 0, 0, 0];
  for (let i = 0; i < quads * 4; i++) if (bytes[i] === 0) zeros[i % 4]!++;
  const [z0, z1, z2, z3] = zeros as [number, number, number, number];
  const little = z3 === quads && z2 > quads * 0.6 && z0 < quads / 2;
  const big = z0 === quads && z1 > quads * 0.6 && z3 < quads / 2;
  return little || big;
}

/** A byte-order mark, or NUL in every other byte of the first characters: letters written two bytes each. */
function isUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const sample = bytes.subarray(0, 512);
  if (sample.length < 4) return false;
  let even = 0;
  let odd = 0;
  sample.forEach((b, i) => {
    if (b === 0) i % 2 === 0 ? even++ : odd++;
  });
  const pairs = Math.floor(sample.length / 2);
  return (even > pairs * 0.6 && odd === 0) || (odd > pairs * 0.6 && even === 0);
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  try {
    decoder.decode(bytes);
    return -1;
  } catch {
    // Find it: decode growing prefixes by halving would be faster, but this runs once, on a bad file.
  }
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(i, i + need + 1));
    } catch {
      return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Line and column (1-based, in characters) of a byte offset. */
function position(bytes: Uint8Array, offset: number, file: string): { file: string; line: number; column: number } {
  const before = Buffer.from(bytes.subarray(0, offset)).toString("utf8");
  const lines = before.split("\n");
  return { file, line: lines.length, column: [...lines[lines.length - 1]!].length + 1 };
}

function megabytes(bytes: number): string {
  return bytes >= 10 * 1024 * 1024 ? `${Math.floor(bytes / 1024 / 1024)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
