#!/usr/bin/env node
// A tiny shim: all behaviour lives in the compiled CLI, bundled into one file (scripts/bundle.mjs).
// V8 is tuned for rendering before the CLI and its libraries load (see src/generate/v8-tuning.ts).
import { tuneCompilerForRendering } from "../dist/generate/v8-tuning.js";

tuneCompilerForRendering();
const { main } = await import("../dist/bundle/cli.js");
process.exitCode = await main(process.argv.slice(2));
