// Precompiles the shipped Handlebars templates (templates/**/*.hbs) into dist/precompiled-templates.json,
// keyed by the SHA-256 of each file's text: a cold `generate` then skips parsing them and generating
// their JavaScript (some 100 ms of CPU). An edition's own templates, or a shipped one edited after the
// build, have other keys and are compiled at run time as before (src/templates/render-template.ts).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PRECOMPILED_FILE, precompileTemplate, templateKey } from "../dist/templates/render-template.js";

const templates = fileURLToPath(new URL("../templates/", import.meta.url));
const precompiled = {};
for (const entry of readdirSync(templates, { recursive: true }).map(String).sort()) {
  if (!entry.endsWith(".hbs")) continue;
  const source = readFileSync(join(templates, entry), "utf8");
  precompiled[templateKey(source)] = precompileTemplate(source);
}
writeFileSync(PRECOMPILED_FILE, `${JSON.stringify({ templates: precompiled })}\n`);
