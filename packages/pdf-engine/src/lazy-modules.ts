/**
 * Load on first use what pdfkit and fontkit load up front but our documents never call.
 *
 * fontkit requires a Brotli decoder (with its 120 KB dictionary) for WOFF2 fonts, and pdfkit an
 * AES implementation for encrypted PDFs, as soon as they are loaded: some 20 ms of every render
 * thread's start-up, for fonts we do not use (TrueType) and documents we do not write (encrypted).
 * Each is entered in Node's module cache, before pdfkit loads, as a stand-in that requires the real
 * module the first time it is called or read, and passes everything on to it. lazy-modules.test.ts
 * proves the stand-ins behave as the real modules.
 *
 * Node's module cache belongs to the whole thread, so nothing here happens on import: a process's
 * entry point (report-gen's bin script, its render worker) calls `deferUnusedModules()` first thing.
 */
import { createRequire, Module } from "node:module";
import { libraryEntries } from "./libraries.js";

/** The modules left until used: who requires them, what, and whether it is a function or an object of functions. */
export function lazyModules() {
  const { pdfkit, fontkit } = libraryEntries();
  return [
    { from: fontkit, id: "brotli/decompress.js", kind: "function" },
    { from: pdfkit, id: "@noble/ciphers/aes", kind: "object" },
  ] as const;
}

const stood = new Set<string>();

/** The module files standing in for modules not yet used (tests). */
export function lazyModulesPending(): string[] {
  return [...stood];
}

function standIn(from: string, id: string, kind: "function" | "object"): void {
  const requireFrom = createRequire(from);
  let path: string;
  try {
    path = requireFrom.resolve(id);
  } catch {
    return; // a pdfkit or fontkit without it: nothing to defer
  }
  if (requireFrom.cache[path] !== undefined) return; // already loaded for real
  let real: any;
  const load = (): any => {
    if (real === undefined) {
      stood.delete(path);
      if (requireFrom.cache[path] === module) delete requireFrom.cache[path];
      real = requireFrom(path);
    }
    return real;
  };
  const exports =
    kind === "function"
      ? function (this: unknown, ...args: unknown[]) {
          return load().apply(this, args);
        }
      : new Proxy(
          {},
          {
            get: (_, key) => load()[key],
            has: (_, key) => key in load(),
            ownKeys: () => Reflect.ownKeys(load()),
            getOwnPropertyDescriptor: (_, key) => {
              const descriptor = Reflect.getOwnPropertyDescriptor(load(), key);
              return descriptor && { ...descriptor, configurable: true };
            },
          },
        );
  const module = new Module(path);
  module.filename = path;
  module.loaded = true;
  module.exports = exports;
  requireFrom.cache[path] = module;
  stood.add(path);
}

let deferred = false;

/** Enters the stand-ins into this thread's module cache, before pdfkit and fontkit load; once per thread. */
export function installLazyModules(): void {
  if (deferred) return;
  deferred = true;
  for (const { from, id, kind } of lazyModules()) standIn(from, id, kind);
}

/** In effect once the stand-ins were entered (each gives way to the real module when first used). */
export function lazyModulesInEffect(): boolean {
  return deferred;
}
