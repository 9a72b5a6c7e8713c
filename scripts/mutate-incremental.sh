#!/usr/bin/env bash
# CI's mutation testing: each package whose last results are committed (stryker-incremental.json beside
# its stryker.config.mjs) runs Stryker incrementally, so only mutants in changed code, or covered by
# changed tests, run again; a score under the package's thresholds.break (80 %) fails. A package with a
# configuration but no committed results needs a full run first (hours on 2 cores): it is named and skipped.
# Needs the workspace built (`pnpm build`; `pnpm test` builds it).
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
for config in packages/*/stryker.config.mjs apps/*/stryker.config.mjs; do
  [ -f "$config" ] || continue
  pkg=$(dirname "$config")
  if [ ! -f "$pkg/stryker-incremental.json" ]; then
    echo "mutation testing: $pkg has no committed results (stryker-incremental.json): skipped; run it in full first"
    continue
  fi
  echo "mutation testing: $pkg (incremental)"
  (cd "$pkg" && pnpm exec stryker run) || status=1
done
exit $status
