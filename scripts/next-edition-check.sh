#!/usr/bin/env bash
# Proof that nothing assumes which edition is newest or which countries it lists: in a temporary
# copy of the repository (never the shipped data), follow the editors' guide
# (apps/docs/guide/editors.md) to add the next edition from the test fixture table in
# fixtures/next-edition/ (invented cells, not published facts), then run the whole suite there.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/next-edition-check-XXXXXX")
trap 'rm -rf "$work"' EXIT
copy="$work/repo"
mkdir -p "$copy"
# The working tree's files (tracked and new, not ignored): no node_modules, dist or out.
(cd "$repo" && git ls-files -co --exclude-standard -z | while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done | xargs -0 cp --parents -t "$copy")
cd "$copy"
git init -q && git add -A && git -c user.name=check -c user.email=check@localhost commit -qm "copy" # turbo wants a repository
pnpm install --frozen-lockfile --offline --silent || pnpm install --frozen-lockfile --silent
pnpm build --output-logs=errors-only

editions=packages/data/editions
prev=$(ls "$editions" | grep -E '^[0-9]{4}$' | sort -n | tail -1)
next=$((prev + 1))
fixture=fixtures/next-edition/convention-table.fixture.tsv
table="$work/conventions-$next.tsv"
# The fixture is written for the edition after 2017: move its years from 2017 on forward to fall in $next's period.
node -e '
  const [file, shift] = [process.argv[1], Number(process.argv[2])];
  const text = require("fs").readFileSync(file, "utf8");
  process.stdout.write(text.replace(/(?<!\d)(20[1-9]\d)(?!\d)/g, (y) => (Number(y) >= 2017 ? String(Number(y) + shift) : y)));
' "$fixture" $((next - 2018)) > "$table"
say() { printf '\n== next-edition check: %s\n' "$*"; }
expect_fail() { if "$@"; then echo "expected to fail: $*" >&2; exit 1; fi; }

say "1. scaffold $next from $prev"
pnpm report-gen edition new "$next" --from "$prev"
say "2. import the table (dry run, then for real)"
pnpm report-gen import-table "$table" --edition "$next" --dry-run
cmp -s "$editions/$next/conventions.csv" "$editions/$prev/conventions.csv" || { echo "--dry-run wrote the table" >&2; exit 1; }
pnpm report-gen import-table "$table" --edition "$next"
say "3. validate: the release date and last year's wording are still to do"
expect_fail pnpm report-gen validate --edition "$next"
expect_fail pnpm report-gen generate --edition "$next" --out "$work/refused"
test ! -e "$work/refused/$next"
say "3. review"
node fixtures/next-edition/review.mjs "$editions/$next" "$next-06-30"
pnpm report-gen validate --edition "$next" 2>&1 | tee "$work/validate.txt"
! grep -q "review/previous-wording" "$work/validate.txt"
say "4. see what changed"
pnpm report-gen diff "$prev" "$next"
pnpm report-gen diff "$prev" "$next" --format pdf --out "$work/changes-$next.pdf"
say "6. generate"
pnpm report-gen generate --edition "$next" --out "$work/out"
say "every country of $prev the $next table drops still gets its brief, from $prev"
for code in $(tail -n +2 "$editions/$prev/conventions.csv" | cut -d, -f1); do
  if ! grep -q "^$code," "$editions/$next/conventions.csv"; then
    pnpm --silent report-gen generate --country "$code" --out "$work/out" --quiet
    pdftotext "$work/out/$prev/briefs/$code.pdf" - | tr '\n' ' ' | grep -q "Status as of .* as published in the $prev " || { echo "$code: no dated brief from $prev" >&2; exit 1; }
  fi
done
say "7. publish: the changeset, the docs build"
pnpm report-gen diff "$prev" "$next" --changeset
test -s ".changeset/data-edition-$next.md"
pnpm build --output-logs=errors-only
test -e "apps/docs/public/pdfs/$next/appendix.pdf"
say "the whole suite, with $next the newest edition"
status=0
pnpm test || status=$?
# Its vitest reports join the main run's in CI's count (.ci/count-tests.mjs reads .reports/next-edition/).
mkdir -p "$repo/.reports/next-edition"
for pkg in packages/* apps/*; do
  [ -f "$pkg/.reports/vitest.json" ] && cp "$pkg/.reports/vitest.json" "$repo/.reports/next-edition/$(basename "$pkg").json"
done
exit $status
