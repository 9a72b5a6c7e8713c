import { readFileSync } from "node:fs";

// report-gen's own package.json, two folders up from dist/generate/, dist/cli/ and dist/bundle/ alike: a release bumps it.
const manifest = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
  readonly name: string;
  readonly version: string;
};

/** report-gen's version, as `--version` prints it. */
export const VERSION = manifest.version;

/** What the manifest names as the generator, e.g. "@tip/report-gen 0.1.0". */
export const GENERATOR = `${manifest.name} ${manifest.version}`;
