// Stops the test run early, with instructions, when the Chromium that Playwright drives is missing.
import { accessSync, constants } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
try {
  accessSync(path, constants.X_OK);
} catch {
  console.error(`No Chromium at ${path}: the browser tests need one, and Playwright cannot download its own here.
Install Debian's Chromium:   sudo apt-get update && sudo apt-get install -y chromium
or point CHROMIUM_PATH at another Chromium or Chrome binary:   CHROMIUM_PATH=/path/to/chromium npm test`);
  process.exit(1);
}
