import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** Writes template folders for a test: `{ shared: { "brief.hbs": "…" }, edition: { … } }` → their paths. */
export function templateDirs<K extends string>(folders: Record<K, Record<string, string>>): Record<K, string> {
  const root = mkdtempSync(join(tmpdir(), "templates-"));
  const dirs = {} as Record<K, string>;
  for (const [folder, files] of Object.entries(folders) as [K, Record<string, string>][]) {
    const dir = join(root, folder);
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    dirs[folder] = dir;
  }
  return dirs;
}
