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

missing=()
command -v pdftotext >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 \
  || missing+=(poppler-utils)
{ [ -x /usr/bin/python3 ] && /usr/bin/python3 -c "import pikepdf" >/dev/null 2>&1; } || { [ -n "${TIP_PYTHON:-}" ] && "$TIP_PYTHON" -c "import pikepdf" >/dev/null 2>&1; } \
  || missing+=(python3-pikepdf)
if [ -z "${CHROMIUM_PATH:-}" ] || [ ! -x "${CHROMIUM_PATH:-}" ]; then
  [ -x /usr/bin/chromium ] || missing+=(chromium)
fi

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

echo "Installing the system packages the tests need: ${missing[*]}"
"${sudo[@]}" apt-get update -qq
if ! DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null; then
  echo "Installing ${missing[*]} failed. Run, as root, and read apt-get's message:" >&2
  echo "  ${command_line}" >&2
  exit 1
fi
