#!/usr/bin/env bash
# Installs what the console's browser tests need, and prints the directory holding playwright-core:
#   - Debian's chromium (apt) when /usr/bin/chromium is missing (the tests run it headless);
#   - playwright-core from npm into a cache directory (only the driver library: it downloads no browser).
# Idempotent: when both are in place it only prints. Directory: $DAYLIGHT_BROWSER_DIR, else
# $DAYLIGHT_CACHE/browser, else ~/.cache/daylight/browser.
set -euo pipefail

DIR=${DAYLIGHT_BROWSER_DIR:-${DAYLIGHT_CACHE:-$HOME/.cache/daylight}/browser}
# Pinned exact version (checked with `npm view playwright-core version`).
PACKAGE="playwright-core@1.65.1"

ready() { [[ -x /usr/bin/chromium && -f "$DIR/READY" && "$(cat "$DIR/READY")" == "$PACKAGE" ]]; }

if ready; then
  echo "$DIR"
  exit 0
fi

mkdir -p "$DIR"
if command -v flock >/dev/null; then
  exec 9>"$DIR/.lock"
  flock 9
  if ready; then echo "$DIR"; exit 0; fi
fi

if [[ ! -x /usr/bin/chromium ]]; then
  command -v apt-get >/dev/null || { echo "install-browser: install Debian's chromium (/usr/bin/chromium)" >&2; exit 1; }
  SUDO=""
  [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  echo "install-browser: apt-get install chromium" >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=900 install -y --no-install-recommends chromium >&2 \
    || { $SUDO apt-get -o DPkg::Lock::Timeout=900 update >&2 && DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=900 install -y --no-install-recommends chromium >&2; }
fi

for tool in node npm; do
  command -v "$tool" >/dev/null || { echo "install-browser: '$tool' is required" >&2; exit 1; }
done
rm -f "$DIR/READY"
npm install --prefix "$DIR" --no-audit --no-fund --no-save --loglevel=error "$PACKAGE" >&2
echo "$PACKAGE" > "$DIR/READY"
echo "$DIR"
