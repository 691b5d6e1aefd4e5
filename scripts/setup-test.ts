// `npm run setup:test`: installs what the tests need and npm cannot: Debian's Chromium, when it is missing.
import { accessSync, constants } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
try {
  accessSync(path, constants.X_OK);
  console.log(`Chromium found at ${path}.`);
} catch {
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  console.log(`Installing Debian's Chromium (${sudo}apt-get install -y chromium)…`);
  execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, { stdio: 'inherit' });
}
