import { chromium } from '@playwright/test';
const [,, path, out, width = '360', scheme = 'light'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: Number(width), height: 1100 }, colorScheme: scheme });
await page.goto(`http://localhost:4420${path}`);
await page.screenshot({ path: out });
await browser.close();
