import { defineConfig, devices } from '@playwright/test';
import { availableParallelism } from 'node:os';

// Playwright cannot download a browser on these machines: it drives Debian's Chromium (see README).
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.E2E_PORT ?? 4322);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // At least two workers (one browser each): Playwright's default of half the CPUs is one on a 2-CPU machine, which
  // leaves a CPU idle whenever the test waits on the page; two finished the suite in half the time there.
  workers: Math.max(2, Math.floor(availableParallelism() / 2)),
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${port}`,
    serviceWorkers: 'allow',
    launchOptions: {
      executablePath,
      args: ['--disable-background-networking', '--disable-component-update', '--disable-quic', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  // Tests run against the built site (npm test builds first), as a student's browser would see it.
  webServer: {
    command: `npx astro preview --port ${port}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
