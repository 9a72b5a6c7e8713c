#!/usr/bin/env bash
# CI's mutation testing: each Stryker configuration (a package's stryker.config.mjs, and any
# stryker.<part>.config.mjs beside it) whose last results are committed (its incrementalFile,
# stryker-incremental.json for stryker.config.mjs) runs incrementally, so only mutants in changed code, or
# covered by changed tests, run again. A score under thresholds.break (80 %) fails, and so does any one
# module (a folder under src/, or a file in src/ itself) under 80 % (scripts/mutation-modules.mjs reads
# the run's JSON report). A configuration without committed results needs a full run first (hours on 2
# cores): it is named and skipped.
# Needs the workspace built (`pnpm build`; `pnpm test` builds it).
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
status=0
for config in packages/*/stryker*.config.mjs apps/*/stryker*.config.mjs; do
  [ -f "$config" ] || continue
  pkg=$(dirname "$config")
  name=$(basename "$config")
  # The configuration's results file and JSON report, as Stryker reads them (relative to the package).
  read -r incremental report < <(node --input-type=module -e "
    const { default: c } = await import('$root/$config');
    console.log(c.incrementalFile ?? 'reports/stryker-incremental.json', c.jsonReporter?.fileName ?? 'reports/mutation/mutation.json');
  ")
  if [ ! -f "$pkg/$incremental" ]; then
    echo "mutation testing: $pkg/$name has no committed results ($incremental): skipped; run it in full first"
    continue
  fi
  echo "mutation testing: $pkg/$name (incremental)"
  (cd "$pkg" && pnpm exec stryker run "$name" && node "$root/scripts/mutation-modules.mjs" "$report") || status=1
done
exit $status
