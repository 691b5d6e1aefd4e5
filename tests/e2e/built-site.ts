// The built site as files, for checks that read dist/ directly.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const distDir = join(import.meta.dirname, '../../dist');

export function builtFiles(dir = distDir): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(`/${relative(dir, path).split(sep).join('/')}`, /\.(html|css|js|json|webmanifest|svg|txt)$/.test(name) ? readFileSync(path, 'utf8') : '');
    }
  };
  walk(dir);
  return files;
}

/** URL paths of every built page (404 excluded: it is served for unknown addresses). */
export function builtPages(): string[] {
  return [...builtFiles().keys()]
    .filter((p) => p.endsWith('.html') && p !== '/404.html' && !p.startsWith('/pagefind/'))
    .map((p) => p.replace(/index\.html$/, ''))
    .sort();
}
