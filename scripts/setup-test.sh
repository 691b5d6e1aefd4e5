#!/usr/bin/env bash
# `npm run setup:test`: installs what the tests need, skipping what is already there — Debian's Chromium (Playwright
# cannot download a browser here), without the packages it merely recommends, and the npm packages when
# node_modules does not match package-lock.json. Runs on the system's Node, before the project's own Node 24 exists.
set -euo pipefail
cd "$(dirname "$0")/.."

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium" ]; then
  echo "Chromium: found at $chromium."
else
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Chromium: installing Debian's package (without recommended extras)…"
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium
fi

# npm keeps a copy of the lockfile it installed from in node_modules/.package-lock.json: when package-lock.json is
# not newer than it and every package.json dependency is satisfied, `npm install` (the README's first command)
# already did the work.
if [ -f node_modules/.package-lock.json ] && [ ! package-lock.json -nt node_modules/.package-lock.json ] && npm ls --depth=0 >/dev/null 2>&1; then
  echo "npm packages: node_modules matches package-lock.json, nothing to install."
elif [ -f package-lock.json ]; then
  npm ci --no-audit --no-fund
else
  npm install --no-audit --no-fund
fi
