// Extra builds of the site for the offline tests: a second deployment, and a deployment under a sub-path.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distDir } from './built-site.ts';

const root = join(import.meta.dirname, '../..');

/** Builds the site into a temporary folder with the given environment; returns the folder. */
export function buildVariant(name: string, env: Record<string, string>): string {
  const outDir = join(tmpdir(), `kzm-e2e-${name}`);
  execFileSync(join(root, 'node_modules/.bin/astro'), ['build'], {
    cwd: root,
    env: { ...process.env, ...env, OUT_DIR: outDir },
    stdio: 'pipe',
  });
  return outDir;
}

/** The main build `npm test` made (always at the root path). */
export function mainBuild(): string {
  if (!existsSync(join(distDir, 'sw.js'))) throw new Error('dist/ has no service worker: run `astro build` first.');
  return distDir;
}
