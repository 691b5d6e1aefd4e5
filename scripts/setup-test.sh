#!/usr/bin/env bash
# `npm run setup:test`: installs what the tests need — Debian's Chromium (Playwright cannot download a browser
# here) and the npm packages. Runs on the system's Node, before the project's own Node 24 is installed.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium" ]; then
  echo "Chromium found at $chromium."
else
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing Debian's Chromium…"
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
fi
if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
