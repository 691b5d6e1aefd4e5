#!/usr/bin/env bash
# `npm run setup:test`: installs what the tests need, skipping what is already there — Debian's Chromium (Playwright
# cannot download a browser here) and xmllint (libxml2-utils: the LMS export tests validate XML against the published
# schemas), each without the packages it merely recommends, and the npm packages when node_modules does not match
# package-lock.json. Runs on the system's Node, before the project's own Node 24 exists.
set -euo pipefail
cd "$(dirname "$0")/.."

sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
updated=""
apt_install() {
  if [ -z "$updated" ]; then $sudo apt-get update -qq; updated=1; fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium" ]; then
  echo "Chromium: found at $chromium."
else
  echo "Chromium: installing Debian's package (without recommended extras)…"
  apt_install chromium
fi
if command -v xmllint >/dev/null 2>&1; then
  echo "xmllint: found at $(command -v xmllint)."
else
  echo "xmllint: installing libxml2-utils…"
  apt_install libxml2-utils
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
