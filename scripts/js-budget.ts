// Sums the gzip sizes of the JavaScript a built page loads: its module scripts and everything they import.
// Usage: node scripts/js-budget.ts /assignment/ /teach/ …  (reads dist/; run after `astro build`)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = join(import.meta.dirname, '../dist');

export function pageScripts(pagePath: string): Map<string, number> {
  const html = readFileSync(join(dist, pagePath, pagePath.endsWith('.html') ? '' : 'index.html'), 'utf8');
  const seen = new Map<string, number>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    const code = readFileSync(file);
    seen.set(file, gzipSync(code, { level: 9 }).length);
    for (const m of code.toString('utf8').matchAll(/(?:import|from)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) visit(resolve(dirname(file), m[1]!));
  };
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g)) visit(join(dist, m[1]!.replace(/^\/+/, '').replace(/^.*?_astro\//, '_astro/')));
  return seen;
}

if (import.meta.main) {
  for (const page of process.argv.slice(2)) {
    const scripts = pageScripts(page);
    const total = [...scripts.values()].reduce((a, b) => a + b, 0);
    console.log(`${page}: ${total} bytes gzip in ${scripts.size} files`);
    for (const [file, size] of scripts) console.log(`  ${size}\t${file.slice(dist.length + 1)}`);
  }
}
