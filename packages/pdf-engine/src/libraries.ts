/**
 * The three libraries the engine drives, found as the engine loads them: pdfmake from this
 * package, pdfkit as that pdfmake resolves it, fontkit as that pdfkit does. Resolving loads nothing.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, sep } from "node:path";

export const LIBRARIES = ["pdfmake", "pdfkit", "fontkit"] as const;
export type LibraryName = (typeof LIBRARIES)[number];

let entries: Record<LibraryName, string> | undefined;

/** Each library's main file, as the engine's pdfmake and its dependencies resolve them. */
export function libraryEntries(): Readonly<Record<LibraryName, string>> {
  if (entries === undefined) {
    const pdfmake = createRequire(import.meta.url).resolve("pdfmake");
    const pdfkit = createRequire(pdfmake).resolve("pdfkit");
    const fontkit = createRequire(pdfkit).resolve("fontkit");
    entries = { pdfmake, pdfkit, fontkit };
  }
  return entries;
}

/** The folder and package.json of the package `name` that holds `file` (fontkit does not export its package.json). */
function packageJsonOf(file: string, name: string): { readonly dir: string; readonly version: string } {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    const path = join(dir, "package.json");
    if (!existsSync(path)) continue;
    const manifest = JSON.parse(readFileSync(path, "utf8")) as { name?: string; version?: string };
    if (manifest.name === name && typeof manifest.version === "string") return { dir, version: manifest.version };
  }
  throw new Error(`@tip/pdf-engine: no package.json of ${name} above ${file}`);
}

/**
 * Runs `load` with none of pdfmake's, pdfkit's or fontkit's own modules in this thread's module
 * cache, then takes out those it loaded and puts back any that were there. So the engine loads
 * instances of its own, and patches them, while code that requires "pdfkit" or "pdfmake" before
 * or after gets the libraries as published. (All three require their modules when loaded, none later.)
 */
export function withPrivateLibraries<T>(load: () => T): T {
  const cache = createRequire(import.meta.url).cache;
  const found = libraryEntries();
  const dirs = LIBRARIES.map((name) => packageJsonOf(found[name], name).dir + sep);
  const ours = (path: string) => dirs.some((dir) => path.startsWith(dir));
  const theirs = Object.keys(cache)
    .filter(ours)
    .map((path) => [path, cache[path]] as const);
  for (const [path] of theirs) delete cache[path];
  try {
    return load();
  } finally {
    for (const path of Object.keys(cache)) if (ours(path)) delete cache[path];
    for (const [path, module] of theirs) cache[path] = module;
  }
}

let versions: Record<LibraryName, string> | undefined;

/** The versions installed, read from their package.json files once per thread. */
export function installedVersions(): Readonly<Record<LibraryName, string>> {
  if (versions === undefined) {
    const found = libraryEntries();
    versions = {
      pdfmake: packageJsonOf(found.pdfmake, "pdfmake").version,
      pdfkit: packageJsonOf(found.pdfkit, "pdfkit").version,
      fontkit: packageJsonOf(found.fontkit, "fontkit").version,
    };
  }
  return versions;
}

/** `owner[key]` if it is a function; otherwise an error naming what moved. Patches are installed on verified versions only, so this is a bug to see, never one to skip. */
export function method<F extends Function>(owner: object | undefined, key: string, where: string): F {
  const found = owner === undefined ? undefined : (owner as Record<string, unknown>)[key];
  if (typeof found !== "function")
    throw new Error(
      `@tip/pdf-engine: ${where}.${key} is not a function in the installed library: the patch does not fit it`,
    );
  return found as F;
}

const WRAPS = Symbol("@tip/pdf-engine wraps");

/** Marks `wrapper` as calling `inner`, so that a patch whose method another patch wraps is still seen in effect. */
export function wrapping<F extends Function>(wrapper: F, inner: Function): F {
  Object.defineProperty(wrapper, WRAPS, { value: inner });
  return wrapper;
}

/** Whether `current` is `ours`, or a chain of our own wrappers around it. */
export function reaches(current: unknown, ours: Function): boolean {
  let fn = current as (Function & { [WRAPS]?: Function }) | undefined;
  while (fn !== undefined && fn !== ours) fn = fn[WRAPS] as (Function & { [WRAPS]?: Function }) | undefined;
  return fn === ours;
}
