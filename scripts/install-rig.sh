#!/usr/bin/env bash
# Installs the remote-control test rig (Debian packages) used by the sensors' e2e chain tests:
# Xvfb (two virtual displays), x11vnc (VNC server), TigerVNC viewer, xdotool (the automated operator's
# hands), ImageMagick `import` (its eyes) and Chromium (the laptop's browser).
# Idempotent: does nothing when every tool is present. Run as root (CI) or with passwordless sudo.
set -euo pipefail
need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v x11vnc >/dev/null || need+=(x11vnc)
command -v xtigervncviewer >/dev/null || need+=(tigervnc-viewer)
command -v xdotool >/dev/null || need+=(xdotool)
command -v import >/dev/null || need+=(imagemagick)
command -v chromium >/dev/null || need+=(chromium)
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo="sudo -n"; else
    echo "install-rig: missing ${need[*]} and not root: the e2e chain tests will fail; install them or run with -DexcludedGroups=e2e" >&2
    exit 0
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq || true
$sudo apt-get install -y -qq --no-install-recommends "${need[@]}"
