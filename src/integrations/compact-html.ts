import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compactHtml } from '../quality/compact-html.ts';

/**
 * Removes the indentation of every built page (src/quality/compact-html.ts). Listed before Pagefind and the service
 * workers, so the index and the precache revisions are made from the pages as served.
 */
export default function compactHtmlPages(): AstroIntegration {
  return {
    name: 'compact-html',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        let saved = 0;
        const walk = (d: string) => {
          for (const name of readdirSync(d)) {
            const path = join(d, name);
            if (statSync(path).isDirectory()) walk(path);
            else if (name.endsWith('.html')) {
              const html = readFileSync(path, 'utf8');
              const compact = compactHtml(html);
              if (compact !== html) {
                writeFileSync(path, compact);
                saved += Buffer.byteLength(html) - Buffer.byteLength(compact);
              }
            }
          }
        };
        walk(fileURLToPath(dir));
        logger.info(`${(saved / 1024).toFixed(0)} KB of indentation removed from the pages`);
      },
    },
  };
}
