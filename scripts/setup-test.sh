#!/usr/bin/env bash
# `npm run setup:test`: installs what the tests need — Debian's Chromium (Playwright cannot download a browser
# here), xmllint (libxml2-utils: the LMS export tests validate XML against the published schemas) and the npm
# packages. Runs on the system's Node, before the project's own Node 24 is installed.
set -euo pipefail
sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
updated=""
apt_install() {
  if [ -z "$updated" ]; then $sudo apt-get update -qq; updated=1; fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium" ]; then
  echo "Chromium found at $chromium."
else
  echo "Installing Debian's Chromium…"
  apt_install chromium
fi
if command -v xmllint >/dev/null 2>&1; then
  echo "xmllint found at $(command -v xmllint)."
else
  echo "Installing xmllint (libxml2-utils)…"
  apt_install libxml2-utils
fi
if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
