// `npm run screenshots -- /path/ [/other/]`: screenshots of built pages at 360 and 1280 px, light and dark,
// into screenshots/ (git-ignored), to look at what a student sees. Needs `npm run preview` running.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const origin = process.env.ORIGIN ?? 'http://localhost:4321';
const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/'];
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-background-networking', '--disable-component-update'] });
for (const path of paths) {
  for (const width of [360, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      await page.goto(origin + path);
      const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}-${colorScheme}.png`;
      await page.screenshot({ path: `screenshots/${name}`, fullPage: process.env.FULL === '1' });
      await page.close();
      console.log(`screenshots/${name}`);
    }
  }
}
await browser.close();
