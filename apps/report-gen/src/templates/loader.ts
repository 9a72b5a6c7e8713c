import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, join, relative, sep } from "node:path";

export const templateExtension = ".hbs";
export const partialsFolder = "partials";

/** Template names are paths below a templates folder: "brief", "appendix/conventions". */
const templateName = /^[a-z0-9][a-z0-9_-]*(?:\/[a-z0-9][a-z0-9_-]*)*$/i;

export function isTemplateName(name: string): boolean {
  return templateName.test(name);
}

/** The first `<dir>/<name>.hbs` that exists: an edition's override folder wins over the shared one. */
export function resolveTemplate(name: string, dirs: readonly string[]): string | undefined {
  if (!isTemplateName(name)) return undefined;
  return dirs.map((dir) => join(dir, `${name}${templateExtension}`)).find((file) => existsSync(file));
}

/** Every partial by name (`partials/<name>.hbs`), the first folder that has it winning. */
export function findPartials(dirs: readonly string[]): Map<string, string> {
  const partials = new Map<string, string>();
  for (const dir of dirs) {
    const folder = join(dir, partialsFolder);
    if (!existsSync(folder)) continue;
    for (const entry of readdirSync(folder).sort()) {
      if (!entry.endsWith(templateExtension)) continue;
      const name = entry.slice(0, -templateExtension.length);
      if (!partials.has(name)) partials.set(name, join(folder, entry));
    }
  }
  return partials;
}

/** The largest template read: the shipped ones are a few KB. */
export const MAX_TEMPLATE_BYTES = 256 * 1024;

/** A template file that may not be read: outside its templates folder, not a regular file, too large, not UTF-8. */
export class TemplateFileError extends Error {
  override readonly name = "TemplateFileError";
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

/**
 * A template's text, read only when it is a regular file that resolves (links followed) inside
 * the templates folder among `dirs` it was found in, is at most MAX_TEMPLATE_BYTES and is UTF-8.
 * @throws TemplateFileError otherwise.
 */
export function readTemplateFile(file: string, dirs: readonly string[]): string {
  const stat = statSync(file);
  const folder = dirs.find((dir) => file.startsWith(dir.endsWith(sep) ? dir : dir + sep));
  if (folder !== undefined) {
    const real = realpathSync(file);
    const rel = relative(realpathSync(folder), real);
    if (rel.startsWith("..") || isAbsolute(rel)) {
      throw new TemplateFileError(
        `the template leads out of its templates folder, to ${real}`,
        "put the template itself in the folder, not a link to a file elsewhere",
      );
    }
  }
  if (!stat.isFile()) throw new TemplateFileError("the template is not a regular file", "replace it with a text file");
  if (stat.size > MAX_TEMPLATE_BYTES) {
    throw new TemplateFileError(
      `the template is ${Math.ceil(stat.size / 1024)} KB, more than the ${MAX_TEMPLATE_BYTES / 1024} KB a template may hold`,
      "check that it is the right file",
    );
  }
  const bytes = readFileSync(file);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bytes.includes(0)) {
    throw new TemplateFileError(
      "the template is not UTF-8 text (it holds NUL bytes: UTF-16, or a binary file)",
      "save it as UTF-8",
    );
  }
  return bytes.toString("utf8");
}

interface Cached<T> {
  readonly mtimeMs: number;
  readonly size: number;
  readonly source: string;
  readonly compiled: T;
}

/** Compiles each template file once per process; an edited file (new mtime or size) compiles again. */
export class TemplateCache<T> {
  readonly #entries = new Map<string, Cached<T>>();
  readonly #compile: (source: string, file: string) => T;

  constructor(compile: (source: string, file: string) => T) {
    this.#compile = compile;
  }

  /** `dirs`: the templates folders, which the file must resolve inside (see readTemplateFile). */
  load(file: string, dirs: readonly string[] = []): { readonly source: string; readonly compiled: T } {
    const { mtimeMs, size } = statSync(file);
    const cached = this.#entries.get(file);
    if (cached && cached.mtimeMs === mtimeMs && cached.size === size) return cached;
    const source = readTemplateFile(file, dirs);
    const entry = { mtimeMs, size, source, compiled: this.#compile(source, file) };
    this.#entries.set(file, entry);
    return entry;
  }
}
