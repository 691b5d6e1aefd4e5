import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hostHeaders } from '../offline/host-headers.ts';
import { hostRedirects } from '../offline/host-redirects.ts';

/** Writes `_headers` and `_redirects` into the build output, for static hosts that read them. */
export default function hostHeadersFile(): AstroIntegration {
  let base = '/';
  return {
    name: 'host-headers',
    hooks: {
      'astro:config:done': ({ config }) => { base = config.base; },
      'astro:build:done': ({ dir, pages }) => {
        writeFileSync(fileURLToPath(new URL('_headers', dir)), hostHeaders(base));
        // `pages[].pathname` is "lessons/x/" or "ru/lessons/x/" (no base): every language's pages. A 404 page is served
        // for unknown addresses, never redirected to.
        const paths = pages.map((p) => p.pathname).filter((p) => !/(^|\/)404\/?$/.test(p));
        writeFileSync(fileURLToPath(new URL('_redirects', dir)), hostRedirects(base, paths));
      },
    },
  };
}
