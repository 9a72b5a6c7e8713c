#!/usr/bin/env bash
# Installs the system programs the tests need, and only those that are missing:
#   poppler-utils  pdftotext, pdfinfo, pdftoppm: the tests read generated PDFs back as text and pixels
#   chromium       the documentation site's end-to-end tests drive it (also the benchmark's Chromium side)
#   python3-pikepdf  report-gen check-pdf reads PDFs' objects with it (the accessibility and archival checks)
# Debian/Ubuntu (apt-get) as root installs them; anywhere else it prints the exact command to run
# and exits 1 before any test starts. `--check` only reports, never installs.
set -euo pipefail

check_only=false
[ "${1:-}" = "--check" ] && check_only=true

find_missing() {
  missing=()
  command -v pdftotext >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 \
    || missing+=(poppler-utils)
  { [ -x /usr/bin/python3 ] && /usr/bin/python3 -c "import pikepdf" >/dev/null 2>&1; } || { [ -n "${TIP_PYTHON:-}" ] && "$TIP_PYTHON" -c "import pikepdf" >/dev/null 2>&1; } \
    || missing+=(python3-pikepdf)
  if [ -z "${CHROMIUM_PATH:-}" ] || [ ! -x "${CHROMIUM_PATH:-}" ]; then
    [ -x /usr/bin/chromium ] || missing+=(chromium)
  fi
}
find_missing

[ ${#missing[@]} -eq 0 ] && exit 0

command_line="apt-get update && apt-get install -y ${missing[*]}"
if $check_only; then
  echo "missing system packages: ${missing[*]} (install with: ${command_line})" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "The tests need ${missing[*]}, and this machine has no apt-get. Install the equivalent packages" >&2
  echo "with your system's package manager (poppler-utils gives pdftotext, pdfinfo and pdftoppm), then run the tests again." >&2
  exit 1
fi
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo)
  else
    echo "The tests need these system packages: ${missing[*]}. Run, as root:" >&2
    echo "  ${command_line}" >&2
    exit 1
  fi
fi

# Another apt-get or dpkg may hold the package lock (a second test run installing the same packages,
# a fresh machine's unattended upgrades): wait for it, up to 10 minutes, and look again at what is
# missing, since the other run may have installed it. apt-get update does not wait by itself.
apt_get() {
  local waited=0 out
  while true; do
    if out=$("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 "$@" 2>&1); then
      return 0
    fi
    if grep -qE "Could not get lock|Unable to lock|Unable to acquire" <<<"$out" && [ "$waited" -lt 600 ]; then
      [ "$waited" -eq 0 ] && echo "Waiting for another apt-get or dpkg to release the package lock..."
      sleep 5
      waited=$((waited + 5))
      find_missing
      [ ${#missing[@]} -eq 0 ] && return 0
      continue
    fi
    printf '%s\n' "$out" | tail -n 5 >&2
    return 1
  done
}

echo "Installing the system packages the tests need: ${missing[*]}"
if ! apt_get update -qq || { find_missing; [ ${#missing[@]} -gt 0 ] && ! apt_get install -y -qq "${missing[@]}"; }; then
  echo "Installing ${missing[*]} failed. Run, as root, and read apt-get's message above:" >&2
  echo "  ${command_line}" >&2
  exit 1
fi
