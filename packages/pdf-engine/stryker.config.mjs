// Mutation testing of @tip/pdf-engine: the patch registry (patches.ts: which patches a thread installs,
// from the verified versions and TIP_PDF_ENGINE_PATCHES, in what order, and which are in effect).
// definition.ts is a type alone (nothing to mutate); identity.ts is not the registry's logic: it only
// reads the registry's plan into report-gen's fingerprint. Each patch's own code is proven by its byte
// and pixel comparisons with plain pdfmake, not by mutants here.
// A surviving mutant that cannot change behaviour is written down in stryker-equivalent.md beside this file.
import { strykerConfig } from "../../stryker.base.mjs";

const base = strykerConfig(import.meta.dirname, ["src/patches.ts"]);

export default {
  ...base,
  // The sandbox sits two folders below the repository root, as the package does, so that a test's
  // path to a file outside the package (patches.test.ts reads pnpm-workspace.yaml) resolves there too.
  tempDirName: "../../.stryker-tmp-pdf-engine",
};
