#!/usr/bin/env node
// A tiny shim: all behaviour lives in the compiled CLI.
import { main } from "../dist/cli/main.js";

process.exitCode = await main(process.argv.slice(2));
