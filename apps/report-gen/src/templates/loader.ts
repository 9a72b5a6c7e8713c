import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

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

  load(file: string): { readonly source: string; readonly compiled: T } {
    const { mtimeMs, size } = statSync(file);
    const cached = this.#entries.get(file);
    if (cached && cached.mtimeMs === mtimeMs && cached.size === size) return cached;
    const source = readFileSync(file, "utf8");
    const entry = { mtimeMs, size, source, compiled: this.#compile(source, file) };
    this.#entries.set(file, entry);
    return entry;
  }
}
